import { describe, expect, it } from 'vitest';
import { LOGISTICS_STATES, ORDER_STATUSES, REVIEW_STATES } from '../../../db/enums';
import { newId } from '../new-id';
import { openTestDesk } from '../test-support/test-desk';
import { createCutoffClock } from './cutoff-clock';
import { createRulesPass } from './rules-pass';
import { DEFAULT_RULE_THRESHOLDS, desiredTasks, type RuleContext, type RuleOrder } from './task-rules';

const HOUR = 3_600_000;
/** 2026-11-24 14:05 in Shanghai, before the 16:00 cut-off. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);

/** Every combination of the facts the rules look at, each time fact absent, recent or old. */
function everyOrderState(): RuleOrder[] {
  const times = [null, NOW - 2 * HOUR, NOW - 100 * HOUR];
  const states: RuleOrder[] = [];
  for (const status of ORDER_STATUSES)
    for (const logisticsState of [null, ...LOGISTICS_STATES])
      for (const reviewState of REVIEW_STATES)
        for (const shippedAt of times)
          for (const signedAt of times.slice(0, 2))
            for (const flags of [0, 1, 2, 3]) {
              const late = flags & 1 ? NOW - 30 * HOUR : null;
              states.push({
                status,
                createdAt: NOW - 200 * HOUR,
                orderedAt: flags & 2 ? NOW - 150 * HOUR : null,
                paidAt: flags & 2 ? NOW - 120 * HOUR : null,
                shippedAt,
                signedAt,
                shipNoticeAt: late,
                addressVerifiedAt: late,
                logisticsState,
                reviewState,
                reviewedAt: flags & 1 ? NOW - HOUR : null,
                // 待开 for 60 h (past the 开票 threshold), for 30 h (not yet), or nothing 待开.
                invoicePendingSince: flags & 1 ? NOW - 60 * HOUR : flags & 2 ? NOW - 30 * HOUR : null,
              });
            }
  return states;
}

const CTX: RuleContext = {
  now: NOW,
  thresholds: DEFAULT_RULE_THRESHOLDS,
  nextCutoff: createCutoffClock('16:00', 'Asia/Shanghai'),
};

/** A fresh store holding one order per state, with the same ids in every store made. */
function storeWith(states: RuleOrder[], ids: string[]) {
  const { core, database } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-rules-sql-' });
  const shopId = core.settings.identity()!.shopId;
  const insert = database.sqlite.prepare(
    `insert into orders (id, shop_id, created_at, updated_at, order_no, status, ordered_at, paid_at, shipped_at,
      signed_at, ship_notice_at, address_verified_at, logistics_state, review_state, reviewed_at)
     values (@id, @shopId, @createdAt, @createdAt, @orderNo, @status, @orderedAt, @paidAt, @shippedAt, @signedAt,
      @shipNoticeAt, @addressVerifiedAt, @logisticsState, @reviewState, @reviewedAt)`,
  );
  // An order's 待开 invoice, as the facts say; invoices of other statuses never count.
  const insertInvoice = database.sqlite.prepare(
    `insert into invoices (id, shop_id, created_at, updated_at, order_id, order_no, title, status, requested_at)
     values (@id || '-' || @status, @shopId, 0, 0, @id, '', '抬头', @status, @requestedAt)`,
  );
  const invoicesOf = (i: number, { invoicePendingSince }: RuleOrder) => {
    insertInvoice.run({ id: ids[i], shopId, status: 'issued', requestedAt: NOW - 100 * HOUR });
    if (invoicePendingSince !== null)
      insertInvoice.run({ id: ids[i], shopId, status: 'pending', requestedAt: invoicePendingSince });
  };
  states.forEach(({ invoicePendingSince: _, ...facts }, i) =>
    insert.run({ id: ids[i], shopId, orderNo: String(2_890_000_000 + i), ...facts }),
  );
  states.forEach((facts, i) => invoicesOf(i, facts));
  const update = database.sqlite.prepare(
    `update orders set status = @status, ordered_at = @orderedAt, paid_at = @paidAt, shipped_at = @shippedAt,
      signed_at = @signedAt, ship_notice_at = @shipNoticeAt, address_verified_at = @addressVerifiedAt,
      logistics_state = @logisticsState, review_state = @reviewState, reviewed_at = @reviewedAt where id = @id`,
  );
  const pass = createRulesPass(database.sqlite);
  return {
    sqlite: database.sqlite,
    run: (orderIds: string[] | null) => pass.run(shopId, orderIds, CTX),
    moveTo: (next: RuleOrder[]) => {
      next.forEach(({ invoicePendingSince: _, ...facts }, i) => update.run({ id: ids[i], ...facts }));
      database.sqlite.exec('delete from invoices');
      next.forEach((facts, i) => invoicesOf(i, facts));
    },
    tasks: () =>
      (
        database.sqlite
          .prepare('select order_id, kind, status, note, due_at, priority from tasks')
          .raw()
          .all() as unknown[][]
      )
        .map((row) => row.join(' '))
        .sort(),
  };
}

describe('the set-based rules (task-rules-sql.ts)', () => {
  it('create exactly the tasks desiredTasks asks for, in every order state', () => {
    const states = everyOrderState();
    const ids = states.map(() => newId());
    const store = storeWith(states, ids);

    const run = store.run(null);

    const expected = states
      .flatMap((facts, i) => desiredTasks(facts, CTX).map((want) => ({ orderId: ids[i]!, ...want })))
      .map((t) => `${t.orderId} ${t.kind} open  ${t.dueAt} ${t.priority}`)
      .sort();
    expect(expected.length).toBeGreaterThan(1000);
    expect(store.tasks()).toEqual(expected);
    expect(run).toEqual({ created: expected.length, reopened: 0, closed: 0 });
  });

  it('close, reopen and keep tasks as reconciling every order one by one does', () => {
    const states = everyOrderState();
    const ids = states.map(() => newId());
    const setBased = storeWith(states, ids);
    const oneByOne = storeWith(states, ids);
    setBased.run(null);
    oneByOne.run(ids);
    // The agent finishes some tasks and cancels others, the same ones in both stores.
    for (const { sqlite } of [setBased, oneByOne]) {
      sqlite.exec(
        `update tasks set status = 'done' where kind = 'urgePayment' and substr(order_id, 1, 1) < '8'`,
      );
      sqlite.exec(`update tasks set status = 'cancelled', note = 'agent' where kind = 'callback'
        and substr(order_id, 1, 1) < '8'`);
    }
    // Every order moves to other states and back: causes go, others come, the first ones return.
    let reopened = 0;
    for (const shift of [7, 13, 0]) {
      const next = states.map((_, i) => states[(i + shift) % states.length]!);
      setBased.moveTo(next);
      oneByOne.moveTo(next);
      const setRun = setBased.run(null);
      expect(setRun).toEqual(oneByOne.run(ids));
      expect(setRun.closed).toBeGreaterThan(100);
      reopened += setRun.reopened;
      expect(setBased.tasks()).toEqual(oneByOne.tasks());
    }
    expect(reopened).toBeGreaterThan(100);
    expect(setBased.run(null)).toEqual({ created: 0, reopened: 0, closed: 0 });
    // Nine rules passes over 1,800 orders and their invoices in two stores: slow on a loaded machine.
  }, 60_000);
});
