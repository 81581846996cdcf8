/** The daily report as a file: XLSX, CSV or JSON, named and worded in the UI language. */
import type { Language } from '../../../db/enums';
import { createTranslator } from '../i18n/translator';
import { dailyLogCsv } from './daily-log-csv';
import type { DailyReport, ReportFormat } from './daily-log-schema';
import { dailyLogSections } from './daily-log-sections';
import { dailyLogXlsx } from './daily-log-xlsx';

export interface ReportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const MIME_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export async function exportDailyReport(
  report: DailyReport,
  options: { format: ReportFormat; language: Language; timeZone: string; agentCode: string },
): Promise<ReportFile> {
  const { t } = createTranslator(options.language);
  const translate = (key: string) => t(key);
  const { from, to } = report.summary;
  const span = from === to ? from : `${from}_${to}`;
  const fileName = `${t('reports.fileName')}-${options.agentCode}-${span}.${options.format}`;
  const sections = () => dailyLogSections(report.logs, report.summary, translate, options.language);
  const bytes =
    options.format === 'json'
      ? new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`)
      : options.format === 'csv'
        ? dailyLogCsv(sections(), options.timeZone)
        : await dailyLogXlsx(sections(), options.timeZone);
  return { fileName, mimeType: MIME_TYPES[options.format], bytes };
}
