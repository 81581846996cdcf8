/**
 * A real <table> that sorts by any column: a caption names it, headers are <th scope="col"> with a
 * button (keyboard: Tab, Enter/Space), the sorted column carries aria-sort, the first column's
 * cells are row headers. The wrapper scrolls sideways on a narrow phone and can take focus, so
 * the keyboard can scroll it too.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSort, sortRows, type SortDirection, type SortState, type SortValue } from './sort-rows';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  /** The value sorted on; also the cell's text when there is no `render`. */
  value: (row: Row) => SortValue;
  render?: (row: Row) => ReactNode;
  /** Right-aligned, tabular digits, largest first on the first click. */
  numeric?: boolean;
  /** The first click's direction when it is not the alignment's (a count shown as text). */
  firstDirection?: SortDirection;
  /** Extra class on this column's cells (e.g. a `behind` mark). */
  cellClass?: (row: Row) => string | undefined;
  /** Off for columns where an order means nothing (a note). */
  sortable?: boolean;
}

interface Props<Row> {
  caption: string;
  /** Visually hidden caption when the section heading already names the table. */
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: SortState;
  /** Cells of a <tfoot> row, one per column (team totals). */
  footer?: readonly ReactNode[];
  rowClass?: (row: Row) => string | undefined;
  empty?: ReactNode;
  className?: string;
}

export function SortableTable<Row>(props: Props<Row>) {
  const { t } = useTranslation();
  const { columns, rows, rowKey, footer, rowClass } = props;
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((candidate) => candidate.id === sort.column);
    return column ? sortRows(rows, column.value, sort.direction) : rows;
  }, [rows, columns, sort]);

  const ariaSort = (id: string): 'ascending' | 'descending' | undefined =>
    sort?.column === id ? sort.direction : undefined;
  const directionLabel = (direction: SortDirection | undefined) =>
    direction === 'ascending'
      ? t('console.table.sortedAscending')
      : direction === 'descending'
        ? t('console.table.sortedDescending')
        : t('console.table.sortable');

  return (
    <div
      className={`table-scroll ${props.className ?? ''}`}
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table className="data-table">
        <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = ariaSort(column.id);
              const classes = [column.numeric ? 'numeric' : '', direction ? 'sorted' : ''].join(' ').trim();
              return (
                <th key={column.id} scope="col" aria-sort={direction} className={classes || undefined}>
                  {column.sortable === false ? (
                    column.header
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort((current) =>
                          nextSort(
                            current ?? { column: '', direction: 'ascending' },
                            column.id,
                            column.firstDirection ?? (column.numeric ? 'descending' : 'ascending'),
                          ),
                        )
                      }
                    >
                      <span>{column.header}</span>
                      <span className={`sort-mark ${direction ?? 'none'}`} aria-hidden="true" />
                      <span className="visually-hidden">{directionLabel(direction)}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && props.empty ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {props.empty}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)} className={rowClass?.(row)}>
                {columns.map((column, index) => {
                  const content = column.render ? column.render(row) : displayValue(column.value(row));
                  const classes = [column.numeric ? 'numeric' : '', column.cellClass?.(row) ?? '']
                    .join(' ')
                    .trim();
                  return index === 0 ? (
                    <th key={column.id} scope="row" className={classes || undefined}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.id} className={classes || undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              {footer.map((cell, index) =>
                index === 0 ? (
                  <th key={columns[index]?.id ?? index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={columns[index]?.id ?? index}
                    className={columns[index]?.numeric ? 'numeric' : undefined}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function displayValue(value: SortValue): string {
  return value === null || value === undefined ? '—' : String(value);
}
