/**
 * 询单分析 over the synced inquiries, orders and returns of the shop: conversion per agent per
 * day, loss reasons, per-product conversion (worst first), returning customers who asked and did
 * not buy, returns and refunds by reason with 退款率, and conversion before and after a marked
 * day. One statement per figure. Inquiry counts come from the per-day counts the database keeps
 * (inquiry_agent_days, inquiry_product_days: migration 0005); returning customers from
 * inquiry_facts, the inquiries' narrow copy (migration 0003); orders from order_facts, theirs
 * (migration 0008); returns through a partial expression index of migration 0002
 * (rows_return_cases_at).
 */
import { asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { LOSS_REASONS } from '../../../common/reports/daily-log-schema';
import { addDays } from '../../../common/time/zoned-time';
import {
  agents,
  inquiryAgentDays as agentDays,
  inquiryFacts as facts,
  inquiryProductDays as productDays,
  orderFacts as orders,
  rows,
} from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import type { InquiryAnalysisResponse } from '../console-api';
import { ConsoleError } from './console-error';
import type { ConsoleCaller } from './console-session';
import { rollupsOnZone } from './inquiry-rollups';
import { num, queryRows, rateOf } from './raw-query';
import { dayStart, daysBetween, shopTimeZone } from './shop-clock';

type LossReason = (typeof LOSS_REASONS)[number];
const RETURNING_LIMIT = 200;
const PRODUCT_LIMIT = 500;

const outcomeIs = (outcome: string) => sql`${facts.outcome} = ${outcome}`;

/** The shop's live inquiries with inquired_at in [start, end): the inquiry_facts_at index's shape. */
const inquiriesIn = (shopId: string, start: number, end: number) =>
  sql`${facts.shopId} = ${shopId} and ${facts.inquiredAt} >= ${start} and ${facts.inquiredAt} < ${end}`;

/** Inquiries, converted and lost summed from per-day counts whose table has `outcome` and `n`. */
const countColumns = (n: SQLWrapper, outcome: SQLWrapper, where: SQL = sql`true`) => sql`
  coalesce(sum(${n}) filter (where ${where}), 0) as inquiries,
  coalesce(sum(${n}) filter (where ${where} and ${outcome} = 'converted'), 0) as converted,
  coalesce(sum(${n}) filter (where ${where} and ${outcome} = 'lost'), 0) as lost`;
const agentDayCounts = (where?: SQL) => countColumns(agentDays.n, agentDays.outcome, where);

const agentDaysIn = (shopId: string, from: string, to: string) =>
  sql`${agentDays.shopId} = ${shopId} and ${agentDays.day} >= ${from} and ${agentDays.day} <= ${to}`;

const conversion = (row: { inquiries: unknown; converted: unknown; lost: unknown }) => {
  const inquiries = num(row.inquiries);
  const converted = num(row.converted);
  return { inquiries, converted, lost: num(row.lost), rate: rateOf(converted, inquiries) };
};

const lossReason = (value: unknown): LossReason | null =>
  (LOSS_REASONS as readonly unknown[]).includes(value) ? (value as LossReason) : null;

async function byAgentDay(db: ServerDb, shopId: string, from: string, to: string) {
  const found = await queryRows<{
    owner_id: string;
    day: string;
    inquiries: string;
    converted: string;
    lost: string;
  }>(
    db,
    sql`select ${agentDays.ownerId} as owner_id, ${agentDays.day} as day, ${agentDayCounts()}
        from ${agentDays} where ${agentDaysIn(shopId, from, to)}
        group by 1, 2 having sum(${agentDays.n}) > 0`,
  );
  return found.map((row) => ({ ownerId: row.owner_id, day: row.day, ...conversion(row) }));
}

async function lossReasons(db: ServerDb, shopId: string, from: string, to: string) {
  const found = await queryRows<{ reason: string; count: string }>(
    db,
    sql`select ${agentDays.lossReason} as reason, sum(${agentDays.n}) as count
        from ${agentDays} where ${agentDaysIn(shopId, from, to)} and ${agentDays.outcome} = 'lost'
        group by 1`,
  );
  const counts = new Map(found.map((row) => [row.reason || 'none', num(row.count)]));
  return [...LOSS_REASONS, 'none' as const].map((reason) => ({ reason, count: counts.get(reason) ?? 0 }));
}

async function products(db: ServerDb, shopId: string, from: string, to: string) {
  const found = await queryRows<{
    product: string;
    inquiries: string;
    converted: string;
    lost: string;
    main_loss_reason: string | null;
  }>(
    db,
    // Summed per product, outcome and reason first, then per product; the main loss reason is
    // the most frequent one, ties to the first by name.
    sql`with counted as (
          select ${productDays.product} as product, ${productDays.outcome} as outcome,
            ${productDays.lossReason} as loss_reason, sum(${productDays.n}) as n
          from ${productDays}
          where ${productDays.shopId} = ${shopId} and ${productDays.day} >= ${from} and ${productDays.day} <= ${to}
          group by 1, 2, 3
          having sum(${productDays.n}) > 0)
        select product, ${countColumns(sql.raw('n'), sql.raw('outcome'))},
          (array_agg(loss_reason order by n desc, loss_reason)
            filter (where outcome = 'lost' and loss_reason <> ''))[1] as main_loss_reason
        from counted
        group by 1
        order by coalesce(sum(n) filter (where outcome = 'converted'), 0)::float8 / sum(n), sum(n) desc, 1
        limit ${PRODUCT_LIMIT}`,
  );
  return found.map((row) => ({
    product: row.product,
    ...conversion(row),
    mainLossReason: lossReason(row.main_loss_reason),
  }));
}

/**
 * Customers who asked in the range and bought nothing there (no converted inquiry, no order paid
 * in the range) although they had come before: a paid order or an inquiry before the range.
 * The candidates are ranked first (most inquiries, latest), then probed in that order through the
 * customer indexes, so the limit stops the probing once enough are found instead of probing every
 * customer who asked.
 */
async function returningNotBought(db: ServerDb, shopId: string, start: number, end: number) {
  const ordersOf = (alias: string, paid: SQL) =>
    sql`${orders} ${sql.raw(alias)} where ${sql.raw(alias)}.shop_id = ${shopId}
      and ${sql.raw(alias)}.customer_id = c.customer_id and ${paid}`;
  const paidAt = (alias: string) => sql.raw(`${alias}.paid_at`);
  // Ranking groups every inquiry of the range by customer (57,000 groups on the bench's shop):
  // at the default 4 MB work_mem the hash spilled to disk in 5 batches, 180 → 107 ms with room.
  const found = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<{
      customer_id: string;
      nick: string | null;
      inquiries: string;
      last_at: string;
      last_loss_reason: string | null;
      last_owner: string | null;
      earlier_paid: string;
    }>(
      tx,
      // The inner offset 0 keeps the ranking apart from the probes: the planner would otherwise
      // probe every candidate's orders before sorting. The offset 0 in each EXISTS keeps it a
      // probe per candidate, taken in rank order until the limit is met: with statistics the
      // planner hashed every earlier inquiry of the shop instead (360,000 rows, 200 of the
      // statement's 380 ms on bench/console.ts), and every order of the shop (an anti-join of
      // 225,000 orders before the sort, 451 ms on PGlite).
      sql`with listed as (
          select c.* from (
            select ${facts.customerId} as customer_id, count(*) as inquiries, max(${facts.inquiredAt}) as last_at
            from ${facts} where ${inquiriesIn(shopId, start, end)} and ${facts.customerId} is not null
            group by 1
            having not bool_or(${outcomeIs('converted')})
            order by 2 desc, 3 desc, 1
            offset 0) c
          where not exists (select 1 from ${ordersOf('p', sql`${paidAt('p')} >= ${start} and ${paidAt('p')} < ${end}`)} offset 0)
            and (exists (select 1 from ${ordersOf('q', sql`${paidAt('q')} < ${start}`)} offset 0)
              or exists (select 1 from ${facts} i where i.shop_id = ${shopId}
                and i.customer_id = c.customer_id and i.inquired_at < ${start} offset 0))
          order by c.inquiries desc, c.last_at desc, c.customer_id
          limit ${RETURNING_LIMIT})
        select c.customer_id, cu.data->>'nick' as nick, c.inquiries, c.last_at,
          last.loss_reason as last_loss_reason, last.owner_id as last_owner,
          (select count(*) from ${ordersOf('o', sql`${paidAt('o')} < ${start}`)}) as earlier_paid
        from listed c
        left join lateral (
          select i.loss_reason, i.owner_id from ${facts} i
          where i.shop_id = ${shopId} and i.customer_id = c.customer_id
            and i.inquired_at >= ${start} and i.inquired_at < ${end}
          order by i.inquired_at desc
          limit 1) last on true
        left join ${rows} cu on cu.shop_id = ${shopId} and cu.table_name = 'customers' and cu.id = c.customer_id
        order by c.inquiries desc, c.last_at desc, c.customer_id`,
    );
  });
  return found;
}

