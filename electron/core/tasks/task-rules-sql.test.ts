import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGISTICS_STATES, ORDER_STATUSES, REVIEW_STATES } from '../../../db/enums';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { createCoreServices } from '../core-services';
import { newId } from '../new-id';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../platform/headless-shell';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { createCutoffClock } from './cutoff-clock';
import { createRulesPass } from './rules-pass';
import { DEFAULT_RULE_THRESHOLDS, desiredTasks, type RuleContext, type RuleOrder } from './task-rules';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

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
              });
            }
  return states;
}

describe('the set-based rules (task-rules-sql.ts)', () => {
  it('create exactly the tasks desiredTasks asks for, in every order state', () => {
    const database = openDatabase({
      file: join(mkdtempSync(join(tmpdir(), 'kefu-rules-sql-')), 'kefu.sqlite'),
    });
    opened.push(database);
    const core = createCoreServices({
      database,
      clock: { now: () => NOW },
      shell: HEADLESS_SHELL,
      injector: HEADLESS_INJECTOR,
      notifier: createMemoryNotifier(),
      dataDir: '/data',
      appVersion: 'test',
    });
    core.settings.save(SAMPLE_SETTINGS);
    const shopId = core.settings.identity()!.shopId;
    const states = everyOrderState();
    const insert = database.sqlite.prepare(
      `insert into orders (id, shop_id, created_at, updated_at, order_no, status, ordered_at, paid_at, shipped_at,
        signed_at, ship_notice_at, address_verified_at, logistics_state, review_state, reviewed_at)
       values (@id, @shopId, @createdAt, @createdAt, @orderNo, @status, @orderedAt, @paidAt, @shippedAt, @signedAt,
        @shipNoticeAt, @addressVerifiedAt, @logisticsState, @reviewState, @reviewedAt)`,
    );
    const ids = states.map((facts, i) => {
      const id = newId();
      insert.run({ id, shopId, orderNo: String(2_890_000_000 + i), ...facts });
      return id;
    });
    const ctx: RuleContext = {
      now: NOW,
      thresholds: DEFAULT_RULE_THRESHOLDS,
      nextCutoff: createCutoffClock('16:00', 'Asia/Shanghai'),
    };

    const run = createRulesPass(database.sqlite, newId).run(shopId, null, ctx);

    const expected = states
      .flatMap((facts, i) => desiredTasks(facts, ctx).map((want) => ({ orderId: ids[i]!, ...want })))
      .map((t) => `${t.orderId} ${t.kind} ${t.dueAt} ${t.priority}`)
      .sort();
    const made = (
      database.sqlite.prepare('select order_id, kind, due_at, priority from tasks').raw().all() as unknown[][]
    )
      .map((row) => row.join(' '))
      .sort();
    expect(expected.length).toBeGreaterThan(1000);
    expect(made).toEqual(expected);
    expect(run).toEqual({ created: expected.length, reopened: 0, closed: 0 });
  });
});
