/**
 * The daily log (issue 5 "Numbers"): one agent-day with 5,000 events over a shop with 100,000
 * orders and the tasks the rules make for them. Computing the log (≤ 200 ms) and exporting it
 * as XLSX (≤ 1 s, computing included), each run 5 times after a warm-up; median and worst.
 * Real SQLite file, the real core. Prints JSON.
 */
import { randomUUID } from 'node:crypto';
import { zonedInstant } from '../common/time/zoned-time';
import { openBenchDesk } from './support/bench-desk';

const ORDERS = 100_000;
const DAY = '2026-11-24';
const ZONE = 'Asia/Shanghai';
const RUNS = 5;
const TARGET = { computeMs: 200, xlsxMs: 1_000 };
/** The day's 5,000 events by kind. */
const EVENTS = {
  inquiries: 1_500,
  phrasePastes: 2_000,
  remarks: 500,
  addressVerifications: 400,
  tasksCreated: 300,
  tasksCompleted: 200,
  returns: 88,
  checklistChecks: 12,
};
const HOUR = 3_600_000;
const dayStart = zonedInstant(DAY, '08:00', ZONE);
/** Event i of n, spread over the working day 08:00–22:00. */
const during = (i: number, n: number) => dayStart + Math.floor((i * 14 * HOUR) / n);

const clock = { now: () => zonedInstant(DAY, '22:30', ZONE) };
const { database, core, close } = openBenchDesk('daily-log', { clock });
const who = core.settings.identity()!;
const { sqlite } = database;
const STATUSES = ['unpaid', 'paid', 'shipped', 'completed', 'closed'] as const;

