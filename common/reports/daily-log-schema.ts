/**
 * The daily log (日报, feature 9) of one agent-day, as stored in daily_logs.payload, exported as
 * JSON and returned by the contract; shared by the desk that computes it and the central server
 * whose console reads it, so both parse the one format. docs/daily-log-schema.md describes it for
 * the people who read the files.
 *
 * The agent's day is `[00:00, 24:00)` of `day` on the shop's clock (the shop's IANA time zone).
 * Times are epoch milliseconds, money is integer fen (分).
 */
import { z } from 'zod';
import { SYNC_COLUMNS } from '../sync/sync-columns.generated';

export const DAILY_LOG_SCHEMA_VERSION = 1;

/** The value lists as the synced columns carry them (generated from the desk's schema). */
export const LOSS_REASONS = SYNC_COLUMNS.inquiries.loss_reason.enum;
export const INQUIRY_OUTCOMES = SYNC_COLUMNS.inquiries.outcome.enum;
export const RETURN_KINDS = SYNC_COLUMNS.return_cases.kind.enum;
export const RETURN_STATUSES = SYNC_COLUMNS.return_cases.status.enum;
export const TASK_KINDS = SYNC_COLUMNS.tasks.kind.enum;

const int = z.number().int();
const tally = <K extends readonly [string, ...string[]]>(keys: K) => z.record(z.enum(keys), int);

export const inquiryFiguresSchema = z.object({
  total: int,
  converted: int,
  lost: int,
  pending: int,
  /** 询单转化率 = converted ÷ total; null on a day without inquiries. */
  conversionRate: z.number().nullable(),
  lossReasons: tally(LOSS_REASONS),
  /**
   * 客单价 of converted orders: the distinct orders linked to the day's converted inquiries that
   * have been paid (status paid, shipped or completed), their paid amount summed
   * (`convertedPaidFen`) and divided by their number (`convertedOrders`), rounded to the fen;
   * null when there is no such order. A converted inquiry without a linked order, or whose order
   * is still unpaid or closed, adds no amount.
   */
  convertedOrders: int,
  convertedPaidFen: int,
  averageOrderValueFen: int.nullable(),
});

export const taskTallySchema = z.object({ created: int, done: int, overdue: int });

/**
 * Every task kind's tally. A log stored before a kind existed (开票, issue 17) has none of it and
 * reads as zeros there, so the console still shows the logs the desks synced before.
 */
const tasksByKindSchema = z.preprocess(
  (byKind) =>
    byKind !== null && typeof byKind === 'object'
      ? {
          ...Object.fromEntries(TASK_KINDS.map((kind) => [kind, { created: 0, done: 0, overdue: 0 }])),
          ...byKind,
        }
      : byKind,
  z.record(z.enum(TASK_KINDS), taskTallySchema),
);

/**
 * Buyer questions answered through the reply panel (response-figures.ts). `timed`: questions taken
 * with the question hotkey and answered within the hour, each counted once by its first reply;
 * `totalMs` their response times summed and `within15s` how many took at most 15 s (the summable
 * parts); 平均响应用时 `averageSeconds` (1 decimal) and the share answered within 15 s
 * `within15sRate` (0–1), both null without a timed question; `suggestionsPicked`: replies taken
 * from the suggested replies (推荐话术). Logs computed before these figures read as zeros.
 */
export const responseFiguresSchema = z.object({
  timed: int,
  totalMs: int,
  within15s: int,
  averageSeconds: z.number().nullable(),
  within15sRate: z.number().nullable(),
  suggestionsPicked: int,
});

const NO_RESPONSES = {
  timed: 0,
  totalMs: 0,
  within15s: 0,
  averageSeconds: null,
  within15sRate: null,
  suggestionsPicked: 0,
};

/**
 * 发票 steps the agent took that day (invoices' `*_by` stamps, each step's time in the day):
 * collected (发票收集, requested), registered (发票登记), issued (已开), sent (发送/寄出) and voided
 * (作废); `pending`: requests the agent collected before the day's end that are still 待开 when
 * the log is computed. Logs computed before these figures read as zeros.
 */
export const invoiceFiguresSchema = z.object({
  collected: int,
  registered: int,
  issued: int,
  sent: int,
  voided: int,
  pending: int,
});

const NO_INVOICES = { collected: 0, registered: 0, issued: 0, sent: 0, voided: 0, pending: 0 };

/**
 * 升级处理 that day: `opened` the cases the agent escalated, `answered` the cases the agent (a
 * supervisor) answered first, `closed` the cases the agent closed. `firstAnswerMs`: the times to
 * the first answer (first answer − escalation, ms) of the cases first answered that day that the
 * agent escalated or answered, kept whole so a range takes the median over all of them;
 * `medianFirstAnswerMinutes` their median in minutes (1 decimal), null without any.
 */
export const escalationFiguresSchema = z.object({
  opened: int,
  answered: int,
  closed: int,
  firstAnswerMs: z.array(int),
  medianFirstAnswerMinutes: z.number().nullable(),
});

