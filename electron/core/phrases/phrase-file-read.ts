/**
 * Reads a phrase file (CSV, XLSX or JSON) into plain rows of text, recording what it cannot read
 * as problems with the row (and column) the user sees in Excel. It decides nothing about the
 * library: validation and dedupe belong to the import plan, so the same rows serve the dry run
 * and the write.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { AppError } from '../app-error';
import type { PhraseFileFormatName } from './phrase-file-format';
import { decodeText } from './text-decoding';
import { cleanStrings, cleanText } from '../../../common/text/stored-text';

export type PhraseFileFormat = PhraseFileFormatName;

export type PhraseField = 'group' | 'shortcut' | 'body' | 'title' | 'tags' | 'stage' | 'scope' | 'questions';

export interface PhraseFileRow {
  row: number;
  group: string;
  shortcut: string;
  body: string;
  title: string;
  tags: string[];
  stage: string;
  scope: string;
  /** 买家问题: example buyer questions; files from before the column have none. */
  questions: string[];
}

/** `row` 0 means the file as a whole (it could not be read at all, or holds nothing). */
export interface PhraseFileProblem {
  row: number;
  column: string | null;
  messageKey: string;
  params: Record<string, unknown>;
}

export interface PhraseFileRead {
  format: PhraseFileFormat;
  encoding?: string;
  rows: PhraseFileRow[];
  problems: PhraseFileProblem[];
  /** Each field's column as the user named it in the file, so later problems can point at it. */
  columns: Partial<Record<PhraseField, string>>;
}

/**
 * Header names people actually use, compared after `headerKey`: our own export in both languages,
 * Qianniu's 快捷短语 sheet (分组名称 / 快捷短语 / 快捷编码) and the usual synonyms.
 */
const HEADER_ALIASES: Record<PhraseField, readonly string[]> = {
  group: ['分组', '分组名称', '分组名', '组名', '短语分组', 'group', 'groupname'],
  shortcut: ['快捷编码', '编码', '快捷码', '短语编码', 'shortcut', 'code', 'shortcutcode'],
  body: [
    '短语内容',
    '内容',
    '话术',
    '短语',
    '快捷短语',
    '快捷短语内容',
    '回复内容',
    'content',
    'body',
    'text',
    'phrase',
  ],
  title: ['标题', '短语标题', 'title'],
  tags: ['标签', 'tags', 'tag'],
  stage: ['阶段', 'stage'],
  scope: ['范围', '可见范围', 'scope'],
  questions: [
    '买家问题',
    '买家问题示例',
    '示例问题',
    '问题示例',
    'questions',
    'buyerquestions',
    'examplequestions',
  ],
};

const FIELD_BY_HEADER = new Map<string, PhraseField>(
  Object.entries(HEADER_ALIASES).flatMap(([field, names]) =>
    names.map((name) => [name, field as PhraseField] as const),
  ),
);

/** Shown when a required column is missing: the user may fix the file in either language. */
const REQUIRED_COLUMN_LABELS = {
  group: '分组 / group',
  shortcut: '快捷编码 / shortcut',
  body: '短语内容 / content',
} as const;

/** How far down a header is looked for, past title lines. */
const HEADER_SEARCH_ROWS = 5;

/** A Qianniu sheet without a recognisable header holds group, code and content in A, B, C. */
const POSITIONAL_FIELDS = ['group', 'shortcut', 'body'] as const;

/** Tags are typed by hand in one cell, with whatever separator the keyboard was on. */
const TAG_SEPARATORS = /[,，;；、\s]+/;

/**
 * Templates decorate headers ("短语内容*", "快捷编码（选填）", "Group Name"); none of that changes
 * which column it is.
 */
function headerKey(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s_-]/g, '')
    .toLowerCase();
}

function splitTags(text: string): string[] {
  return [...new Set(text.split(TAG_SEPARATORS).filter((tag) => tag !== ''))];
}

/**
 * Questions are sentences with commas and spaces of their own: one cell holds several separated
 * by `|` (or typed one per line inside the cell).
 */
const QUESTION_SEPARATORS = /[|\r\n]+/;

function splitQuestions(text: string): string[] {
  return [
    ...new Set(
      text
        .split(QUESTION_SEPARATORS)
        .map((q) => q.trim())
        .filter((q) => q !== ''),
    ),
  ];
}

/** A JSON list of strings (or numbers) as separate entries, trimmed, empty and repeated ones dropped. */
function jsonList(value: unknown[]): string[] {
  return [
    ...new Set(
      value
        .filter((item) => typeof item === 'string' || typeof item === 'number')
        .map((item) => String(item).trim())
        .filter((item) => item !== ''),
    ),
  ];
}

const fileProblem = (messageKey: string, params: Record<string, unknown> = {}): PhraseFileProblem => ({
  row: 0,
  column: null,
  messageKey,
  params,
});