async function returns(db: ServerDb, shopId: string, start: number, end: number) {
  const registeredAt = sql`(${rows.data}->>'registered_at')::bigint`;
  const [byReason, [paid]] = await Promise.all([
    queryRows<{ reason: string; count: string; refund_fen: string }>(
      db,
      sql`select btrim(coalesce(${rows.data}->>'reason', '')) as reason, count(*) as count,
            coalesce(sum((${rows.data}->>'refund_fen')::bigint), 0) as refund_fen
          from ${rows}
          where ${rows.shopId} = ${shopId} and ${rows.tableName} = 'return_cases' and ${rows.deletedAt} is null
            and ${registeredAt} >= ${start} and ${registeredAt} < ${end}
          group by 1 order by 3 desc, 2 desc, 1`,
    ),
    queryRows<{ paid_fen: string }>(
      db,
      sql`select coalesce(sum(${orders.paidFen}), 0) as paid_fen from ${orders}
          where ${orders.shopId} = ${shopId} and ${orders.paidAt} >= ${start} and ${orders.paidAt} < ${end}`,
    ),
  ]);
  const list = byReason.map((row) => ({
    reason: row.reason,
    count: num(row.count),
    refundFen: num(row.refund_fen),
  }));
  const refundFen = list.reduce((sum, row) => sum + row.refundFen, 0);
  const paidFen = num(paid?.paid_fen);
  return {
    registered: list.reduce((sum, row) => sum + row.count, 0),
    refundFen,
    paidFen,
    refundRate: rateOf(refundFen, paidFen),
    byReason: list,
  };
}

