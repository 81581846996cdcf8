/**
 * An order file read and checked: its header resolved to columns, every record under it read into
 * an order row or the problems that keep it out, with the row numbers Excel shows. Pure reading:
 * the dry run plans from it (order-import.ts), and nothing here touches the store.
 */
import { resolveColumns, type OrderColumnMapping } from './order-column-mapping';
import { readOrderTable, type OrderTableRecord } from './order-file-read';
import { isTaobaoLayout } from './order-import-fields';
import type { OrderImportReport } from './order-import-report';
import type { OrderImportReportRows } from './order-import-plan';
import { readOrderRow, type OrderFileRow, type OrderRowProblem } from './order-row-read';

/** Everything a row says about its order: two rows with equal content are one order listed twice. */
const sameContent = (a: OrderFileRow, b: OrderFileRow): boolean =>
  JSON.stringify({ ...a, row: 0 }) === JSON.stringify({ ...b, row: 0 });

/**
 * Reads records into order rows piece by piece. A row repeating an earlier one word for word
 * (two exports joined) is skipped and counted; a row giving one order number other content is
 * refused, naming the earlier row, since which of the two is right cannot be told.
 */
function createRowReader(columns: Parameters<typeof readOrderRow>[2], timeZone: string) {
  const rows: OrderFileRow[] = [];
  const invalid: OrderRowProblem[] = [];
  const firstOf = new Map<string, OrderFileRow>();
  let duplicateRows = 0;
  function read(records: readonly OrderTableRecord[]): void {
    for (const { row, cells } of records) {
      const read = readOrderRow(row, cells, columns, timeZone);
      if (Array.isArray(read)) {
        invalid.push(...read);
        continue;
      }
      const first = firstOf.get(read.orderNo);
      if (first === undefined) {
        firstOf.set(read.orderNo, read);
        rows.push(read);
      } else if (sameContent(first, read)) {
        duplicateRows += 1;
      } else {
        invalid.push({
          row,
          column: columns.orderNo?.header ?? null,
          messageKey: 'validation.orderImport.duplicateOrderNo',
          params: { value: read.orderNo, firstRow: first.row },
        });
      }
    }
  }
  return {
    read,
    rows,
    invalid,
    duplicateRows: () => duplicateRows,
  };
}

/** A file read and checked: what an import plans from. */
export interface ParsedOrderFile {
  base: Omit<OrderImportReport, keyof OrderImportReportRows>;
  rows: OrderFileRow[];
}

export interface OrderFileRequest {
  fileName: string;
  bytes: Uint8Array;
  mapping?: OrderColumnMapping;
  timeZone: string;
}

export async function readOrderFile(request: OrderFileRequest): Promise<ParsedOrderFile> {
  const table = await readOrderTable(request.fileName, request.bytes);
  const resolution = resolveColumns(table.headers, table.headerRow, request.mapping);
  // A file whose columns cannot be placed is still counted through, for the report.
  const reader =
    table.problems.length === 0 && resolution.problems.length === 0
      ? createRowReader(resolution.columns, request.timeZone)
      : null;
  let totalRows = 0;
  for await (const piece of table.body) {
    totalRows += piece.length;
    reader?.read(piece);
  }
  // Without a header there are no columns to miss: the file's own problem says it all.
  const problems = [...table.problems, ...(table.headers.length > 0 ? resolution.problems : [])];
  // A file broken further down (a quote never closed) is read no further and imports nothing.
  const readable = problems.length === 0 && reader !== null;
  return {
    base: {
      format: isTaobaoLayout(table.headers) ? 'taobao' : table.format,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      totalRows,
      headers: table.headers.map((h) => h.trim()),
      mapping: resolution.mapping,
      needsMapping: resolution.needsMapping,
      invalid: readable ? reader.invalid : problems,
      duplicateRows: readable ? reader.duplicateRows() : 0,
    },
    rows: readable ? reader.rows : [],
  };
}