const orderIds: string[] = [];
const insertOrder = sqlite.prepare(
  `insert into orders (id, shop_id, created_at, updated_at, order_no, buyer_nick, status, total_fen, paid_fen,
    ordered_at, paid_at, shipped_at)
   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
sqlite.transaction(() => {
  for (let i = 0; i < ORDERS; i += 1) {
    const id = randomUUID();
    orderIds.push(id);
    const status = STATUSES[i % STATUSES.length]!;
    const orderedAt = dayStart - (i % (30 * 24)) * HOUR;
    const fen = 1_000 + ((i * 7919) % 200_000);
    const paid = status !== 'unpaid' && status !== 'closed';
    insertOrder.run(
      id,
      who.shopId,
      orderedAt,
      orderedAt,
      String(3_321_000_000_000_000_000n + BigInt(i)),
      `tb_${i}`,
      status,
      fen,
      paid ? fen : 0,
      orderedAt,
      paid ? orderedAt + HOUR : null,
      status === 'shipped' || status === 'completed' ? orderedAt + 20 * HOUR : null,
    );
  }
})();
core.tasks.runAllRules();

const owned = (at: number) => ({ id: randomUUID(), shopId: who.shopId, ownerId: who.agentId, at });
sqlite.transaction(() => {
  const inquiry = sqlite.prepare(
    `insert into inquiries (id, shop_id, owner_id, scope, created_at, updated_at, order_id, product, outcome,
      loss_reason, inquired_at) values (@id, @shopId, @ownerId, 'personal', @at, @at, @orderId, '貔貅手链', @outcome,
      @lossReason, @at)`,
  );
  for (let i = 0; i < EVENTS.inquiries; i += 1) {
    const outcome = (['converted', 'lost', 'pending'] as const)[i % 3]!;
    inquiry.run({
      ...owned(during(i, EVENTS.inquiries)),
      orderId: outcome === 'converted' ? orderIds[i * 37] : null,
      outcome,
      lossReason: outcome === 'lost' ? (['price', 'service', 'outOfStock', 'other'] as const)[i % 4] : null,
    });
  }
  const phraseIds = core.library.phrases().map((p) => p.id);
  const usage = sqlite.prepare(
    `insert into phrase_usages (id, shop_id, owner_id, scope, created_at, updated_at, phrase_id, action, used_at)
     values (@id, @shopId, @ownerId, 'personal', @at, @at, @phraseId, 'paste', @at)`,
  );
  for (let i = 0; i < EVENTS.phrasePastes; i += 1) {
    usage.run({ ...owned(during(i, EVENTS.phrasePastes)), phraseId: phraseIds[(i * i) % phraseIds.length] });
  }
  const remark = sqlite.prepare(
    `insert into order_remarks (id, shop_id, owner_id, scope, created_at, updated_at, order_id, remark, flag,
      reason, agent_code, remarked_at) values (@id, @shopId, @ownerId, 'team', @at, @at, @orderId, '改发顺丰', 'red',
      '买家要求', @agentCode, @at)`,
  );
  for (let i = 0; i < EVENTS.remarks; i += 1) {
    remark.run({ ...owned(during(i, EVENTS.remarks)), orderId: orderIds[i * 101], agentCode: who.agentCode });
  }
  const verify = sqlite.prepare(
    `update orders set address_verified_by = ?, address_verified_at = ? where id = ?`,
  );
  for (let i = 0; i < EVENTS.addressVerifications; i += 1) {
    verify.run(who.agentCode, during(i, EVENTS.addressVerifications), orderIds[i * 5 + 1]);
  }
  const task = sqlite.prepare(
    `insert into tasks (id, shop_id, owner_id, scope, created_at, updated_at, kind, title, due_at, status, source)
     values (@id, @shopId, @ownerId, 'team', @at, @at, 'custom', '回电话', @dueAt, 'open', 'manual')`,
  );
  for (let i = 0; i < EVENTS.tasksCreated; i += 1) {
    const event = owned(during(i, EVENTS.tasksCreated));
    task.run({ ...event, dueAt: event.at + HOUR });
  }
  const complete = sqlite.prepare(
    `update tasks set status = 'done', completed_at = ? where id in
      (select id from tasks where status = 'open' and source = 'rule' order by id limit 1)`,
  );
  for (let i = 0; i < EVENTS.tasksCompleted; i += 1) complete.run(during(i, EVENTS.tasksCompleted));
  const returnCase = sqlite.prepare(
    `insert into return_cases (id, shop_id, owner_id, scope, created_at, updated_at, order_id, kind, reason,
      refund_fen, registered_by, registered_at) values (@id, @shopId, @ownerId, 'team', @at, @at, @orderId, 'return',
      '尺寸不合适', 8800, @agentCode, @at)`,
  );
  for (let i = 0; i < EVENTS.returns; i += 1) {
    returnCase.run({
      ...owned(during(i, EVENTS.returns)),
      orderId: orderIds[i * 997],
      agentCode: who.agentCode,
    });
  }
})();
for (const item of core.checklist.today().items.slice(0, EVENTS.checklistChecks)) {
  core.checklist.check({ itemId: item.id, note: '', confirmed: true });
}

async function timed(run: () => unknown): Promise<{ medianMs: number; worstMs: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => +ms.toFixed(1);
  return { medianMs: round(times[Math.floor(RUNS / 2)]!), worstMs: round(times.at(-1)!) };
}

const range = { from: DAY, to: DAY };
const compute = await timed(() => core.reports.daily(range));
const xlsx = await timed(() => core.reports.export({ ...range, format: 'xlsx' }));
const log = core.reports.daily(range).logs[0]!;
const file = await core.reports.export({ ...range, format: 'xlsx' });
const count = (table: string) => sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

console.log(
  JSON.stringify(
    {
      bench: 'daily-log',
      orders: ORDERS,
      tasks: count('tasks'),
      events: Object.values(EVENTS).reduce((sum, n) => sum + n, 0),
      eventsByKind: EVENTS,
      log: {
        inquiries: log.inquiries.total,
        conversionRate: log.inquiries.conversionRate,
        averageOrderValueFen: log.inquiries.averageOrderValueFen,
        phraseUses: log.phrases.uses,
        tasks: log.tasks.total,
        payloadBytes: JSON.stringify(log).length,
      },
      compute,
      xlsx: { ...xlsx, bytes: file.bytes.length },
      target: TARGET,
      targetMet: { compute: compute.medianMs <= TARGET.computeMs, xlsx: xlsx.medianMs <= TARGET.xlsxMs },
    },
    null,
    2,
  ),
);
await close();
