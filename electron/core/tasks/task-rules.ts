/**
 * The follow-up rules (DESIGN.md feature 7) as a pure function of one order's facts and "now":
 * which rule tasks the order calls for, with their priority and due time. No database, no
 * clock: the same order at the same instant always gives the same answer, which is what makes
 * the rules pass idempotent.
 *
 * Due times come from the order's own times, never from when the rule happened to run, so a
 * task's due time does not drift between passes:
 * - 催付: the first cut-off at or after the order was placed. An order placed after today's
 *   cut-off is due at tomorrow's (today's parcels are gone anyway); an order still unpaid days
 *   later is simply overdue.
 * - 核对收件信息: the first cut-off at or after payment, so the address is checked before the
 *   parcel leaves.
 * - 发货通知: within `shipNoticeWithinMs` of shipping.
 * - 物流跟进: appears once the parcel has been on its way `logisticsCheckAfterMs` without being
 *   signed for, due at that moment. An exception supersedes it (the urgent task covers it).
 * - 物流异常: urgent, due at once.
 * - 回访 / 邀评: `followUpAfterSignedMs` after signing; 邀评 only while there is no review.
 * - 中差评: high priority, due `badReviewWithinMs` after the review arrived.
 * - 开票: a 交易成功 order whose oldest 待开 invoice was requested more than `invoicePendingAfterMs`
 *   ago, due at that moment; it closes once no request of the order is 待开 (issued or voided).
 * A fact the order lacks (an imported order without a ship time …) falls back to the order's
 * creation, or to "now" where nothing better exists; reconciliation only sets a due time when it
 * creates or reopens a task, so such a fallback is fixed at that moment.
 */
import type { LOGISTICS_STATES, ORDER_STATUSES, REVIEW_STATES, TaskPriority } from './task-kinds';
import type { RuleTaskKind } from './task-kinds';
import type { CutoffClock } from './cutoff-clock';
import { INVOICE_STALE_DAYS } from '../invoices/invoice-stale';

const HOUR_MS = 3_600_000;

export interface RuleThresholds {
  /** Shipped this long and not signed → 物流跟进 (DESIGN.md: 3 days). */
  logisticsCheckAfterMs: number;
  /** 中差评 must be handled within this (issue 4: 2 hours). */
  badReviewWithinMs: number;
  shipNoticeWithinMs: number;
  followUpAfterSignedMs: number;
  /** A 待开 invoice older than this on a 交易成功 order → 开票 (issue 17: more than 2 days). */
  invoicePendingAfterMs: number;
}

export const DEFAULT_RULE_THRESHOLDS: RuleThresholds = {
  logisticsCheckAfterMs: 72 * HOUR_MS,
  badReviewWithinMs: 2 * HOUR_MS,
  shipNoticeWithinMs: 2 * HOUR_MS,
  followUpAfterSignedMs: 24 * HOUR_MS,
  invoicePendingAfterMs: INVOICE_STALE_DAYS * 24 * HOUR_MS,
};

/** The order columns the rules read. */
export interface RuleOrder {
  status: (typeof ORDER_STATUSES)[number];
  createdAt: number;
  orderedAt: number | null;
  paidAt: number | null;
  shippedAt: number | null;
  signedAt: number | null;
  shipNoticeAt: number | null;
  addressVerifiedAt: number | null;
  logisticsState: (typeof LOGISTICS_STATES)[number] | null;
  reviewState: (typeof REVIEW_STATES)[number];
  reviewedAt: number | null;
  /** When the order's oldest live 待开 invoice was requested; null when none is 待开. */
  invoicePendingSince: number | null;
}

export interface RuleContext {
  now: number;
  thresholds: RuleThresholds;
  nextCutoff: CutoffClock;
}

export interface DesiredTask {
  kind: RuleTaskKind;
  priority: TaskPriority;
  dueAt: number;
}

