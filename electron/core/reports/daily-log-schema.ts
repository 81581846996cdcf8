/**
 * The daily log's contract on the desk: the log itself is common/reports/daily-log-schema.ts
 * (the central server's console reads the same payload); the report's inputs are the desk's own.
 */
import { z } from 'zod';
import { dayInputSchema } from '../customers/local-day';
import { AGENT_CODE_PATTERN } from '../settings/settings-schema';
import { REPORT_FORMATS } from './report-formats';

export {
  DAILY_LOG_SCHEMA_VERSION,
  dailyFiguresSchema,
  dailyLogSchema,
  dailyReportSchema,
  dailySummarySchema,
  inquiryFiguresSchema,
  responseFiguresSchema,
  taskTallySchema,
  type DailyFigures,
  type DailyLog,
  type DailyReport,
  type DailySummary,
  type InquiryFigures,
  type ResponseFigures,
  type TaskTally,
} from '../../../common/reports/daily-log-schema';

export const MAX_REPORT_DAYS = 31;
const DAY_MS = 86_400_000;

const rangeInput = z
  .object({
    /** 工号 of the agent; the signed-in agent when left out. */
    agentCode: z.string().trim().regex(AGENT_CODE_PATTERN, 'validation.agentCode.format').optional(),
    from: dayInputSchema,
    to: dayInputSchema,
  })
  .strict();

const checkRange = (value: { from: string; to: string }, ctx: z.RefinementCtx) => {
  const days = (Date.parse(value.to) - Date.parse(value.from)) / DAY_MS + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.report.range' });
  else if (days > MAX_REPORT_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.report.rangeTooLong' });
};

export const dailyReportInputSchema = rangeInput.superRefine(checkRange);

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportExportInputSchema = rangeInput
  .extend({ format: z.enum(REPORT_FORMATS, { error: 'validation.report.format' }) })
  .strict()
  .superRefine(checkRange);

export type DailyReportInput = z.output<typeof dailyReportInputSchema>;
export type ReportExportInput = z.output<typeof reportExportInputSchema>;
