/**
 * The daily log (日报): one agent's days from `from` to `to` (at most 31) with their summary,
 * and the same as a file (XLSX, CSV or JSON) the renderer downloads in Electron and the web host
 * alike. Without `agentCode`, the signed-in agent; naming another agent is for supervisors.
 */
import {
  dailyReportInputSchema,
  dailyReportSchema,
  reportExportInputSchema,
} from '../../core/reports/daily-log-schema';
import { fileOutput, method, type MethodSpec } from '../contract-kit';
import type { REPORT_METHODS } from './report-methods';

export const reportContract = {
  'reports.daily': method(dailyReportInputSchema, dailyReportSchema),
  'reports.export': method(reportExportInputSchema, fileOutput),
} satisfies Record<(typeof REPORT_METHODS)[number], MethodSpec>;
