/**
 * Reads an order file (CSV in any encoding the platforms write, or XLSX) into a header and raw
 * records with Excel's row numbers. A month's export can hold 100,000 orders, so decoding and CSV
 * parsing go piece by piece with a yield between pieces, and the records under the header are
 * handed over a piece at a time: each piece is read into orders and let go before the next is
 * parsed, instead of 100,000 records of 40 cells all living at once.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '../app-error';
import { decodeText, type TextEncodingName } from '../phrases/text-decoding';
import { readCsvRecords } from './csv-records';
import { isKnownHeader } from './order-import-fields';
import type { OrderRowProblem } from './order-row-read';
import { yieldToLoop } from './yield-to-loop';

export type OrderFileFormat = 'csv' | 'xlsx';

export interface OrderTableRecord {
  row: number;
  cells: string[];
}

export interface OrderTable {
  format: OrderFileFormat;
  encoding?: TextEncodingName;
  headerRow: number;
  /** As written in the file, untrimmed: the mapping step shows them trimmed. */
  headers: string[];
  /** The filled records under the header, in pieces; read them once. */
  body: AsyncIterable<OrderTableRecord[]>;
  /** The file's own problems; reading the body adds one when a quote is never closed. */
  problems: OrderRowProblem[];
}

/** Bytes decoded per step, and CSV records read per step (a few milliseconds each). */
const DECODE_PIECE = 1 << 20;
const PARSE_RECORDS = 2000;
/** How far down a header is looked for, past title lines some tools add. */
const HEADER_SEARCH_ROWS = 5;
const LF = 0x0a;

const fileProblem = (key: string, row = 0): OrderRowProblem => ({
  row,
  column: null,
  messageKey: `validation.orderImport.${key}`,
  params: {},
});

function formatOf(fileName: string, bytes: Uint8Array): OrderFileFormat | null {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  return bytes.subarray(0, 4096).includes(0) ? null : 'csv';
}

/**
 * The encoding is decided by the phrase importer's rule (BOM, else strict UTF-8, else GBK) on
 * the first lines: cutting after a line feed never splits a character in UTF-8 or GBK.
 */
function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  const head = bytes.subarray(0, DECODE_PIECE);
  const lastLf = head.lastIndexOf(LF);
  return decodeText(lastLf > 0 && bytes.length > head.length ? head.subarray(0, lastLf + 1) : head).encoding;
}

/**
 * GBK and GB18030 are WHATWG encodings, so the runtime's own TextDecoder reads them (natively,
 * several times faster than a JavaScript decoder) and, like UTF-8, in streamed pieces.
 */
async function decodeInPieces(bytes: Uint8Array): Promise<{ text: string; encoding: TextEncodingName }> {
  const sniffed = sniffEncoding(bytes);
  const decodeAll = async (decoder: TextDecoder, body: Uint8Array) => {
    const pieces: string[] = [];
    for (let at = 0; at < body.length; at += DECODE_PIECE) {
      pieces.push(decoder.decode(body.subarray(at, at + DECODE_PIECE), { stream: true }));
      await yieldToLoop();
    }
    pieces.push(decoder.decode());
    return pieces.join('');
  };
  if (sniffed !== 'gbk') {
    try {
      const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: sniffed === 'utf-8' });
      return {
        text: await decodeAll(decoder, sniffed === 'utf-8-bom' ? bytes.subarray(3) : bytes),
        encoding: sniffed,
      };
    } catch {
      // Valid UTF-8 at the top, GBK further down (a sheet pasted together): read it all as GBK.
    }
  }
  return { text: await decodeAll(new TextDecoder('gb18030'), bytes), encoding: 'gbk' };
}

const isFilled = ({ cells }: OrderTableRecord) => cells.some((cell) => cell.trim() !== '');

/** A table with no header: nothing under it to read. */
function headerless(
  format: OrderFileFormat,
  problem: OrderRowProblem,
  encoding?: TextEncodingName,
): OrderTable {
  return {
    format,
    ...(encoding ? { encoding } : {}),
    headerRow: 0,
    headers: [],
    body: (async function* () {})(),
    problems: [problem],
  };
}

