/**
 * The supervisor console's HTTP API (主管后台, issue 16): paths, query and body schemas, answers
 * and error shapes. The console's web UI (server/console/web) imports this file and common/ only;
 * the server's routes parse with the same schemas, so the two cannot drift.
 *
 * Every path is under CONSOLE_API_PREFIX and answers JSON (the two .xlsx paths a workbook).
 * Sign-in exchanges a supervisor's or admin's token for a session cookie (HttpOnly,
 * SameSite=Strict); every state-changing request (POST) but the sign-in itself carries the
 * session's CSRF token in the CSRF_HEADER header. Everything answered is of the session's shop.
 *
 * Money is integer fen (分), times epoch milliseconds, days `YYYY-MM-DD` on the shop's clock,
 * rates 0–1 (null where there is nothing to divide by).
 */
import { z } from 'zod';
import { LOSS_REASONS, dailyLogSchema, dailySummarySchema } from '../../common/reports/daily-log-schema';
import { SYNC_COLUMNS } from '../../common/sync/sync-columns.generated';
import { POSITIONS } from '../../common/positions';

export const CONSOLE_API_PREFIX = '/console/api';

export const CONSOLE_PATHS = {
  session: `${CONSOLE_API_PREFIX}/session`,
  sessionEnd: `${CONSOLE_API_PREFIX}/session/end`,
  teamToday: `${CONSOLE_API_PREFIX}/team/today`,
  teamReportXlsx: `${CONSOLE_API_PREFIX}/team/report.xlsx`,
  dailyLog: `${CONSOLE_API_PREFIX}/daily-log`,
  dailyLogXlsx: `${CONSOLE_API_PREFIX}/daily-log.xlsx`,
  inquiryAnalysis: `${CONSOLE_API_PREFIX}/inquiries/analysis`,
  analysisMarks: `${CONSOLE_API_PREFIX}/inquiries/marks`,
  phraseUsage: `${CONSOLE_API_PREFIX}/phrases/usage`,
  escalations: `${CONSOLE_API_PREFIX}/escalations`,
  agents: `${CONSOLE_API_PREFIX}/agents`,
  /** Fastify route pattern; build a request path with agentRolePath. */
  agentRole: `${CONSOLE_API_PREFIX}/agents/:code/role`,
  /** Fastify route pattern; build a request path with agentPositionPath. */
  agentPosition: `${CONSOLE_API_PREFIX}/agents/:code/position`,
  /** Fastify route pattern; build a request path with revokeTokenPath. */
  revokeToken: `${CONSOLE_API_PREFIX}/tokens/:id/revoke`,
} as const;

export const agentRolePath = (code: string) =>
  `${CONSOLE_API_PREFIX}/agents/${encodeURIComponent(code)}/role`;
export const agentPositionPath = (code: string) =>
  `${CONSOLE_API_PREFIX}/agents/${encodeURIComponent(code)}/position`;
export const revokeTokenPath = (tokenId: string) =>
  `${CONSOLE_API_PREFIX}/tokens/${encodeURIComponent(tokenId)}/revoke`;

/** The header every POST but sign-in carries, with the csrfToken of the session's answer. */
export const CSRF_HEADER = 'x-csrf-token';
/** The session cookie's name (HttpOnly: the page never reads it, the browser sends it). */
export const SESSION_COOKIE = 'kefu_console';
/** A session lasts this long from sign-in; then the console asks for the token again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** An agent counts as online when their desk synced within this window (desks sync every 30 s). */
export const ONLINE_WINDOW_MS = 2 * 60 * 1000;
/** The longest range 日报 and 询单分析 answer, in days. */
export const MAX_CONSOLE_RANGE_DAYS = 92;
/** 今日团队 is meant to be re-fetched at least this often. */
export const TEAM_REFRESH_MS = 30_000;

