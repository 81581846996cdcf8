/**
 * Sorting a table by one column, as every console table does: numbers numerically, text in the
 * Chinese collation (pinyin order, so 林小雨 sorts under L), missing values last in either
 * direction (an agent with no inquiries is not the "lowest conversion"), ties kept in their
 * original order.
 */
export type SortDirection = 'ascending' | 'descending';
export type SortValue = number | string | null | undefined;

export interface SortState<Id extends string = string> {
  column: Id;
  direction: SortDirection;
}

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

const isMissing = (value: SortValue): value is null | undefined =>
  value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<Row>(
  rows: readonly Row[],
  valueOf: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((x, y) => {
      const xMissing = isMissing(x.value);
      const yMissing = isMissing(y.value);
      if (xMissing || yMissing) return xMissing === yMissing ? x.index - y.index : xMissing ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/**
 * The state after a click on `column`'s header: the same column flips, another starts in its
 * natural direction (text A→Z, figures largest first, which is what a supervisor looks for).
 */
export function nextSort<Id extends string>(
  current: SortState<Id>,
  column: Id,
  firstDirection: SortDirection,
): SortState<Id> {
  if (current.column !== column) return { column, direction: firstDirection };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
