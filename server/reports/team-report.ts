/**
 * The team daily report (GET /v1/reports/team): every agent of the shop for one day, with the
 * figures of the daily log (日报) their desk synced. The log is computed on the desk and stored
 * as JSON text in daily_logs.payload (docs/daily-log-schema.md); the server only reads it.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Caller } from '../auth/caller';
import { agents, rows } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { SyncError } from '../http/sync-error';

const int = z.number().int();

/** The parts of a DailyLog the team report shows; other fields are left alone. */
const payloadSchema = z.object({
  timeZone: z.string(),
  computedAt: int,
  checklist: z.object({ checked: int, total: int }),
  inquiries: z.object({
    total: int,
    converted: int,
    lost: int,
    pending: int,
    conversionRate: z.number().nullable(),
    convertedOrders: int,
    convertedPaidFen: int,
    averageOrderValueFen: int.nullable(),
  }),
  orders: z.object({ remarks: int, addressVerifications: int, shipNotices: int }),
  tasks: z.object({ total: z.object({ created: int, done: int, overdue: int }) }),
  returns: z.object({ registered: int, refundFen: int }),
  badReviewsHandled: int,
  complaints: z.object({ opened: int, done: int }),
  phrases: z.object({ uses: int }),
  // Desks from before response times send logs without them: zeros, no average, no share.
  responses: z
    .object({
      timed: int,
      averageSeconds: z.number().nullable(),
      within15sRate: z.number().nullable(),
      suggestionsPicked: int,
    })
    .default({ timed: 0, averageSeconds: null, within15sRate: null, suggestionsPicked: 0 }),
  // Desks from before issue 17 send logs without invoices, escalations and the briefing.
  invoices: z
    .object({ collected: int, issued: int, pending: int })
    .default({ collected: 0, issued: 0, pending: 0 }),
  escalations: z
    .object({ opened: int, answered: int, closed: int, medianFirstAnswerMinutes: z.number().nullable() })
    .default({ opened: 0, answered: 0, closed: 0, medianFirstAnswerMinutes: null }),
  briefing: z.object({ readAt: int.nullable() }).nullable().default(null),
  firstActivityAt: int.nullable(),
  lastActivityAt: int.nullable(),
});

export const teamFiguresSchema = z.object({
  checklistChecked: int,
  checklistTotal: int,
  inquiries: int,
  converted: int,
  lost: int,
  pending: int,
  /** 询单转化率, 0–1; null without inquiries. */
  conversionRate: z.number().nullable(),
  convertedOrders: int,
  convertedPaidFen: int,
  /** 客单价 in fen; null without a paid converted order. */
  averageOrderValueFen: int.nullable(),
  remarks: int,
  addressVerifications: int,
  shipNotices: int,
  tasksCreated: int,
  tasksDone: int,
  tasksOverdue: int,
  returnsRegistered: int,
  refundFen: int,
  badReviewsHandled: int,
  complaintsOpened: int,
  complaintsDone: int,
  phraseUses: int,
  /** Buyer questions taken with the question hotkey and answered through the panel. */
  timedQuestions: int,
  /** 平均响应用时 in seconds (1 decimal); null without a timed question. */
  averageResponseSeconds: z.number().nullable(),
  /** The share of them answered within 15 s, 0–1; null without a timed question. */
  answeredWithin15sRate: z.number().nullable(),
  /** Replies taken from the suggested replies (推荐话术). */
  suggestionsPicked: int,
  /** 发票 requests the agent collected and issued that day, and their collected ones still 待开. */
  invoicesCollected: int,
  invoicesIssued: int,
  invoicesPending: int,
  /** 升级处理: cases escalated, answered first (supervisors) and closed that day. */
  escalationsOpened: int,
  escalationsAnswered: int,
  escalationsClosed: int,
  /** Median time to a first answer in minutes (1 decimal); null without a first answer that day. */
  medianFirstAnswerMinutes: z.number().nullable(),
  /** 早会: whether the day had a published briefing, and when the agent read it (null: not read). */
  briefingHeld: z.boolean(),
  briefingReadAt: int.nullable(),
  firstActivityAt: int.nullable(),
  lastActivityAt: int.nullable(),
});
export type TeamFigures = z.infer<typeof teamFiguresSchema>;