/** marked..to against as many days just before marked. */
async function beforeAfter(db: ServerDb, shopId: string, marked: string, to: string) {
  const beforeFrom = addDays(marked, -(daysBetween(marked, to) + 1));
  const [before, after] = await queryRows<{ inquiries: string; converted: string; lost: string }>(
    db,
    sql`select ${agentDayCounts(sql`${agentDays.day} < ${marked}`)} from ${agentDays}
          where ${agentDaysIn(shopId, beforeFrom, to)}
        union all
        select ${agentDayCounts(sql`${agentDays.day} >= ${marked}`)} from ${agentDays}
          where ${agentDaysIn(shopId, beforeFrom, to)}`,
  );
  return {
    marked,
    before: { from: beforeFrom, to: addDays(marked, -1), ...conversion(before!) },
    after: { from: marked, to, ...conversion(after!) },
  };
}

export async function inquiryAnalysis(
  db: ServerDb,
  caller: ConsoleCaller,
  query: { from: string; to: string; marked?: string },
): Promise<InquiryAnalysisResponse> {
  const { from, to, marked } = query;
  if (marked !== undefined && (marked <= from || marked > to))
    throw new ConsoleError(
      'badRequest',
      `marked: ${marked} must be after from (${from}) and at most to (${to}).`,
      {
        field: 'marked',
      },
    );
  const zone = await shopTimeZone(db, caller.shopId);
  await rollupsOnZone(db, caller.shopId, zone);
  const [start, end] = [dayStart(from, zone), dayStart(addDays(to, 1), zone)];
  const [shopAgents, perAgentDay, reasons, perProduct, returning, returned, compared] = await Promise.all([
    db
      .select({ id: agents.id, code: agents.code, name: agents.name })
      .from(agents)
      .where(eq(agents.shopId, caller.shopId))
      .orderBy(asc(agents.code)),
    byAgentDay(db, caller.shopId, from, to),
    lossReasons(db, caller.shopId, from, to),
    products(db, caller.shopId, from, to),
    returningNotBought(db, caller.shopId, start, end),
    returns(db, caller.shopId, start, end),
    marked === undefined ? null : beforeAfter(db, caller.shopId, marked, to),
  ]);
  const agentOf = new Map(shopAgents.map((agent) => [agent.id, agent]));
  return {
    from,
    to,
    timeZone: zone,
    byAgentDay: perAgentDay
      .flatMap(({ ownerId, ...figures }) => {
        const agent = agentOf.get(ownerId);
        return agent ? [{ agentCode: agent.code, name: agent.name, ...figures }] : [];
      })
      .sort((a, b) => (a.day === b.day ? (a.agentCode < b.agentCode ? -1 : 1) : a.day < b.day ? -1 : 1)),
    lossReasons: reasons,
    products: perProduct,
    returningNotBought: returning.map((row) => ({
      customerId: row.customer_id,
      buyerNick: row.nick,
      inquiries: num(row.inquiries),
      lastInquiredAt: num(row.last_at),
      lastLossReason: lossReason(row.last_loss_reason),
      lastAgentCode: (row.last_owner && agentOf.get(row.last_owner)?.code) ?? null,
      earlierPaidOrders: num(row.earlier_paid),
    })),
    returns: returned,
    beforeAfter: compared,
  };
}
