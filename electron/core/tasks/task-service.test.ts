import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { orders, tasks } from '../../../db/schema';
import { createCoreServices } from '../core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../platform/headless-shell';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';

const HOUR = 3_600_000;
/** 2026-11-24 14:05 in Shanghai; the sample shop's cut-off is 16:30. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
const CUTOFF = Date.UTC(2026, 10, 24, 8, 30);

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The real core on a fresh database; orders go straight into the table, as any importer would leave them. */
function desk() {
  const database = openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'kefu-tasks-')), 'kefu.sqlite') });
  opened.push(database);
  const clock = { at: NOW, now: () => clock.at };
  const notifier = createMemoryNotifier();
  const core = createCoreServices({
    database,
    clock,
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier,
    dataDir: '/data',
    appVersion: 'test',
  });
  core.settings.save(SAMPLE_SETTINGS);
  const shopId = core.settings.identity()!.shopId;
  let serial = 0;
  const addOrder = (facts: Partial<typeof orders.$inferInsert> = {}): string => {
    serial += 1;
    const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
    database.db
      .insert(orders)
      .values({
        id,
        shopId,
        createdAt: NOW - HOUR,
        updatedAt: NOW - HOUR,
        orderNo: `28903455${serial}`,
        buyerNick: `买家${serial}`,
        status: 'unpaid',
        orderedAt: NOW - HOUR,
        ...facts,
      })
      .run();
    return id;
  };
  const updateOrder = (id: string, facts: Partial<typeof orders.$inferInsert>) =>
    database.db.update(orders).set(facts).where(eq(orders.id, id)).run();
  const ruleTasks = (orderId: string) =>
    database.db.select().from(tasks).where(eq(tasks.orderId, orderId)).all();
  const snapshot = () => database.db.select().from(tasks).orderBy(tasks.id).all();
  return { core, clock, notifier, addOrder, updateOrder, ruleTasks, snapshot };
}

