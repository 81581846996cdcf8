/**
 * Label keys for the values the desk's logs carry (loss reasons, inquiry outcomes, task kinds,
 * return kinds and statuses), written out so the i18n key test sees every one.
 */
import type { DailyLog } from '../../../../../common/reports/daily-log-schema';

type LossReason = NonNullable<DailyLog['inquiryRows'][number]['lossReason']>;
type Outcome = DailyLog['inquiryRows'][number]['outcome'];
type ReturnKind = DailyLog['returnRows'][number]['kind'];
type ReturnStatus = DailyLog['returnRows'][number]['status'];
type TaskKind = keyof DailyLog['tasks']['byKind'];

export const LOSS_REASON_KEYS: Record<LossReason | 'none', string> = {
  price: 'console.lossReason.price',
  service: 'console.lossReason.service',
  outOfStock: 'console.lossReason.outOfStock',
  other: 'console.lossReason.other',
  none: 'console.lossReason.none',
};

export const OUTCOME_KEYS: Record<Outcome, string> = {
  pending: 'console.outcome.pending',
  converted: 'console.outcome.converted',
  lost: 'console.outcome.lost',
};

export const RETURN_KIND_KEYS: Record<ReturnKind, string> = {
  return: 'console.returnKind.return',
  exchange: 'console.returnKind.exchange',
  refundOnly: 'console.returnKind.refundOnly',
};

export const RETURN_STATUS_KEYS: Record<ReturnStatus, string> = {
  registered: 'console.returnStatus.registered',
  awaitingReturn: 'console.returnStatus.awaitingReturn',
  received: 'console.returnStatus.received',
  refunded: 'console.returnStatus.refunded',
  exchanged: 'console.returnStatus.exchanged',
  closed: 'console.returnStatus.closed',
};

export const TASK_KIND_KEYS: Record<TaskKind, string> = {
  urgePayment: 'console.taskKind.urgePayment',
  verifyAddress: 'console.taskKind.verifyAddress',
  shipNotice: 'console.taskKind.shipNotice',
  logisticsCheck: 'console.taskKind.logisticsCheck',
  logisticsException: 'console.taskKind.logisticsException',
  callback: 'console.taskKind.callback',
  reviewInvite: 'console.taskKind.reviewInvite',
  badReview: 'console.taskKind.badReview',
  complaint: 'console.taskKind.complaint',
  returnCase: 'console.taskKind.returnCase',
  invoice: 'console.taskKind.invoice',
  custom: 'console.taskKind.custom',
};