/** Module-level, not a closure per order: this runs 100,000 times per pass. */
const task = (kind: RuleTaskKind, dueAt: number, priority: TaskPriority = 'normal'): DesiredTask => ({
  kind,
  priority,
  dueAt,
});

const isSigned = (o: RuleOrder) =>
  o.status === 'completed' || o.signedAt !== null || o.logisticsState === 'signed';

export function desiredTasks(order: RuleOrder | null, ctx: RuleContext): DesiredTask[] {
  if (order === null || order.status === 'closed') return [];
  const { now, thresholds, nextCutoff } = ctx;
  const wanted: DesiredTask[] = [];

  if (order.status === 'unpaid') {
    wanted.push(task('urgePayment', nextCutoff(order.orderedAt ?? order.createdAt)));
  }
  if (order.status === 'paid' && order.addressVerifiedAt === null) {
    wanted.push(task('verifyAddress', nextCutoff(order.paidAt ?? order.createdAt)));
  }
  const signed = isSigned(order);
  if (order.status === 'shipped' && !signed) {
    const exception = order.logisticsState === 'exception';
    if (order.shipNoticeAt === null) {
      wanted.push(task('shipNotice', (order.shippedAt ?? now) + thresholds.shipNoticeWithinMs));
    }
    if (exception) {
      wanted.push(task('logisticsException', now, 'urgent'));
    } else if (order.shippedAt !== null && now - order.shippedAt >= thresholds.logisticsCheckAfterMs) {
      wanted.push(task('logisticsCheck', order.shippedAt + thresholds.logisticsCheckAfterMs));
    }
  }
  if (signed && (order.status === 'shipped' || order.status === 'completed')) {
    const followUp = (order.signedAt ?? now) + thresholds.followUpAfterSignedMs;
    wanted.push(task('callback', followUp, 'low'));
    if (order.reviewState === 'none') wanted.push(task('reviewInvite', followUp, 'low'));
  }
  if (order.reviewState === 'neutral' || order.reviewState === 'bad') {
    wanted.push(task('badReview', (order.reviewedAt ?? now) + thresholds.badReviewWithinMs, 'high'));
  }
  const pendingSince = order.invoicePendingSince;
  if (
    order.status === 'completed' &&
    pendingSince !== null &&
    now - pendingSince > thresholds.invoicePendingAfterMs
  ) {
    wanted.push(task('invoice', pendingSince + thresholds.invoicePendingAfterMs));
  }
  return wanted;
}

/**
 * Why a rule task of `kind` no longer applies to the order: the `tasks.autoClose.*` key that
 * goes into its note.
 */
export function closeReason(kind: RuleTaskKind, order: RuleOrder | null): string {
  if (order === null) return 'tasks.autoClose.orderRemoved';
  if (order.status === 'closed') return 'tasks.autoClose.orderClosed';
  switch (kind) {
    case 'urgePayment':
      return 'tasks.autoClose.paid';
    case 'verifyAddress':
      return order.addressVerifiedAt !== null ? 'tasks.autoClose.addressVerified' : 'tasks.autoClose.shipped';
    case 'shipNotice':
      return order.shipNoticeAt !== null ? 'tasks.autoClose.shipNoticeSent' : 'tasks.autoClose.signed';
    case 'logisticsCheck':
      return order.logisticsState === 'exception'
        ? 'tasks.autoClose.logisticsException'
        : 'tasks.autoClose.signed';
    case 'logisticsException':
      return 'tasks.autoClose.logisticsResolved';
    case 'reviewInvite':
      return 'tasks.autoClose.reviewed';
    case 'badReview':
      return 'tasks.autoClose.reviewRevised';
    case 'callback':
      return 'tasks.autoClose.orderChanged';
    case 'invoice':
      return order.invoicePendingSince === null
        ? 'tasks.autoClose.invoiceHandled'
        : 'tasks.autoClose.orderChanged';
  }
}