export const CONSOLE_ROLES = ['agent', 'supervisor', 'admin'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * Every refusal is `{ error: { code, messageKey, message, details? } }`. `messageKey` is what the
 * console shows, localised under the `console.` namespace of locales/ (zh-CN and en-US);
 * `message` is English for logs and operators; `details.field` names a bad query or body field.
 *
 * - console.error.badRequest         400 a query or body field is wrong (details.field, details.issue)
 * - console.error.rangeTooLong       400 from–to longer than MAX_CONSOLE_RANGE_DAYS (details.maxDays)
 * - console.error.rangeBackwards     400 `to` is before `from`
 * - console.error.signInFailed       401 the token is unknown, revoked, or its agent disabled
 * - console.error.notSignedIn        401 no session, or it expired, was ended or its token revoked
 * - console.error.supervisorsOnly    403 仅限主管: an agent's token; the console answers no data
 * - console.error.adminOnly          403 a supervisor asked for an admin action (read-only for them)
 * - console.error.csrf               403 the CSRF_HEADER header is missing or wrong
 * - console.error.crossSite          403 the request came from another site (Sec-Fetch-Site / Origin)
 * - console.error.ownRole            409 an admin may not change their own role (no lock-out)
 * - console.error.agentCodeTaken     409 工号 already exists in the shop
 * - console.error.agentNotFound      404 no agent with that 工号 in the shop
 * - console.error.tokenNotFound      404 no token with that id in the shop
 * - console.error.notFound           404 no such console endpoint
 * - console.error.rateLimited        429 too many failed sign-ins or requests (details.retryAfterMs)
 * - console.error.internal           500 the server failed; it has been logged
 */
export const CONSOLE_ERROR_KEYS = {
  badRequest: 'console.error.badRequest',
  rangeTooLong: 'console.error.rangeTooLong',
  rangeBackwards: 'console.error.rangeBackwards',
  signInFailed: 'console.error.signInFailed',
  notSignedIn: 'console.error.notSignedIn',
  supervisorsOnly: 'console.error.supervisorsOnly',
  adminOnly: 'console.error.adminOnly',
  csrf: 'console.error.csrf',
  crossSite: 'console.error.crossSite',
  ownRole: 'console.error.ownRole',
  agentCodeTaken: 'console.error.agentCodeTaken',
  agentNotFound: 'console.error.agentNotFound',
  tokenNotFound: 'console.error.tokenNotFound',
  notFound: 'console.error.notFound',
  rateLimited: 'console.error.rateLimited',
  internal: 'console.error.internal',
} as const;
export type ConsoleErrorCode = keyof typeof CONSOLE_ERROR_KEYS;
export type ConsoleMessageKey = (typeof CONSOLE_ERROR_KEYS)[ConsoleErrorCode];

export const CONSOLE_ERROR_STATUS: Record<ConsoleErrorCode, number> = {
  badRequest: 400,
  rangeTooLong: 400,
  rangeBackwards: 400,
  signInFailed: 401,
  notSignedIn: 401,
  supervisorsOnly: 403,
  adminOnly: 403,
  csrf: 403,
  crossSite: 403,
  ownRole: 409,
  agentCodeTaken: 409,
  agentNotFound: 404,
  tokenNotFound: 404,
  notFound: 404,
  rateLimited: 429,
  internal: 500,
};

const errorCodes = Object.keys(CONSOLE_ERROR_KEYS) as [ConsoleErrorCode, ...ConsoleErrorCode[]];

export const consoleErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    messageKey: z.enum(Object.values(CONSOLE_ERROR_KEYS) as [ConsoleMessageKey, ...ConsoleMessageKey[]]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ConsoleError = z.infer<typeof consoleErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Shared pieces

const int = z.number().int();
const rate = z.number().nullable();
const day = z.iso.date({ error: 'must be a day as YYYY-MM-DD' });
const agentCode = z.string().trim().min(1).max(32);

/** from–to, both days inclusive, at most MAX_CONSOLE_RANGE_DAYS. */
export const dayRangeQuerySchema = z.strictObject({ from: day, to: day });

// ---------------------------------------------------------------------------------------------
// Session

export const signInRequestSchema = z.strictObject({ token: z.string().trim().min(1).max(200) });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** POST session and GET session: who is signed in, and the CSRF token for later POSTs. */
export const sessionResponseSchema = z.object({
  agent: z.object({ code: z.string(), name: z.string(), role: z.enum(['supervisor', 'admin']) }),
  shop: z.object({ name: z.string() }),
  csrfToken: z.string(),
  /** When the session ends (sign-in + 12 h). */
  expiresAt: int,
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const okResponseSchema = z.object({ ok: z.literal(true) });

// ---------------------------------------------------------------------------------------------
// 今日团队

/** `day` defaults to today on the shop's clock. */
export const teamTodayQuerySchema = z.strictObject({ day: day.optional() });

export const teamTodayRowSchema = z.object({
  agentCode: z.string(),
  name: z.string(),
  role: z.enum(CONSOLE_ROLES),
  /** Their token was used within ONLINE_WINDOW_MS. */
  online: z.boolean(),
  /**
   * The last use of their token (to the minute): a desk's sync, or a sign-in to this console;
   * null if it was never used.
   */
  lastSyncAt: int.nullable(),
  /** When the desk computed the figures below (its daily log); null: no log for the day yet. */
  logComputedAt: int.nullable(),
  checklist: z.object({
    checked: int,
    total: int,
    /** The step checked last today, with its time; null before the first check. */
    lastStep: z
      .object({ stepKey: z.string(), titleZh: z.string(), titleEn: z.string(), checkedAt: int })
      .nullable(),
  }),
  /** 询单 / 成交 / 转化率 */
  inquiries: int,
  converted: int,
  conversionRate: rate,
  /** 客单价 in fen. */
  averageOrderValueFen: int.nullable(),
  /** 平均响应用时 in seconds and the share answered within 15 s. */
  averageResponseSeconds: z.number().nullable(),
  within15sRate: rate,
  /**
   * 早会: the day's published briefing and when the agent read it (`readAt` null: 未读); null when
   * the day had no briefing or the desk's log has not reached the server. Only shown: an agent
   * who has not read it is not behind.
   */
  briefing: z.object({ readAt: int.nullable() }).nullable(),
  overdueTasks: int,
  /** Open 投诉 and 中差评 tasks the agent created (team rows, by owner). */
  complaintsOpen: int,
  badReviewsOpen: int,
  /**
   * Behind the SOP clock: a checklist step anchored to a time (催付 an hour before 截单时间) is
   * past that time on the shop's clock and not checked. `behindSteps` names them.
   */
  behind: z.boolean(),
  behindSteps: z.array(
    z.object({ stepKey: z.string(), titleZh: z.string(), titleEn: z.string(), anchorTime: z.string() }),
  ),
});
export type TeamTodayRow = z.infer<typeof teamTodayRowSchema>;

export const teamTodayResponseSchema = z.object({
  day: z.iso.date(),
  shopName: z.string(),
  /** The shop's IANA time zone as the desks' logs carry it. */
  timeZone: z.string(),
  generatedAt: int,
  agents: z.array(teamTodayRowSchema),
  totals: z.object({
    agents: int,
    online: int,
    behind: int,
    inquiries: int,
    converted: int,
    conversionRate: rate,
    convertedOrders: int,
    convertedPaidFen: int,
    averageOrderValueFen: int.nullable(),
    timedQuestions: int,
    averageResponseSeconds: z.number().nullable(),
    within15sRate: rate,
    /** Agents who read the day's briefing. */
    briefingRead: int,
    overdueTasks: int,
    /** The shop's open complaints and bad-review tasks, each counted once. */
    complaintsOpen: int,
    badReviewsOpen: int,
  }),
});
export type TeamTodayResponse = z.infer<typeof teamTodayResponseSchema>;

/** GET team/report.xlsx: the team's 日报 of one day (团队日报 sheet, as GET /v1/reports/team). */
export const teamReportXlsxQuerySchema = z.strictObject({ day: day });

// ---------------------------------------------------------------------------------------------
// 日报

/** One agent, `from`–`to`; the answer is the desk's DailyReport for those days plus who. */
export const dailyLogQuerySchema = z.strictObject({ agent: agentCode, from: day, to: day });

export const dailyLogResponseSchema = z.object({
  agent: z.object({ code: z.string(), name: z.string() }),
  /** The days whose log reached the server, oldest first: the payload the desk computed. */
  logs: z.array(dailyLogSchema),
  /** Their sums (the desk's summarise): rates from the sums. */
  summary: dailySummarySchema,
  /** Days of the range without a log on the server (the desk was not used or has not synced). */
  missingDays: z.array(z.iso.date()),
});
export type DailyLogResponse = z.infer<typeof dailyLogResponseSchema>;

export const dailyLogXlsxQuerySchema = dailyLogQuerySchema;

// ---------------------------------------------------------------------------------------------
// 询单分析

/** `marked`: a day the supervisor changed something (改了详情页); before/after compares around it. */
export const inquiryAnalysisQuerySchema = z.strictObject({ from: day, to: day, marked: day.optional() });

const conversion = { inquiries: int, converted: int, lost: int, rate };

export const inquiryAnalysisResponseSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  timeZone: z.string(),
  /** Conversion per agent per day (days without inquiries left out), by day then 工号. */
  byAgentDay: z.array(
    z.object({ agentCode: z.string(), name: z.string(), day: z.iso.date(), ...conversion }),
  ),
  /** Lost inquiries by reason (价格/服务/缺货/其他), every reason present; `none`: lost without a reason. */
  lossReasons: z.array(z.object({ reason: z.enum([...LOSS_REASONS, 'none']), count: int })),
  /**
   * Per product (the inquiry's product as typed, trimmed; '' = none given): worst conversion
   * first, then most inquiries. `mainLossReason`: the commonest reason among its lost ones.
   */
  products: z.array(
    z.object({
      product: z.string(),
      ...conversion,
      mainLossReason: z.enum(LOSS_REASONS).nullable(),
    }),
  ),
  /**
   * Returning customers (a paid order before the range, or inquiries on 2+ days) who asked in the
   * range and bought nothing: their inquiries, last one, and its loss reason. Most inquiries first,
   * at most 200.
   */
  returningNotBought: z.array(
    z.object({
      customerId: z.string(),
      buyerNick: z.string().nullable(),
      inquiries: int,
      lastInquiredAt: int,
      lastLossReason: z.enum(LOSS_REASONS).nullable(),
      lastAgentCode: z.string().nullable(),
      earlierPaidOrders: int,
    }),
  ),
  /**
   * Returns registered in the range by reason (as typed; '' = none given), with refunds; 退款率 =
   * refunds ÷ paid amount of the orders paid in the range (null when nothing was paid).
   */
  returns: z.object({
    registered: int,
    refundFen: int,
    paidFen: int,
    refundRate: rate,
    byReason: z.array(z.object({ reason: z.string(), count: int, refundFen: int })),
  }),
  /** Before = the same number of days before `marked` as after it (marked..to), capped to the range's length. */
  beforeAfter: z
    .object({
      marked: z.iso.date(),
      before: z.object({ from: z.iso.date(), to: z.iso.date(), ...conversion }),
      after: z.object({ from: z.iso.date(), to: z.iso.date(), ...conversion }),
    })
    .nullable(),
});
export type InquiryAnalysisResponse = z.infer<typeof inquiryAnalysisResponseSchema>;

/** The longest note on a marked day (what changed: 改了详情页, 主图换成白底). */
export const MARK_NOTE_MAX = 60;

/** The shop's marked days, newest first, with who marked each (every supervisor sees them). */
export const analysisMarksResponseSchema = z.object({
  marks: z.array(
    z.object({
      day: z.iso.date(),
      note: z.string(),
      markedBy: z.object({ code: z.string(), name: z.string() }),
      markedAt: z.number().int(),
    }),
  ),
});
export type AnalysisMarksResponse = z.infer<typeof analysisMarksResponseSchema>;

/** Marks a day (replacing its note); an empty note removes the mark. */
export const saveAnalysisMarkRequestSchema = z.strictObject({
  day,
  note: z.string().trim().max(MARK_NOTE_MAX),
});
export type SaveAnalysisMarkRequest = z.infer<typeof saveAnalysisMarkRequestSchema>;

// ---------------------------------------------------------------------------------------------
// 话术

export const phraseUsageQuerySchema = z.strictObject({ from: day, to: day });

export const phraseUsageResponseSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Uses (pastes and copies) in the range, and how many came from a suggested reply (推荐话术). */
  totals: z.object({ uses: int, suggestionsPicked: int, suggestionRate: rate }),
  /** The 50 most used team phrases in the range. */
  mostUsed: z.array(
    z.object({
      phraseId: z.string(),
      title: z.string(),
      groupName: z.string(),
      uses: int,
      agents: int,
      suggestionsPicked: int,
    }),
  ),
  /** Team phrases no one used in the 30 days up to `to` (at most 200, by group then title). */
  unusedIn30Days: z.array(
    z.object({ phraseId: z.string(), title: z.string(), groupName: z.string(), lastUsedAt: int.nullable() }),
  ),
  byAgent: z.array(
    z.object({
      agentCode: z.string(),
      name: z.string(),
      uses: int,
      distinctPhrases: int,
      suggestionsPicked: int,
      suggestionRate: rate,
    }),
  ),
});
export type PhraseUsageResponse = z.infer<typeof phraseUsageResponseSchema>;

