/** Locale keys for task value lists; every key is written out so the i18n test can check it. */
import type { TASK_KINDS, TASK_PRIORITIES, TASK_STATUSES } from '../../../db/enums';

export type TaskKind = (typeof TASK_KINDS)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_KIND_LABEL_KEYS: Readonly<Record<TaskKind, string>> = {
  urgePayment: 'tasks.kind.urgePayment',
  verifyAddress: 'tasks.kind.verifyAddress',
  shipNotice: 'tasks.kind.shipNotice',
  logisticsCheck: 'tasks.kind.logisticsCheck',
  logisticsException: 'tasks.kind.logisticsException',
  callback: 'tasks.kind.callback',
  reviewInvite: 'tasks.kind.reviewInvite',
  badReview: 'tasks.kind.badReview',
  complaint: 'tasks.kind.complaint',
  returnCase: 'tasks.kind.returnCase',
  invoice: 'tasks.kind.invoice',
  custom: 'tasks.kind.custom',
};

export const TASK_PRIORITY_LABEL_KEYS: Readonly<Record<TaskPriority, string>> = {
  low: 'tasks.priority.low',
  normal: 'tasks.priority.normal',
  high: 'tasks.priority.high',
  urgent: 'tasks.priority.urgent',
};

export const TASK_STATUS_LABEL_KEYS: Readonly<Record<TaskStatus, string>> = {
  open: 'tasks.taskStatus.open',
  done: 'tasks.taskStatus.done',
  cancelled: 'tasks.taskStatus.cancelled',
  snoozed: 'tasks.taskStatus.snoozed',
};

/** The host's complaint steps, in order (`COMPLAINT_STEPS` in core). */
export const COMPLAINT_STEP_LABEL_KEYS = [
  'tasks.complaintStep.vent',
  'tasks.complaintStep.apologise',
  'tasks.complaintStep.collectFacts',
  'tasks.complaintStep.propose',
  'tasks.complaintStep.askOpinion',
  'tasks.complaintStep.callBack',
] as const;

export const TASK_GROUPS = ['overdue', 'today', 'upcoming', 'snoozed', 'closed'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

export const TASK_GROUP_LABEL_KEYS: Readonly<Record<TaskGroup, string>> = {
  overdue: 'tasks.bucket.overdue',
  today: 'tasks.bucket.today',
  upcoming: 'tasks.bucket.upcoming',
  snoozed: 'tasks.bucket.snoozed',
  closed: 'tasks.bucket.closed',
};