/**
 * The header is the early row naming the most fields we know; a data cell that happens to read
 * like a header ("paid") does not make a row one, so a single match is not enough. `head` holds
 * the file's first filled records (at least HEADER_SEARCH_ROWS of them when the file has so many);
 * `rest` yields the filled records after those and may add a problem when done; a header with
 * nothing under it makes the file empty.
 */
function toTable(
  format: OrderFileFormat,
  head: OrderTableRecord[],
  rest: (problems: OrderRowProblem[]) => AsyncGenerator<OrderTableRecord[]>,
  encoding?: TextEncodingName,
): OrderTable {
  const known = head.slice(0, HEADER_SEARCH_ROWS).map(({ cells }) => cells.filter(isKnownHeader).length);
  const best = Math.max(0, ...known);
  const headerIndex = best >= 2 ? known.indexOf(best) : 0;
  const header = head[headerIndex];
  if (!header) return headerless(format, fileProblem('empty'), encoding);
  const problems: OrderRowProblem[] = [];
  async function* body(): AsyncGenerator<OrderTableRecord[]> {
    const first = head.slice(headerIndex + 1);
    let records = first.length;
    yield first;
    for await (const piece of rest(problems)) {
      records += piece.length;
      yield piece;
    }
    // A file broken right under its header is unreadable, not empty.
    if (records === 0 && problems.length === 0) problems.push(fileProblem('empty'));
  }
  return {
    format,
    ...(encoding ? { encoding } : {}),
    headerRow: header.row,
    headers: header.cells,
    body: body(),
    problems,
  };
}

async function readCsv(bytes: Uint8Array): Promise<OrderTable> {
  const { text, encoding } = await decodeInPieces(bytes);
  let at = 0;
  let records = 0;
  let brokenRow: number | null = null;
  /** The next piece's filled records, numbered as Excel shows them; null at the end. */
  const nextPiece = (): OrderTableRecord[] | null => {
    if (at >= text.length || brokenRow !== null) return null;
    const step = readCsvRecords(text, at, PARSE_RECORDS);
    const piece = step.records.map((cells, index) => ({ row: records + index + 1, cells }));
    records += step.records.length;
    if (step.unclosedQuote) brokenRow = records + 1;
    at = step.next;
    return piece.filter(isFilled);
  };
  const head: OrderTableRecord[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const piece = nextPiece();
    if (!piece) break;
    head.push(...piece);
    await yieldToLoop();
  }
  if (brokenRow !== null && head.length === 0) {
    return headerless('csv', fileProblem('unreadable', brokenRow), encoding);
  }
  return toTable(
    'csv',
    head,
    async function* rest(problems) {
      for (let piece = nextPiece(); piece; piece = nextPiece()) {
        yield piece;
        await yieldToLoop();
      }
      if (brokenRow !== null) problems.push(fileProblem('unreadable', brokenRow));
    },
    encoding,
  );
}

/**
 * A number cell as Excel shows it, to 15 significant digits: a formula's 59.699999999999996 reads
 * 59.7. A longer integer (a 19-digit Taobao order number typed as a number) lost its tail when
 * Excel stored it, so it is given in exponent form, which no field accepts, rather than as a
 * plausible wrong number.
 */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) return value.toExponential();
  return String(Number(value.toPrecision(15)));
}

/** Excel stores dates as wall-clock numbers that exceljs hands over as UTC: read them back as wall time. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'number') return numberText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<OrderTable> {
  // Loaded on first use: most imports are CSV, and the library is large to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return headerless('xlsx', fileProblem('unreadable'));
  }
  const records: OrderTableRecord[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1)
      cells.push(cellText(row.getCell(column).value));
    records.push({ row: rowNumber, cells });
  });
  // The workbook is in memory already: one piece.
  return toTable('xlsx', records.filter(isFilled), async function* () {});
}

export async function readOrderTable(fileName: string, bytes: Uint8Array): Promise<OrderTable> {
  const format = formatOf(fileName, bytes);
  if (format === null) {
    throw new AppError('import.unsupportedFormat', 'validation.orderImport.unsupportedFormat', { fileName });
  }
  if (bytes.length === 0) return headerless(format, fileProblem('empty'));
  return format === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
}