// ---------------------------------------------------------------------------------------------
// 升级 (read-only: answers are given on the desk, where the sync's column rules apply)

export const ESCALATION_STATUSES = SYNC_COLUMNS.escalations.status.enum;
export const ESCALATION_SOURCE_KINDS = SYNC_COLUMNS.escalations.source_kind.enum;
/** The most cases one answer lists (the totals count them all). */
export const ESCALATION_LIST_LIMIT = 500;

/** Cases escalated from–to (days on the shop's clock), the list optionally of one status. */
export const escalationsQuerySchema = z.strictObject({
  from: day,
  to: day,
  status: z.enum(ESCALATION_STATUSES).optional(),
});

export const escalationsResponseSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Every case escalated in the range, by where it stands now; the median time to a first answer. */
  totals: z.object({
    opened: int,
    open: int,
    answered: int,
    takenOver: int,
    closed: int,
    medianFirstAnswerMs: int.nullable(),
  }),
  /** Open first, then answered, taken over and closed; oldest first within each. */
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(ESCALATION_STATUSES),
      sourceKind: z.enum(ESCALATION_SOURCE_KINDS),
      /** The agent who escalated; null when the agent is no longer on record. */
      agentCode: z.string().nullable(),
      agentName: z.string().nullable(),
      orderNo: z.string().nullable(),
      buyerNick: z.string(),
      reason: z.string(),
      buyerWants: z.string(),
      answer: z.string().nullable(),
      escalatedAt: int,
      firstAnswerAt: int.nullable(),
      closedAt: int.nullable(),
      /** From escalation to the supervisor's first answer or take-over. */
      firstAnswerMs: int.nullable(),
    }),
  ),
});
export type EscalationsResponse = z.infer<typeof escalationsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// 客服与令牌 (admins change; supervisors read)