const UNREADABLE = 'validation.import.unreadable';
const EMPTY = 'validation.import.empty';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const FORMAT_BY_EXTENSION: Record<string, PhraseFileFormat> = {
  csv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  json: 'json',
};

function firstMeaningfulByte(bytes: Uint8Array): number | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(start).find((byte) => ![0x20, 0x09, 0x0a, 0x0d].includes(byte));
}

/** Text without NUL bytes: anything else (an old .xls, an image) is not CSV. */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}

export function detectPhraseFileFormat(fileName: string, bytes: Uint8Array): PhraseFileFormat | null {
  const byExtension = FORMAT_BY_EXTENSION[extensionOf(fileName)];
  if (byExtension) return byExtension;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const first = firstMeaningfulByte(bytes);
  if (first === 0x5b || first === 0x7b) return 'json';
  return bytes.length > 0 && looksLikeText(bytes) ? 'csv' : null;
}

interface TableRow {
  row: number;
  cells: string[];
}

interface ColumnMap {
  indexOf: Partial<Record<PhraseField, number>>;
  names: Partial<Record<PhraseField, string>>;
  /** Whether the first row is a header (false: a header-less Qianniu sheet, data from row 1). */
  hasHeader: boolean;
}

/** Excel's name for a zero-based column index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function mapColumns(header: string[], headerRow: number): ColumnMap | PhraseFileProblem[] {
  const indexOf: ColumnMap['indexOf'] = {};
  const names: ColumnMap['names'] = {};
  header.forEach((cell, index) => {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (field && indexOf[field] === undefined) {
      indexOf[field] = index;
      names[field] = cell.trim();
    }
  });
  if (Object.keys(indexOf).length === 0 && header.length >= POSITIONAL_FIELDS.length) {
    POSITIONAL_FIELDS.forEach((field, index) => {
      indexOf[field] = index;
      names[field] = columnLetter(index);
    });
    return { indexOf, names, hasHeader: false };
  }
  const missing = (Object.keys(REQUIRED_COLUMN_LABELS) as (keyof typeof REQUIRED_COLUMN_LABELS)[]).filter(
    (field) => indexOf[field] === undefined,
  );
  if (missing.length > 0) {
    return missing.map((field) => ({
      row: headerRow,
      column: REQUIRED_COLUMN_LABELS[field],
      messageKey: 'validation.import.missingColumn',
      params: { column: REQUIRED_COLUMN_LABELS[field] },
    }));
  }
  return { indexOf, names, hasHeader: true };
}

function readTable(format: PhraseFileFormat, table: TableRow[], encoding?: string): PhraseFileRead {
  const base = { format, ...(encoding ? { encoding } : {}) };
  const filled = table.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  // Some tools put a title line ("快捷短语导出 2024-05-01") above the header.
  const headerIndex = Math.max(
    0,
    filled
      .slice(0, HEADER_SEARCH_ROWS)
      .findIndex(({ cells }) => cells.some((cell) => FIELD_BY_HEADER.has(headerKey(cell)))),
  );
  const header = filled[headerIndex];
  if (!header) return { ...base, rows: [], problems: [fileProblem(EMPTY)], columns: {} };
  const mapped = mapColumns(header.cells, header.row);
  if (Array.isArray(mapped)) return { ...base, rows: [], problems: mapped, columns: {} };
  const cell = (cells: string[], field: PhraseField): string => {
    const index = mapped.indexOf[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const rows = (mapped.hasHeader ? filled.slice(headerIndex + 1) : filled).map(
    ({ row, cells }): PhraseFileRow => ({
      row,
      group: cell(cells, 'group'),
      shortcut: cell(cells, 'shortcut'),
      body: cell(cells, 'body'),
      title: cell(cells, 'title'),
      tags: splitTags(cell(cells, 'tags')),
      stage: cell(cells, 'stage'),
      scope: cell(cells, 'scope'),
      questions: splitQuestions(cell(cells, 'questions')),
    }),
  );
  return { ...base, rows, problems: rows.length === 0 ? [fileProblem(EMPTY)] : [], columns: mapped.names };
}

function readCsv(bytes: Uint8Array): PhraseFileRead {
  const { text, encoding } = decodeText(bytes);
  let records: string[][];
  try {
    // Blank lines are kept as records so that record N is row N, as Excel numbers it; quoted
    // newlines stay inside their record. relax_quotes accepts hand-typed `亲"你好"` mid-field.
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const records = (error as { records?: unknown }).records;
    // `records` counts the records read before the failure, so the broken one is the next row.
    const row = typeof records === 'number' ? records + 1 : 0;
    return {
      format: 'csv',
      encoding,
      rows: [],
      problems: [{ row, column: null, messageKey: UNREADABLE, params: {} }],
      columns: {},
    };
  }
  return readTable(
    'csv',
    records.map((cells, index) => ({ row: index + 1, cells })),
    encoding,
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<PhraseFileRead> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip takes either); a copy is one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return { format: 'xlsx', rows: [], problems: [fileProblem(UNREADABLE)], columns: {} };
  }
  const sheet = workbook.worksheets[0];
  const table: TableRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      // Cleaned as CSV text is when decoded (text-decoding.ts).
      cells.push(cleanText(cellText(row.getCell(column).value)));
    }
    table.push({ row: rowNumber, cells });
  });
  return readTable('xlsx', table);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One JSON phrase with its group's fields merged in, and the row number the user counts. */
