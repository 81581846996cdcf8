/**
 * The rules pass over 100,000 orders in mixed states (issue 4 "Numbers": ≤ 1 s): the first pass
 * creates the tasks, the second finds nothing to change (idempotent), then a pass over the ids
 * of 1,000 changed orders as the orders service triggers it, the badge query and the minute
 * tick. Real SQLite file, the real core. Prints JSON.
 */
import { openBenchDesk } from './support/bench-desk';

const ORDERS = 100_000;
const CHANGED = 1_000;
const TARGET_MS = 1_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 24, 6, 5);

const clock = { now: () => NOW };
const { database, core, close } = openBenchDesk('tasks', { clock });
const shopId = core.settings.identity()!.shopId;

/** A deterministic spread over the order lifecycle, orders placed over the last 30 days. */
function orderFacts(i: number) {
  const orderedAt = NOW - ((i * 7919) % (30 * 24)) * HOUR;
  const paidAt = orderedAt + HOUR;
  const shippedAt = paidAt + 20 * HOUR;
  const signedAt = shippedAt + 60 * HOUR;
  const facts = {
    status: 'unpaid',
    orderedAt,
    paidAt: null as number | null,
    shippedAt: null as number | null,
    signedAt: null as number | null,
    shipNoticeAt: null as number | null,
    addressVerifiedAt: null as number | null,
    logisticsState: null as string | null,
    reviewState: 'none',
    reviewedAt: null as number | null,
  };
  switch (i % 10) {
    case 0:
      return facts;
    case 1:
      return { ...facts, status: 'paid', paidAt };
    case 2:
      return { ...facts, status: 'paid', paidAt, addressVerifiedAt: paidAt };
    case 3:
      return { ...facts, status: 'shipped', paidAt, shippedAt, logisticsState: 'inTransit' };
    case 4:
      return {
        ...facts,
        status: 'shipped',
        paidAt,
        shippedAt,
        shipNoticeAt: shippedAt,
        logisticsState: 'exception',
      };
    case 5:
      return {
        ...facts,
        status: 'shipped',
        paidAt,
        shippedAt,
        shipNoticeAt: shippedAt,
        logisticsState: 'delivering',
      };
    case 6:
      return {
        ...facts,
        status: 'completed',
        paidAt,
        shippedAt,
        shipNoticeAt: shippedAt,
        signedAt,
        logisticsState: 'signed',
      };
    case 7:
      return {
        ...facts,
        status: 'completed',
        paidAt,
        shippedAt,
        signedAt,
        reviewState: 'good',
        reviewedAt: signedAt,
      };
    case 8:
      return {
        ...facts,
        status: 'completed',
        paidAt,
        shippedAt,
        signedAt,
        reviewState: 'bad',
        reviewedAt: signedAt,
      };
    default:
      return { ...facts, status: 'closed' };
  }
}

const insert = database.sqlite.prepare(
  `insert into orders (id, shop_id, created_at, updated_at, order_no, buyer_nick, status, ordered_at, paid_at,
    shipped_at, signed_at, ship_notice_at, address_verified_at, logistics_state, review_state, reviewed_at)
   values (@id, @shopId, @orderedAt, @orderedAt, @orderNo, @buyerNick, @status, @orderedAt, @paidAt, @shippedAt,
    @signedAt, @shipNoticeAt, @addressVerifiedAt, @logisticsState, @reviewState, @reviewedAt)`,
);
const ids: string[] = [];
database.sqlite.transaction(() => {
  for (let i = 0; i < ORDERS; i += 1) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    ids.push(id);
    insert.run({ id, shopId, orderNo: String(2890000000000 + i), buyerNick: `tb_${i}`, ...orderFacts(i) });
  }
})();

const timed = <T>(run: () => T): { ms: number; result: T } => {
  const started = performance.now();
  const result = run();
  return { ms: +(performance.now() - started).toFixed(1), result };
};

const first = timed(() => core.tasks.runAllRules());
const second = timed(() => core.tasks.runAllRules());
// 1% of the unpaid orders get paid: 催付 closes, 核对收件信息 appears.
const changedIds = ids.filter((_, i) => i % 10 === 0).slice(0, CHANGED);
database.sqlite
  .prepare(`update orders set status = 'paid', paid_at = ? where id in (select value from json_each(?))`)
  .run(NOW, JSON.stringify(changedIds));
const changed = timed(() => core.tasks.runRulesFor(changedIds));
const badge = timed(() => core.tasks.badge());
// The shell's minute timer: the first tick is a full pass plus the first reminders (one summary
// for every overdue task), later ticks only the time-driven rule and new reminders.
const firstTick = timed(() => core.tasks.tick());
const laterTick = timed(() => core.tasks.tick());
const tasks = database.sqlite.prepare('select count(*) from tasks').pluck().get() as number;

console.log(
  JSON.stringify(
    {
      bench: 'task-rules',
      orders: ORDERS,
      tasks,
      firstPass: { ms: first.ms, ...first.result },
      secondPass: { ms: second.ms, ...second.result },
      changedOrders: { orders: CHANGED, ms: changed.ms, ...changed.result },
      badge: { ms: badge.ms, ...badge.result },
      firstTick: { ms: firstTick.ms, reminded: firstTick.result?.reminded },
      laterTick: { ms: laterTick.ms, reminded: laterTick.result?.reminded },
      targetMs: TARGET_MS,
      withinTarget: { firstPass: first.ms <= TARGET_MS, secondPass: second.ms <= TARGET_MS },
    },
    null,
    2,
  ),
);
await close();