export const teamReportSchema = z.object({
  date: z.iso.date(),
  shopName: z.string(),
  agents: z.array(
    z.object({
      agentId: z.string(),
      agentCode: z.string(),
      name: z.string(),
      role: z.enum(['agent', 'supervisor', 'admin']),
      /** The shop's time zone the log was cut on; null without a log. */
      timeZone: z.string().nullable(),
      computedAt: int.nullable(),
      /** null: no daily log for that day has reached the server. */
      figures: teamFiguresSchema.nullable(),
    }),
  ),
});
export type TeamReport = z.infer<typeof teamReportSchema>;

export const teamReportQuerySchema = z.strictObject({
  date: z.iso.date({ error: 'date: must be a day as YYYY-MM-DD' }),
  format: z.enum(['json', 'xlsx'], { error: 'format: must be json or xlsx' }).default('json'),
});

/** A log's figures as the team report shows them (the console's 日报 workbook too). */
export function toFigures(log: z.infer<typeof payloadSchema>): TeamFigures {
  return {
    checklistChecked: log.checklist.checked,
    checklistTotal: log.checklist.total,
    inquiries: log.inquiries.total,
    converted: log.inquiries.converted,
    lost: log.inquiries.lost,
    pending: log.inquiries.pending,
    conversionRate: log.inquiries.conversionRate,
    convertedOrders: log.inquiries.convertedOrders,
    convertedPaidFen: log.inquiries.convertedPaidFen,
    averageOrderValueFen: log.inquiries.averageOrderValueFen,
    remarks: log.orders.remarks,
    addressVerifications: log.orders.addressVerifications,
    shipNotices: log.orders.shipNotices,
    tasksCreated: log.tasks.total.created,
    tasksDone: log.tasks.total.done,
    tasksOverdue: log.tasks.total.overdue,
    returnsRegistered: log.returns.registered,
    refundFen: log.returns.refundFen,
    badReviewsHandled: log.badReviewsHandled,
    complaintsOpened: log.complaints.opened,
    complaintsDone: log.complaints.done,
    phraseUses: log.phrases.uses,
    timedQuestions: log.responses.timed,
    averageResponseSeconds: log.responses.averageSeconds,
    answeredWithin15sRate: log.responses.within15sRate,
    suggestionsPicked: log.responses.suggestionsPicked,
    invoicesCollected: log.invoices.collected,
    invoicesIssued: log.invoices.issued,
    invoicesPending: log.invoices.pending,
    escalationsOpened: log.escalations.opened,
    escalationsAnswered: log.escalations.answered,
    escalationsClosed: log.escalations.closed,
    medianFirstAnswerMinutes: log.escalations.medianFirstAnswerMinutes,
    briefingHeld: log.briefing !== null,
    briefingReadAt: log.briefing?.readAt ?? null,
    firstActivityAt: log.firstActivityAt,
    lastActivityAt: log.lastActivityAt,
  };
}

function parsePayload(payload: unknown): z.infer<typeof payloadSchema> | null {
  if (typeof payload !== 'string') return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function teamReport(db: ServerDb, caller: Caller, date: string): Promise<TeamReport> {
  if (caller.role === 'agent')
    throw new SyncError('forbidden', 'The team report is for supervisors and admins only.');
  const shopAgents = await db
    .select({
      id: agents.id,
      code: agents.code,
      name: agents.name,
      role: agents.role,
      disabled: agents.disabled,
    })
    .from(agents)
    .where(eq(agents.shopId, caller.shopId))
    .orderBy(asc(agents.code));
  const logs = await db
    .select({ ownerId: rows.ownerId, data: rows.data })
    .from(rows)
    .where(
      and(
        eq(rows.shopId, caller.shopId),
        eq(rows.tableName, 'daily_logs'),
        isNull(rows.deletedAt),
        sql`${rows.data}->>'day' = ${date}`,
      ),
    );
  const latest = new Map<string, z.infer<typeof payloadSchema>>();
  for (const log of logs) {
    const parsed = log.ownerId ? parsePayload(log.data.payload) : null;
    if (!parsed) continue;
    const seen = latest.get(log.ownerId!);
    if (!seen || seen.computedAt < parsed.computedAt) latest.set(log.ownerId!, parsed);
  }
  return {
    date,
    shopName: caller.shopName,
    agents: shopAgents
      .filter((agent) => latest.has(agent.id) || (!agent.disabled && agent.role !== 'admin'))
      .map((agent) => {
        const log = latest.get(agent.id);
        return {
          agentId: agent.id,
          agentCode: agent.code,
          name: agent.name,
          role: agent.role,
          timeZone: log?.timeZone ?? null,
          computedAt: log?.computedAt ?? null,
          figures: log ? toFigures(log) : null,
        };
      }),
  };
}
