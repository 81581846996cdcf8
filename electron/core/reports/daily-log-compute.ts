/**
 * Computes one agent-day's 日报 from the data (never typed): each figure is one aggregate query
 * over the day's `[start, end)` on the shop's clock, so a day with thousands of events over a
 * shop with 100,000 orders stays well inside the 200 ms budget (bench/daily-log.ts).
 */
import { and, asc, count, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { LOSS_REASONS, RETURN_KINDS, TASK_KINDS } from '../../../db/enums';
import type { KefuDb } from '../../../db/open-database';
import {
  checklistDays,
  checklistItems,
  checklistSteps,
  inquiries,
  orderRemarks,
  orders,
  phraseGroups,
  phraseUsages,
  phrases,
  returnCases,
  tasks,
} from '../../../db/schema';
import { countInquiries } from '../customers/inquiry-service';
import { inquiryRows } from '../customers/inquiry-rows';
import { localDayRange } from '../customers/local-day';
import { positionStepTitles } from '../checklist/position-checklist-steps';
import { briefingOf } from './briefing-figures';
import { escalationsOf } from './escalation-figures';
import { invoicesOf } from './invoice-figures';
import { responsesOf } from './response-figures';
import {
  DAILY_LOG_SCHEMA_VERSION,
  type DailyLog,
  type InquiryFigures,
  type TaskTally,
} from './daily-log-schema';

export interface AgentDay {
  shopId: string;
  agent: { id: string; agentCode: string; name: string };
  day: string;
  timeZone: string;
  /** When the log is computed: "overdue" on today means overdue by now. */
  now: number;
}

const TOP_PHRASES = 10;
/** An order counts toward 客单价 once the buyer has paid for it. */
const PAID_STATUSES = ['paid', 'shipped', 'completed'] as const;

const zeroTally = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Min and max over the times that are set. */
function span(times: (number | null | undefined)[]): { first: number | null; last: number | null } {
  const set = times.filter((t): t is number => typeof t === 'number');
  if (set.length === 0) return { first: null, last: null };
  return { first: Math.min(...set), last: Math.max(...set) };
}

function checklistOf(db: KefuDb, a: AgentDay) {
  const day = db
    .select({ id: checklistDays.id, templateId: checklistDays.templateId })
    .from(checklistDays)
    .where(
      and(
        eq(checklistDays.ownerId, a.agent.id),
        eq(checklistDays.day, a.day),
        isNull(checklistDays.deletedAt),
      ),
    )
    .get();
  if (!day) return [];
  return db
    .select({
      stepKey: checklistItems.stepKey,
      titleZh: checklistSteps.titleZh,
      titleEn: checklistSteps.titleEn,
      checkedAt: checklistItems.checkedAt,
      note: checklistItems.note,
      carriedFromDay: checklistItems.carriedFromDay,
    })
    .from(checklistItems)
    .leftJoin(
      checklistSteps,
      and(
        eq(checklistSteps.templateId, day.templateId),
        eq(checklistSteps.stepKey, checklistItems.stepKey),
        isNull(checklistSteps.deletedAt),
      ),
    )
    .where(and(eq(checklistItems.dayId, day.id), isNull(checklistItems.deletedAt)))
    .orderBy(asc(checklistItems.sortOrder))
    .all()
    .flatMap(({ titleZh, titleEn, ...item }) => {
      // A position's own steps (岗位) are not template rows: their titles are the position list's.
      const titles =
        titleZh !== null && titleEn !== null ? { titleZh, titleEn } : positionStepTitles(item.stepKey);
      return titles ? [{ ...item, ...titles }] : [];
    });
}

function inquiriesOf(db: KefuDb, a: AgentDay, start: number, end: number) {
  const rows = inquiryRows(
    db,
    and(
      eq(inquiries.shopId, a.shopId),
      eq(inquiries.ownerId, a.agent.id),
      isNull(inquiries.deletedAt),
      gte(inquiries.inquiredAt, start),
      lt(inquiries.inquiredAt, end),
    ),
    { limit: -1 },
  );
  const linked = [...new Set(rows.map((r) => r.orderId).filter((id): id is string => id !== null))];
  const paid = new Map<string, { paidFen: number; status: string }>();
  if (linked.length > 0) {
    const found = db
      .select({ id: orders.id, paidFen: orders.paidFen, status: orders.status })
      .from(orders)
      .where(sql`${orders.id} in (select value from json_each(${JSON.stringify(linked)}))`)
      .all();
    for (const order of found) paid.set(order.id, order);
  }
  const counts = countInquiries(rows);
  const convertedOrderIds = new Set(
    rows
      .filter((r) => r.outcome === 'converted' && r.orderId !== null)
      .map((r) => r.orderId!)
      .filter((id) => (PAID_STATUSES as readonly string[]).includes(paid.get(id)?.status ?? '')),
  );
  const convertedPaidFen = [...convertedOrderIds].reduce((sum, id) => sum + paid.get(id)!.paidFen, 0);
  const figures: InquiryFigures = {
    total: counts.total,
    converted: counts.converted,
    lost: counts.lost,
    pending: counts.pending,
    conversionRate: counts.total === 0 ? null : counts.converted / counts.total,
    lossReasons: { ...zeroTally(LOSS_REASONS), ...counts.lossReasons },
    convertedOrders: convertedOrderIds.size,
    convertedPaidFen,
    averageOrderValueFen:
      convertedOrderIds.size === 0 ? null : Math.round(convertedPaidFen / convertedOrderIds.size),
  };
  const entries = rows.map((r) => ({
    inquiredAt: r.inquiredAt,
    product: r.product,
    outcome: r.outcome,
    lossReason: r.lossReason,
    note: r.note,
    buyerNick: r.customerNick,
    orderNo: r.orderNo,
    paidFen: r.orderId ? (paid.get(r.orderId)?.paidFen ?? null) : null,
  }));
  return { figures, entries };
}

function ordersTouched(db: KefuDb, a: AgentDay, start: number, end: number) {
  const remarks = db
    .select({
      n: count(),
      first: sql<number | null>`min(${orderRemarks.remarkedAt})`,
      last: sql<number | null>`max(${orderRemarks.remarkedAt})`,
    })
    .from(orderRemarks)
    .where(
      and(
        eq(orderRemarks.shopId, a.shopId),
        eq(orderRemarks.ownerId, a.agent.id),
        isNull(orderRemarks.deletedAt),
        gte(orderRemarks.remarkedAt, start),
        lt(orderRemarks.remarkedAt, end),
      ),
    )
    .get()!;
  // One pass over the shop's orders: the verification time has no index of its own.
  const verified = sql`${orders.addressVerifiedBy} = ${a.agent.agentCode} and ${orders.addressVerifiedAt} >= ${start} and ${orders.addressVerifiedAt} < ${end}`;
  const touched = db
    .select({
      verifications: sql<number>`coalesce(sum(${verified}), 0)`,
      firstVerified: sql<number | null>`min(case when ${verified} then ${orders.addressVerifiedAt} end)`,
      lastVerified: sql<number | null>`max(case when ${verified} then ${orders.addressVerifiedAt} end)`,
    })
    .from(orders)
    .where(and(eq(orders.shopId, a.shopId), isNull(orders.deletedAt)))
    .get()!;
  return {
    figures: { remarks: remarks.n, addressVerifications: touched.verifications },
    times: [remarks.first, remarks.last, touched.firstVerified, touched.lastVerified],
  };
}

function tasksOf(db: KefuDb, a: AgentDay, start: number, end: number) {
  const overdueBy = Math.min(end, a.now);
  const rows = db
    .select({
      kind: tasks.kind,
      created: sql<number>`coalesce(sum(${tasks.ownerId} = ${a.agent.id} and ${tasks.createdAt} >= ${start} and ${tasks.createdAt} < ${end}), 0)`,
      opened: sql<number>`coalesce(sum(${tasks.createdAt} >= ${start} and ${tasks.createdAt} < ${end}), 0)`,
      done: sql<number>`coalesce(sum(${tasks.status} = 'done' and ${tasks.completedAt} >= ${start} and ${tasks.completedAt} < ${end}), 0)`,
      overdue: sql<number>`coalesce(sum(${tasks.status} <> 'cancelled' and ${tasks.dueAt} < ${overdueBy}
        and (${tasks.completedAt} is null or ${tasks.completedAt} >= ${overdueBy})), 0)`,
      firstCreated: sql<
        number | null
      >`min(case when ${tasks.ownerId} = ${a.agent.id} and ${tasks.createdAt} >= ${start} and ${tasks.createdAt} < ${end} then ${tasks.createdAt} end)`,
      lastCreated: sql<
        number | null
      >`max(case when ${tasks.ownerId} = ${a.agent.id} and ${tasks.createdAt} >= ${start} and ${tasks.createdAt} < ${end} then ${tasks.createdAt} end)`,
    })
    .from(tasks)
    .where(and(eq(tasks.shopId, a.shopId), isNull(tasks.deletedAt)))
    .groupBy(tasks.kind)
    .all();
  const byKind = Object.fromEntries(
    TASK_KINDS.map((kind) => [kind, { created: 0, done: 0, overdue: 0 }]),
  ) as Record<(typeof TASK_KINDS)[number], TaskTally>;
  const total: TaskTally = { created: 0, done: 0, overdue: 0 };
  let complaintsOpened = 0;
  for (const row of rows) {
    byKind[row.kind] = { created: row.created, done: row.done, overdue: row.overdue };
    total.created += row.created;
    total.done += row.done;
    total.overdue += row.overdue;
    if (row.kind === 'complaint') complaintsOpened = row.opened;
  }
  return {
    byKind,
    total,
    badReviewsHandled: byKind.badReview.done,
    complaints: { opened: complaintsOpened, done: byKind.complaint.done },
    times: rows.flatMap((r) => [r.firstCreated, r.lastCreated]),
  };
}

function returnsOf(db: KefuDb, a: AgentDay, start: number, end: number) {
  const rows = db
    .select({
      registeredAt: returnCases.registeredAt,
      kind: returnCases.kind,
      reason: returnCases.reason,
      status: returnCases.status,
      refundFen: returnCases.refundFen,
      orderNo: orders.orderNo,
    })
    .from(returnCases)
    .leftJoin(orders, eq(orders.id, returnCases.orderId))
    .where(
      and(
        eq(returnCases.shopId, a.shopId),
        eq(returnCases.registeredBy, a.agent.agentCode),
        isNull(returnCases.deletedAt),
        gte(returnCases.registeredAt, start),
        lt(returnCases.registeredAt, end),
      ),
    )
    .orderBy(asc(returnCases.registeredAt))
    .all();
  const byKind = zeroTally(RETURN_KINDS);
  for (const row of rows) byKind[row.kind] += 1;
  return {
    figures: { registered: rows.length, refundFen: rows.reduce((sum, r) => sum + r.refundFen, 0), byKind },
    entries: rows,
  };
}

function phrasesOf(db: KefuDb, a: AgentDay, start: number, end: number) {
  const perPhrase = db
    .select({
      phraseId: phraseUsages.phraseId,
      title: phrases.title,
      groupId: phrases.groupId,
      groupName: phraseGroups.name,
      uses: count(),
      first: sql<number>`min(${phraseUsages.usedAt})`,
      last: sql<number>`max(${phraseUsages.usedAt})`,
    })
    .from(phraseUsages)
    .leftJoin(phrases, eq(phrases.id, phraseUsages.phraseId))
    .leftJoin(phraseGroups, eq(phraseGroups.id, phrases.groupId))
    .where(
      and(
        eq(phraseUsages.ownerId, a.agent.id),
        eq(phraseUsages.shopId, a.shopId),
        isNull(phraseUsages.deletedAt),
        gte(phraseUsages.usedAt, start),
        lt(phraseUsages.usedAt, end),
      ),
    )
    .groupBy(phraseUsages.phraseId)
    .all();
  const groups = new Map<string | null, { groupId: string | null; groupName: string; uses: number }>();
  for (const row of perPhrase) {
    const key = row.groupId ?? null;
    const group = groups.get(key) ?? { groupId: key, groupName: row.groupName ?? '', uses: 0 };
    group.uses += row.uses;
    groups.set(key, group);
  }
  const byUses = <T extends { uses: number }>(list: T[], name: (t: T) => string) =>
    list.sort((x, y) => y.uses - x.uses || (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0));
  return {
    figures: {
      uses: perPhrase.reduce((sum, r) => sum + r.uses, 0),
      byGroup: byUses([...groups.values()], (g) => g.groupName),
      top: byUses(
        perPhrase.map((r) => ({
          phraseId: r.phraseId,
          title: r.title ?? '',
          groupName: r.groupName ?? '',
          uses: r.uses,
        })),
        (p) => p.title,
      ).slice(0, TOP_PHRASES),
    },
    times: perPhrase.flatMap((r) => [r.first, r.last]),
  };
}

export function computeDailyLog(db: KefuDb, a: AgentDay): DailyLog {
  const { start, end } = localDayRange(a.day, a.timeZone);
  const checklist = checklistOf(db, a);
  const inquiry = inquiriesOf(db, a, start, end);
  const touched = ordersTouched(db, a, start, end);
  const task = tasksOf(db, a, start, end);
  const returned = returnsOf(db, a, start, end);
  const used = phrasesOf(db, a, start, end);
  const briefing = briefingOf(db, a);
  const activity = span([
    ...checklist.map((c) => c.checkedAt).filter((t) => t !== null && t >= start && t < end),
    ...inquiry.entries.map((r) => r.inquiredAt),
    ...touched.times,
    ...task.times,
    ...returned.entries.map((r) => r.registeredAt),
    ...used.times,
  ]);
  return {
    schemaVersion: DAILY_LOG_SCHEMA_VERSION,
    day: a.day,
    timeZone: a.timeZone,
    agent: a.agent,
    computedAt: a.now,
    briefing,
    checklist: { checked: checklist.filter((c) => c.checkedAt !== null).length, total: checklist.length },
    inquiries: inquiry.figures,
    // A ship notice is given by completing its 发货通知 task.
    orders: { ...touched.figures, shipNotices: task.byKind.shipNotice.done },
    tasks: { byKind: task.byKind, total: task.total },
    returns: returned.figures,
    badReviewsHandled: task.badReviewsHandled,
    complaints: task.complaints,
    phrases: used.figures,
    responses: responsesOf(db, a, start, end),
    invoices: invoicesOf(db, a, start, end),
    escalations: escalationsOf(db, a, start, end),
    briefings: { days: briefing ? 1 : 0, read: briefing && briefing.readAt !== null ? 1 : 0 },
    firstActivityAt: activity.first,
    lastActivityAt: activity.last,
    checklistItems: checklist,
    inquiryRows: inquiry.entries,
    returnRows: returned.entries,
  };
}