const NO_ESCALATIONS = {
  opened: 0,
  answered: 0,
  closed: 0,
  firstAnswerMs: [],
  medianFirstAnswerMinutes: null,
};

/**
 * 每日早会: `days` with a published briefing and the days the agent read it (each 0 or 1 on a
 * log; a range sums them).
 */
export const briefingFiguresSchema = z.object({ days: int, read: int });

/** The summable part of a log: a date range's summary has exactly these fields. */
export const dailyFiguresSchema = z.object({
  checklist: z.object({ checked: int, total: int }),
  inquiries: inquiryFiguresSchema,
  /**
   * Orders the agent touched: remarks written, addresses verified (by 工号), ship notices given
   * (发货通知 tasks completed that day).
   */
  orders: z.object({ remarks: int, addressVerifications: int, shipNotices: int }),
  /**
   * created: tasks the agent made by hand that day. done: the shop's tasks completed that day.
   * overdue: the shop's tasks due before the end of the day (or before the log was computed, for
   * today) and not done by then. Tasks are team rows: the desk's signed-in agent works them.
   */
  tasks: z.object({ byKind: tasksByKindSchema, total: taskTallySchema }),
  returns: z.object({ registered: int, refundFen: int, byKind: tally(RETURN_KINDS) }),
  /** 中差评 tasks completed that day. */
  badReviewsHandled: int,
  /** 投诉 tasks opened and completed that day. */
  complaints: z.object({ opened: int, done: int }),
  phrases: z.object({
    uses: int,
    byGroup: z.array(z.object({ groupId: z.string().nullable(), groupName: z.string(), uses: int })),
    /** The 10 most used phrases, most used first. */
    top: z.array(z.object({ phraseId: z.string(), title: z.string(), groupName: z.string(), uses: int })),
  }),
  responses: responseFiguresSchema.default(NO_RESPONSES),
  invoices: invoiceFiguresSchema.default(NO_INVOICES),
  escalations: escalationFiguresSchema.default(NO_ESCALATIONS),
  briefings: briefingFiguresSchema.default({ days: 0, read: 0 }),
  /** The first and last thing the agent did that day (inquiry, paste, remark, check …); null when idle. */
  firstActivityAt: int.nullable(),
  lastActivityAt: int.nullable(),
});

/** A checklist item of the day with its step's titles (checklist_items + checklist_steps columns). */
const checklistEntrySchema = z.object({
  stepKey: z.string(),
  checkedAt: int.nullable(),
  note: z.string(),
  carriedFromDay: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string(),
});

const inquiryEntrySchema = z.object({
  inquiredAt: int,
  product: z.string(),
  outcome: z.enum(INQUIRY_OUTCOMES),
  lossReason: z.enum(LOSS_REASONS).nullable(),
  note: z.string(),
  buyerNick: z.string().nullable(),
  orderNo: z.string().nullable(),
  paidFen: int.nullable(),
});

const returnEntrySchema = z.object({
  registeredAt: int,
  kind: z.enum(RETURN_KINDS),
  reason: z.string(),
  status: z.enum(RETURN_STATUSES),
  refundFen: int,
  orderNo: z.string().nullable(),
});

export const dailyLogSchema = dailyFiguresSchema.extend({
  schemaVersion: z.literal(DAILY_LOG_SCHEMA_VERSION),
  day: z.iso.date(),
  timeZone: z.string(),
  agent: z.object({ id: z.string(), agentCode: z.string(), name: z.string() }),
  computedAt: int,
  /**
   * The day's published briefing as the agent met it: `readAt` when they marked it 已读, null if
   * not (yet). null when there was no briefing that day, and on logs computed before briefings.
   */
  briefing: z.object({ readAt: int.nullable() }).nullable().default(null),
  checklistItems: z.array(checklistEntrySchema),
  inquiryRows: z.array(inquiryEntrySchema),
  returnRows: z.array(returnEntrySchema),
});

export const dailySummarySchema = dailyFiguresSchema.extend({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Agent-days summed. */
  days: int,
});

export type InquiryFigures = z.infer<typeof inquiryFiguresSchema>;
export type TaskTally = z.infer<typeof taskTallySchema>;
export type ResponseFigures = z.infer<typeof responseFiguresSchema>;
export type InvoiceFigures = z.infer<typeof invoiceFiguresSchema>;
export type EscalationFigures = z.infer<typeof escalationFiguresSchema>;
export type DailyFigures = z.infer<typeof dailyFiguresSchema>;
export type DailyLog = z.infer<typeof dailyLogSchema>;
export type DailySummary = z.infer<typeof dailySummarySchema>;

/** What reports.daily answers and what the JSON export contains: the agent-days and their sums. */
export const dailyReportSchema = z.object({
  logs: z.array(dailyLogSchema),
  summary: dailySummarySchema,
});

export type DailyReport = z.infer<typeof dailyReportSchema>;