export const agentsResponseSchema = z.object({
  /** Whether the signed-in agent may change agents and tokens (admins). */
  canManage: z.boolean(),
  agents: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      role: z.enum(CONSOLE_ROLES),
      /** 岗位 售前 / 售后 / 订单专员, set by supervisors and admins; null until set. */
      position: z.enum(POSITIONS).nullable(),
      disabled: z.boolean(),
      createdAt: int,
      /** The last time any of their tokens was used (to the minute). */
      lastSeenAt: int.nullable(),
      tokens: z.array(
        z.object({ id: z.string(), createdAt: int, lastUsedAt: int.nullable(), revokedAt: int.nullable() }),
      ),
    }),
  ),
  /** The latest admin actions of the shop, newest first (at most 100). */
  audit: z.array(
    z.object({
      at: int,
      actorCode: z.string(),
      action: z.enum(['createAgent', 'changeRole', 'changePosition', 'revokeToken']),
      target: z.string(),
      detail: z.string(),
    }),
  ),
});
export type AgentsResponse = z.infer<typeof agentsResponseSchema>;

export const createAgentRequestSchema = z.strictObject({
  code: agentCode,
  name: z.string().trim().min(1).max(64),
  role: z.enum(CONSOLE_ROLES),
});
export type CreateAgentRequest = z.infer<typeof createAgentRequestSchema>;
/** The token is in this answer only; the server keeps its hash. */
export const createAgentResponseSchema = z.object({
  code: z.string(),
  tokenId: z.string(),
  token: z.string(),
});

export const changeRoleRequestSchema = z.strictObject({ role: z.enum(CONSOLE_ROLES) });
export const changeRoleResponseSchema = z.object({ code: z.string(), role: z.enum(CONSOLE_ROLES) });

/** 岗位: supervisors and admins set it (null clears it); audited as the role changes are. */
export const changePositionRequestSchema = z.strictObject({ position: z.enum(POSITIONS).nullable() });
export const changePositionResponseSchema = z.object({
  code: z.string(),
  position: z.enum(POSITIONS).nullable(),
});

export const revokeTokenResponseSchema = z.object({ revoked: int });
