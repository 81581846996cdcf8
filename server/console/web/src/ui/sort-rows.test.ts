import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort-rows';

const rows = [
  { name: '周主管', rate: 0.5 },
  { name: '林小雨', rate: null },
  { name: '陈一', rate: 0.25 },
  { name: 'Amy', rate: 0.5 },
];

describe('sortRows', () => {
  it('sorts figures either way with missing values last both times, ties in their order', () => {
    expect(sortRows(rows, (r) => r.rate, 'descending').map((r) => r.name)).toEqual([
      '周主管',
      'Amy',
      '陈一',
      '林小雨',
    ]);
    expect(sortRows(rows, (r) => r.rate, 'ascending').map((r) => r.name)).toEqual([
      '陈一',
      '周主管',
      'Amy',
      '林小雨',
    ]);
  });

  it('sorts Chinese names in pinyin order (Chinese collation puts Latin names after them)', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.name)).toEqual([
      '陈一',
      '林小雨',
      '周主管',
      'Amy',
    ]);
  });

  it('does not touch the rows it was given', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, (r) => r.name, 'descending');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the sorted column and starts another in its own first direction', () => {
    const current = { column: 'rate', direction: 'descending' as const };
    expect(nextSort(current, 'rate', 'descending')).toEqual({ column: 'rate', direction: 'ascending' });
    expect(nextSort(current, 'name', 'ascending')).toEqual({ column: 'name', direction: 'ascending' });
  });
});
