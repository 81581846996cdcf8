/**
 * An order file read and checked: its header resolved to columns, every record under it read into
 * an order row or the problems that keep it out, with the row numbers Excel shows. Pure reading:
 * the dry run plans from it (order-import.ts), and nothing here touches the store.
 */
import { resolveColumns, type OrderColumnMapping } from './order-column-mapping';
import { readOrderTable, type OrderTableRecord } from './order-file-read';
import { isTaobaoLayout } from './order-import-fields';
import type { OrderImportReport } from './order-import';
import type { OrderImportReportRows } from './order-import-plan';
import { readOrderRow, type OrderFileRow, type OrderRowProblem } from './order-row-read';

/** Reads records into order rows piece by piece; a second row with an order number is refused. */
function createRowReader(columns: Parameters<typeof readOrderRow>[2], timeZone: string) {
  const rows: OrderFileRow[] = [];
  const invalid: OrderRowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  function read(records: readonly OrderTableRecord[]): void {
    for (const { row, cells } of records) {
      const read = readOrderRow(row, cells, columns, timeZone);
      if (Array.isArray(read)) {
        invalid.push(...read);
        continue;
      }
      const first = firstRowOf.get(read.orderNo);
      if (first === undefined) {
        firstRowOf.set(read.orderNo, row);
        rows.push(read);
      } else {
        invalid.push({
          row,
          column: columns.orderNo?.header ?? null,
          messageKey: 'validation.orderImport.duplicateOrderNo',
          params: { value: read.orderNo, firstRow: first },
        });
      }
    }
  }
  return { read, rows, invalid };
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
    },
    rows: readable ? reader.rows : [],
  };
}
