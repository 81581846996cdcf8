import { describe, expect, it } from 'vitest';
import { createCutoffClock } from './cutoff-clock';
import {
  closeReason,
  DEFAULT_RULE_THRESHOLDS,
  desiredTasks,
  type RuleContext,
  type RuleOrder,
} from './task-rules';

const HOUR = 3_600_000;
/** 2026-11-24 14:05 in Shanghai (06:05 UTC). */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
/** 16:30 Shanghai on the 24th and the 25th. */
const CUTOFF_24 = Date.UTC(2026, 10, 24, 8, 30);
const CUTOFF_25 = Date.UTC(2026, 10, 25, 8, 30);

const ctx = (now = NOW): RuleContext => ({
  now,
  thresholds: DEFAULT_RULE_THRESHOLDS,
  nextCutoff: createCutoffClock('16:30', 'Asia/Shanghai'),
});

const order = (facts: Partial<RuleOrder>): RuleOrder => ({
  status: 'unpaid',
  createdAt: NOW - HOUR,
  orderedAt: NOW - HOUR,
  paidAt: null,
  shippedAt: null,
  signedAt: null,
  shipNoticeAt: null,
  addressVerifiedAt: null,
  logisticsState: null,
  reviewState: 'none',
  reviewedAt: null,
  invoicePendingSince: null,
  ...facts,
});

const kinds = (o: RuleOrder, now = NOW) => desiredTasks(o, ctx(now)).map((t) => t.kind);

describe('desiredTasks', () => {
  it('催付: an unpaid order is due at the cut-off of the day it was placed', () => {
    expect(desiredTasks(order({}), ctx())).toEqual([
      { kind: 'urgePayment', priority: 'normal', dueAt: CUTOFF_24 },
    ]);
  });

  it('催付: an order placed after the cut-off is due at the next day’s cut-off', () => {
    const late = order({ orderedAt: CUTOFF_24 + 5 * 60_000 });
    expect(desiredTasks(late, ctx(CUTOFF_24 + 10 * 60_000))[0]!.dueAt).toBe(CUTOFF_25);
  });

  it('催付: the cut-off is in the shop’s zone, across the UTC midnight', () => {
    // 01:00 Shanghai on the 25th is still the 24th in UTC: due at the 25th's 16:30 Shanghai.
    const early = order({ orderedAt: Date.UTC(2026, 10, 24, 17, 0) });
    expect(desiredTasks(early, ctx(Date.UTC(2026, 10, 24, 17, 5)))[0]!.dueAt).toBe(CUTOFF_25);
  });

  it('核对收件信息: paid and not verified, due at the cut-off after payment; verified → nothing', () => {
    const paid = order({ status: 'paid', paidAt: NOW - HOUR });
    expect(desiredTasks(paid, ctx())).toEqual([
      { kind: 'verifyAddress', priority: 'normal', dueAt: CUTOFF_24 },
    ]);
    expect(kinds({ ...paid, addressVerifiedAt: NOW })).toEqual([]);
  });

  it('发货通知: shipped without a notice, due two hours after shipping', () => {
    const shipped = order({ status: 'shipped', paidAt: NOW - 5 * HOUR, shippedAt: NOW - HOUR });
    expect(desiredTasks(shipped, ctx())).toEqual([
      { kind: 'shipNotice', priority: 'normal', dueAt: NOW + HOUR },
    ]);
    expect(kinds({ ...shipped, shipNoticeAt: NOW })).toEqual([]);
  });

  it('物流跟进: only once shipped 3 days and not signed', () => {
    const shippedAt = NOW - 72 * HOUR;
    const shipped = order({ status: 'shipped', shippedAt, shipNoticeAt: shippedAt });
    expect(kinds(shipped, NOW - 1)).toEqual([]);
    expect(desiredTasks(shipped, ctx())).toEqual([
      { kind: 'logisticsCheck', priority: 'normal', dueAt: NOW },
    ]);
    expect(kinds({ ...shipped, logisticsState: 'signed', signedAt: NOW })).not.toContain('logisticsCheck');
  });

  it('物流异常: urgent and due at once, superseding 物流跟进', () => {
    const shippedAt = NOW - 96 * HOUR;
    const stuck = order({
      status: 'shipped',
      shippedAt,
      shipNoticeAt: shippedAt,
      logisticsState: 'exception',
    });
    expect(desiredTasks(stuck, ctx())).toEqual([
      { kind: 'logisticsException', priority: 'urgent', dueAt: NOW },
    ]);
    expect(closeReason('logisticsCheck', stuck)).toBe('tasks.autoClose.logisticsException');
  });

  it('回访 and 邀评 after signing; 邀评 stops once reviewed', () => {
    const signedAt = NOW - HOUR;
    const signed = order({
      status: 'completed',
      shippedAt: NOW - 50 * HOUR,
      signedAt,
      logisticsState: 'signed',
    });
    expect(desiredTasks(signed, ctx())).toEqual([
      { kind: 'callback', priority: 'low', dueAt: signedAt + 24 * HOUR },
      { kind: 'reviewInvite', priority: 'low', dueAt: signedAt + 24 * HOUR },
    ]);
    expect(kinds({ ...signed, reviewState: 'good', reviewedAt: NOW })).toEqual(['callback']);
  });

  it('中差评: neutral or bad review, high priority, due within 2 hours of the review', () => {
    const reviewedAt = NOW - 30 * 60_000;
    for (const reviewState of ['neutral', 'bad'] as const) {
      const reviewed = order({ status: 'completed', signedAt: NOW - 48 * HOUR, reviewState, reviewedAt });
      expect(desiredTasks(reviewed, ctx())).toContainEqual({
        kind: 'badReview',
        priority: 'high',
        dueAt: reviewedAt + 2 * HOUR,
      });
    }
  });

  it('a closed or missing order wants nothing', () => {
    expect(kinds(order({ status: 'closed' }))).toEqual([]);
    expect(desiredTasks(null, ctx())).toEqual([]);
    expect(closeReason('urgePayment', order({ status: 'closed' }))).toBe('tasks.autoClose.orderClosed');
    expect(closeReason('urgePayment', null)).toBe('tasks.autoClose.orderRemoved');
  });

  it('says why a task’s cause went away', () => {
    const paid = order({ status: 'paid', paidAt: NOW });
    expect(closeReason('urgePayment', paid)).toBe('tasks.autoClose.paid');
    expect(closeReason('verifyAddress', { ...paid, addressVerifiedAt: NOW })).toBe(
      'tasks.autoClose.addressVerified',
    );
    expect(closeReason('reviewInvite', { ...paid, reviewState: 'good' })).toBe('tasks.autoClose.reviewed');
    expect(closeReason('badReview', { ...paid, reviewState: 'good' })).toBe('tasks.autoClose.reviewRevised');
  });
});
