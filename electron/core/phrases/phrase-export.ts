/**
 * Writes the phrase library as CSV, XLSX or JSON bytes. CSV and XLSX are for people (headers and
 * stage/scope words in the UI language, laid out for Excel); JSON is for machines and backups
 * (canonical English values, versioned). Each format reads back through the import unchanged.
 */
import type { Language } from '../../../db/enums';
import type { PhraseFileFormat } from './phrase-file-read';
import { SCOPE_LABELS_ZH, STAGE_LABELS_ZH, type PhraseScope, type PhraseStage } from './phrase-import-plan';

export interface ExportGroup {
  name: string;
  stage: string;
  scope: string;
  phrases: { shortcut: string; title: string; body: string; tags: string[]; questions: string[] }[];
}

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

/** 买家问题 comes last: a tool reading the older columns by position still finds them. */
const HEADERS: Record<Language, readonly string[]> = {
  'zh-CN': ['分组', '快捷编码', '标题', '短语内容', '标签', '阶段', '范围', '买家问题'],
  'en-US': ['Group', 'Shortcut', 'Title', 'Content', 'Tags', 'Stage', 'Scope', 'Questions'],
};
const CONTENT_COLUMN = 3;

const BASE_NAME: Record<Language, string> = { 'zh-CN': '短语库', 'en-US': 'Phrases' };
/** What a person would type between tags in either language; the import splits on both. */
const TAG_SEPARATOR: Record<Language, string> = { 'zh-CN': '、', 'en-US': ', ' };
/** Questions hold commas and spaces themselves; the import splits them on `|` alone. */
const QUESTION_SEPARATOR = ' | ';

/** A `|` typed inside one question would split it in two on the way back in. */
const questionCell = (questions: readonly string[]): string =>
  questions.map((question) => question.replaceAll('|', '/')).join(QUESTION_SEPARATOR);

const MIME_TYPES: Record<PhraseFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

function stageText(stage: string, language: Language): string {
  return language === 'zh-CN' ? (STAGE_LABELS_ZH[stage as PhraseStage] ?? stage) : stage;
}

function scopeText(scope: string, language: Language): string {
  return language === 'zh-CN' ? (SCOPE_LABELS_ZH[scope as PhraseScope] ?? scope) : scope;
}

function tableRows(groups: readonly ExportGroup[], language: Language): string[][] {
  return groups.flatMap((group) =>
    group.phrases.map((phrase) => [
      group.name,
      phrase.shortcut,
      phrase.title,
      phrase.body,
      phrase.tags.join(TAG_SEPARATOR[language]),
      stageText(group.stage, language),
      scopeText(group.scope, language),
      questionCell(phrase.questions),
    ]),
  );
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** UTF-8 with a BOM and CRLF: without the BOM, Chinese Excel opens UTF-8 CSV as GBK mojibake. */
function toCsv(groups: readonly ExportGroup[], language: Language): Uint8Array {
  const lines = [HEADERS[language], ...tableRows(groups, language)].map((cells) =>
    cells.map(csvField).join(','),
  );
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * Excel column widths count in Latin characters; CJK ideographs, kana, hangul, full-width forms
 * and emoji take about two.
 */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

function displayWidth(text: string): number {
  const lineWidth = (line: string): number =>
    Array.from(line).reduce((width, char) => width + (WIDE_CHAR.test(char) ? 2 : 1), 0);
  return Math.max(0, ...text.split(/\r?\n/).map(lineWidth));
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 30;
/** Long replies wrap inside a wide content column rather than stretching it off screen. */
const MAX_CONTENT_WIDTH = 60;
const HEADER_FILL = 'FFDDEBF7';

async function toXlsx(groups: readonly ExportGroup[], language: Language): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(BASE_NAME[language], { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = HEADERS[language];
  const rows = tableRows(groups, language);
  sheet.columns = headers.map((header, index) => {
    const widest = Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[index] ?? '')));
    const max = index === CONTENT_COLUMN ? MAX_CONTENT_WIDTH : MAX_COLUMN_WIDTH;
    return { header, width: Math.min(max, Math.max(MIN_COLUMN_WIDTH, widest + 2)) };
  });
  sheet.addRows(rows);
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle' };
  });
  sheet.getColumn(CONTENT_COLUMN + 1).eachCell({ includeEmpty: false }, (cell, rowNumber) => {
    if (rowNumber > 1) cell.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function toJson(groups: readonly ExportGroup[]): Uint8Array {
  const document = {
    version: 1,
    groups: groups.map((group) => ({
      name: group.name,
      stage: group.stage,
      scope: group.scope,
      phrases: group.phrases.map(({ shortcut, title, body, tags, questions }) => ({
        shortcut,
        title,
        body,
        tags,
        questions,
      })),
    })),
  };
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
}

export async function exportPhrases(
  groups: readonly ExportGroup[],
  format: PhraseFileFormat,
  language: Language,
): Promise<ExportedFile> {
  const bytes =
    format === 'xlsx'
      ? await toXlsx(groups, language)
      : format === 'csv'
        ? toCsv(groups, language)
        : toJson(groups);
  const baseName = language === 'zh-CN' ? BASE_NAME[language] : 'phrases';
  return { bytes, fileName: `${baseName}.${format}`, mimeType: MIME_TYPES[format] };
}