describe('task rules over the database', () => {
  it('creates one task per cause, with the rule title key and the order’s customer', () => {
    const { core, addOrder, ruleTasks } = desk();
    const unpaid = addOrder();
    const paid = addOrder({ status: 'paid', paidAt: NOW - HOUR });
    expect(core.tasks.runAllRules()).toEqual({ created: 2, reopened: 0, closed: 0 });
    expect(ruleTasks(unpaid)).toMatchObject([
      {
        kind: 'urgePayment',
        title: 'tasks.ruleTitle.urgePayment',
        dueAt: CUTOFF,
        status: 'open',
        source: 'rule',
      },
    ]);
    expect(ruleTasks(paid)).toMatchObject([{ kind: 'verifyAddress', status: 'open' }]);
  });

  it('is idempotent: a second pass changes nothing at all', () => {
    const { core, addOrder, snapshot } = desk();
    addOrder();
    addOrder({ status: 'shipped', paidAt: NOW - 100 * HOUR, shippedAt: NOW - 80 * HOUR });
    addOrder({ status: 'completed', signedAt: NOW - 30 * HOUR, reviewState: 'bad', reviewedAt: NOW - HOUR });
    expect(core.tasks.runAllRules().created).toBe(5);
    const before = snapshot();
    expect(core.tasks.runAllRules()).toEqual({ created: 0, reopened: 0, closed: 0 });
    expect(core.tasks.runRulesFor(before.map((t) => t.orderId!))).toEqual({
      created: 0,
      reopened: 0,
      closed: 0,
    });
    expect(snapshot()).toEqual(before);
  });

  it('unpaid → paid closes 催付 with the reason and creates 核对收件信息', () => {
    const { core, clock, addOrder, updateOrder, ruleTasks } = desk();
    const id = addOrder();
    core.tasks.runRulesFor([id]);
    clock.at += HOUR;
    updateOrder(id, { status: 'paid', paidAt: clock.at });
    expect(core.tasks.runRulesFor([id])).toEqual({ created: 1, reopened: 0, closed: 1 });
    const urge = ruleTasks(id).find((t) => t.kind === 'urgePayment');
    const verify = ruleTasks(id).find((t) => t.kind === 'verifyAddress');
    expect(urge).toMatchObject({ kind: 'urgePayment', status: 'cancelled', note: 'tasks.autoClose.paid' });
    expect(verify).toMatchObject({ kind: 'verifyAddress', status: 'open' });

    const listed = core.tasks.list({ due: 'all', includeClosed: true, limit: 50 });
    expect(listed.closed[0]).toMatchObject({
      kind: 'urgePayment',
      autoCloseKey: 'tasks.autoClose.paid',
      note: '',
    });
  });

  it('reuses the row when a cause comes back (one rule task per order and kind, ever)', () => {
    const { core, addOrder, updateOrder, ruleTasks } = desk();
    const id = addOrder({
      status: 'completed',
      signedAt: NOW - 30 * HOUR,
      reviewState: 'bad',
      reviewedAt: NOW - HOUR,
    });
    core.tasks.runRulesFor([id]);
    updateOrder(id, { reviewState: 'good' });
    expect(core.tasks.runRulesFor([id]).closed).toBe(1);
    updateOrder(id, { reviewState: 'neutral', reviewedAt: NOW });
    expect(core.tasks.runRulesFor([id])).toEqual({ created: 0, reopened: 1, closed: 0 });
    const bad = ruleTasks(id).filter((t) => t.kind === 'badReview');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ status: 'open', note: '', priority: 'high', dueAt: NOW + 2 * HOUR });
  });

  it('a logistics exception raises an urgent task; a closed order closes its tasks', () => {
    const { core, addOrder, updateOrder, ruleTasks } = desk();
    const id = addOrder({
      status: 'shipped',
      shippedAt: NOW - 10 * HOUR,
      shipNoticeAt: NOW - 9 * HOUR,
      logisticsState: 'exception',
    });
    core.tasks.runAllRules();
    expect(ruleTasks(id)).toMatchObject([{ kind: 'logisticsException', priority: 'urgent', dueAt: NOW }]);
    updateOrder(id, { status: 'closed' });
    expect(core.tasks.runAllRules().closed).toBe(1);
    expect(ruleTasks(id)[0]).toMatchObject({ status: 'cancelled', note: 'tasks.autoClose.orderClosed' });
  });

  it('the timer brings 物流跟进 when 3 days pass without signing', () => {
    const { core, clock, addOrder, ruleTasks } = desk();
    const id = addOrder({ status: 'shipped', shippedAt: NOW - 70 * HOUR, shipNoticeAt: NOW - 69 * HOUR });
    expect(core.tasks.tick()?.rules.created).toBe(0);
    clock.at += 2 * HOUR;
    expect(core.tasks.tick()?.rules.created).toBe(1);
    expect(ruleTasks(id)).toMatchObject([{ kind: 'logisticsCheck', dueAt: NOW + 2 * HOUR }]);
  });

  it('a task the agent completed stays done when its cause is still there', () => {
    const { core, addOrder } = desk();
    addOrder();
    core.tasks.runAllRules();
    const [task] = core.tasks.list({ due: 'all', includeClosed: false, limit: 50 }).today;
    core.tasks.complete(task!.id);
    expect(core.tasks.runAllRules()).toEqual({ created: 0, reopened: 0, closed: 0 });
  });
});

describe('reminders', () => {
  it('announce a due task once, with its title in the agent’s language', () => {
    const { core, clock, notifier, addOrder } = desk();
    addOrder({ orderNo: '2890345512' });
    core.tasks.tick();
    expect(notifier.sent).toEqual([]);
    clock.at = CUTOFF;
    expect(core.tasks.tick()?.reminded).toBe(1);
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]!.body).toContain('2890345512');
    expect(notifier.sent[0]!.taskId).toBeDefined();
    clock.at += 60_000;
    core.tasks.tick();
    expect(notifier.sent).toHaveLength(1);
  });

  it('announce again after a snooze ends, and many at once as one summary', () => {
    const { core, clock, notifier, addOrder } = desk();
    for (let i = 0; i < 5; i += 1) addOrder();
    clock.at = CUTOFF + 60_000;
    core.tasks.tick();
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]!.taskId).toBeUndefined();

    const [first] = core.tasks.list({ due: 'all', includeClosed: false, limit: 50 }).overdue;
    core.tasks.snooze(first!.id, clock.at + HOUR);
    expect(core.tasks.list({ due: 'all', includeClosed: false, limit: 50 }).snoozed.map((t) => t.id)).toEqual(
      [first!.id],
    );
    clock.at += HOUR - 60_000;
    core.tasks.tick();
    expect(notifier.sent).toHaveLength(1);
    clock.at += 60_000;
    core.tasks.tick();
    expect(notifier.sent).toHaveLength(2);
    expect(notifier.sent[1]!.taskId).toBe(first!.id);
    expect(core.tasks.get(first!.id).status).toBe('open');
  });
});
