/**
 * Which column holds which field. A file in the Taobao layout (or with headers we know) maps
 * itself; any other file needs the agent's mapping, and until then the preview offers the
 * headers and what it could guess.
 */
import { REQUIRED_ORDER_FIELDS, suggestMapping, type OrderImportField } from './order-import-fields';
import type { OrderRowProblem, ResolvedColumns } from './order-row-read';

export type OrderColumnMapping = Partial<Record<OrderImportField, string>>;

export interface ColumnResolution {
  columns: ResolvedColumns;
  /** The mapping in use: the agent's, or the suggested one. */
  mapping: OrderColumnMapping;
  /** True when the file cannot be imported until the agent maps its columns. */
  needsMapping: boolean;
  problems: OrderRowProblem[];
}

export function resolveColumns(
  headers: readonly string[],
  headerRow: number,
  chosen: OrderColumnMapping | undefined,
): ColumnResolution {
  const trimmed = headers.map((h) => h.trim());
  const mapping = chosen ?? suggestMapping(headers);
  const columns: ResolvedColumns = {};
  const problems: OrderRowProblem[] = [];
  for (const [field, header] of Object.entries(mapping) as [OrderImportField, string][]) {
    const index = trimmed.indexOf(header.trim());
    if (index >= 0) columns[field] = { index, header: header.trim() };
    else {
      problems.push({
        row: headerRow,
        column: header,
        messageKey: 'validation.orderImport.mappedColumnMissing',
        params: { column: header, field },
      });
    }
  }
  const missing = REQUIRED_ORDER_FIELDS.filter(
    (field) => columns[field] === undefined && mapping[field] === undefined,
  );
  problems.push(
    ...missing.map((field) => ({
      row: headerRow,
      column: null,
      messageKey: 'validation.orderImport.missingColumn',
      params: { field },
    })),
  );
  return { columns, mapping, needsMapping: chosen === undefined && missing.length > 0, problems };
}
