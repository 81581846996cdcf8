/**
 * Task kinds as the rules and the UI see them: which kinds rules own, and the words the reply
 * panel is searched with when the agent presses "reply" on a task.
 */
import type { TASK_KINDS, TASK_PRIORITIES } from '../../../db/enums';

export type { LOGISTICS_STATES, ORDER_STATUSES, REVIEW_STATES } from '../../../db/enums';
export type TaskKind = (typeof TASK_KINDS)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** The kinds the rules engine creates; complaints, returns and custom tasks are made by hand. */
export const RULE_TASK_KINDS = [
  'urgePayment',
  'verifyAddress',
  'shipNotice',
  'logisticsCheck',
  'logisticsException',
  'callback',
  'reviewInvite',
  'badReview',
  'invoice',
] as const satisfies readonly TaskKind[];
export type RuleTaskKind = (typeof RULE_TASK_KINDS)[number];

export const isRuleTaskKind = (kind: string): kind is RuleTaskKind =>
  (RULE_TASK_KINDS as readonly string[]).includes(kind);

/**
 * Typed into the reply panel's search for a task's quick reply: the title or tag of the matching
 * phrase in the default zh-CN pack (催付, 核对收件信息, 发货通知 …). An English UI searches the same
 * words, since a shop's library is in Chinese either way.
 */
export const REPLY_QUERIES: Record<TaskKind, string> = {
  urgePayment: '催付',
  verifyAddress: '核对收件信息',
  shipNotice: '发货通知',
  logisticsCheck: '物流跟进',
  logisticsException: '异常',
  callback: '回访',
  reviewInvite: '邀评',
  badReview: '中差评',
  complaint: '投诉',
  returnCase: '退货',
  invoice: '发票',
  custom: '',
};

/** The stored title of a rule task: an i18n key rendered with the order number in the UI's language. */
export const ruleTitleKey = (kind: RuleTaskKind): string => `tasks.ruleTitle.${kind}`;