interface JsonItem {
  row: number;
  value: unknown;
}

function flattenGroups(groups: unknown[]): JsonItem[] | null {
  const items: JsonItem[] = [];
  for (const group of groups) {
    if (!isRecord(group) || !Array.isArray(group.phrases)) return null;
    for (const phrase of group.phrases) {
      const value = isRecord(phrase)
        ? { group: group.name, stage: group.stage, scope: group.scope, ...phrase }
        : phrase;
      items.push({ row: items.length + 1, value });
    }
  }
  return items;
}

function readJsonItems(items: JsonItem[], encoding: string): PhraseFileRead {
  const problems: PhraseFileProblem[] = [];
  const columns: PhraseFileRead['columns'] = {};
  const rows: PhraseFileRow[] = [];
  for (const { row, value } of items) {
    if (!isRecord(value)) {
      problems.push({ row, column: null, messageKey: UNREADABLE, params: {} });
      continue;
    }
    const fields: Partial<Record<PhraseField, unknown>> = {};
    for (const [key, fieldValue] of Object.entries(value)) {
      const field = FIELD_BY_HEADER.get(headerKey(key));
      if (field && !(field in fields)) {
        fields[field] = fieldValue;
        columns[field] ??= key;
      }
    }
    const text = (field: PhraseField): string => {
      const raw = fields[field];
      if (raw === undefined || raw === null) return '';
      if (typeof raw === 'object') {
        const column = columns[field] ?? field;
        problems.push({ row, column, messageKey: 'validation.import.notText', params: { column } });
        return '';
      }
      return String(raw).trim();
    };
    const { tags, questions } = fields;
    rows.push({
      row,
      group: text('group'),
      shortcut: text('shortcut'),
      body: text('body'),
      title: text('title'),
      // A JSON list already separates its tags: keep each whole, spaces included.
      tags: Array.isArray(tags) ? jsonList(tags) : splitTags(text('tags')),
      stage: text('stage'),
      scope: text('scope'),
      questions: Array.isArray(questions) ? jsonList(questions) : splitQuestions(text('questions')),
    });
  }
  // Keys are optional per object, so a column is missing only when no object names it; the
  // shortcut may be left out entirely (JSON written by hand rarely has codes for everything).
  const missing = (['group', 'body'] as const).filter((field) => rows.length > 0 && !columns[field]);
  problems.unshift(
    ...missing.map((field) => ({
      row: 1,
      column: REQUIRED_COLUMN_LABELS[field],
      messageKey: 'validation.import.missingColumn',
      params: { column: REQUIRED_COLUMN_LABELS[field] },
    })),
  );
  if (items.length === 0) problems.push(fileProblem(EMPTY));
  return { format: 'json', encoding, rows: missing.length > 0 ? [] : rows, problems, columns };
}

function readJson(bytes: Uint8Array): PhraseFileRead {
  const { text, encoding } = decodeText(bytes);
  const unreadable = (): PhraseFileRead => ({
    format: 'json',
    encoding,
    rows: [],
    problems: [fileProblem(UNREADABLE)],
    columns: {},
  });
  let data: unknown;
  try {
    // JSON escapes (\u0000) decode to the controls the raw text was cleaned of.
    data = cleanStrings(JSON.parse(text));
  } catch {
    return unreadable();
  }
  if (Array.isArray(data)) {
    return readJsonItems(
      data.map((value, index) => ({ row: index + 1, value })),
      encoding,
    );
  }
  if (!isRecord(data) || !Array.isArray(data.groups)) return unreadable();
  if (data.version !== undefined && data.version !== 1) {
    return {
      format: 'json',
      encoding,
      rows: [],
      problems: [fileProblem('validation.import.unsupportedVersion', { version: String(data.version) })],
      columns: {},
    };
  }
  const items = flattenGroups(data.groups);
  return items ? readJsonItems(items, encoding) : unreadable();
}

export async function readPhraseFile(fileName: string, bytes: Uint8Array): Promise<PhraseFileRead> {
  const format = detectPhraseFileFormat(fileName, bytes);
  if (bytes.length === 0) {
    return { format: format ?? 'csv', rows: [], problems: [fileProblem(EMPTY)], columns: {} };
  }
  if (format === null) {
    throw new AppError('import.unsupportedFormat', 'validation.import.unsupportedFormat', { fileName });
  }
  if (format === 'xlsx') return readXlsx(bytes);
  return format === 'json' ? readJson(bytes) : readCsv(bytes);
}
