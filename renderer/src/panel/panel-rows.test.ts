import { describe, expect, it } from 'vitest';
import { panelRows, rowAt, rowCount, type SuggestHit } from './panel-rows';
import type { ResultRow } from './result-rows';

const phrase = (n: number) => ({
  id: `p-${n}`,
  groupId: 'g',
  title: `标题 ${n}`,
  shortcut: `c${n}`,
  body: `亲，\n正文 ${n}`,
  tags: [],
  questions: [],
  stage: 'presale' as const,
  scope: 'team' as const,
  sortOrder: n,
  updatedAt: 0,
});

const suggestion = (n: number, why: Partial<SuggestHit['why']> = {}): SuggestHit => ({
  phrase: phrase(n),
  groupName: '售前',
  score: 10 - n,
  why: { intents: [], words: [], question: null, ...why },
});

const result = (n: number): ResultRow => ({
  id: `p-${n}`,
  badge: null,
  title: `标题 ${n}`,
  shortcut: `c${n}`,
  groupName: '售后',
  snippet: `正文 ${n}`,
});

describe('panelRows', () => {
  it('puts the suggestions first and runs the Alt badges on through the results', () => {
    const rows = panelRows(
      [suggestion(1), suggestion(2), suggestion(3)],
      Array.from({ length: 8 }, (_, i) => result(10 + i)),
    );
    expect(rows.suggestions.map((row) => row.badge)).toEqual([1, 2, 3]);
    expect(rows.results.map((row) => row.badge)).toEqual([4, 5, 6, 7, 8, 9, null, null]);
    expect(rows.suggestions[0]).toMatchObject({
      id: 'p-1',
      title: '标题 1',
      shortcut: 'c1',
      groupName: '售前',
    });
    expect(rows.suggestions[0]).not.toHaveProperty('snippet');
    expect(rowCount(rows)).toBe(11);
  });

  it('without suggestions, the results keep Alt+1…9', () => {
    const rows = panelRows([], [result(1), result(2)]);
    expect(rows.results.map((row) => row.badge)).toEqual([1, 2]);
  });

  it('keeps the reason short enough for one line', () => {
    const [row] = panelRows(
      [
        suggestion(1, {
          intents: ['shipTime', 'courier', 'arrival'],
          words: ['发货', '几天', '下单', '今天'],
          question: '亲 今天下单的话大概什么时候可以发货呢 我比较着急要用的',
        }),
      ],
      [],
    ).suggestions;
    expect(row!.why).toEqual({
      intents: ['shipTime', 'courier'],
      words: ['发货', '几天', '下单'],
      question: '亲 今天下单的话大概什么时候可以发货呢 我比较着…',
    });
  });

  it('finds the row at a place in the one list and says which part it came from', () => {
    const rows = panelRows([suggestion(1), suggestion(2)], [result(1), result(5)]);
    expect(rowAt(rows, 1)).toMatchObject({ row: { id: 'p-2' }, source: 'suggestion' });
    expect(rowAt(rows, 2)).toMatchObject({ row: { id: 'p-1', badge: 3 }, source: 'search' });
    expect(rowAt(rows, 3)).toMatchObject({ row: { id: 'p-5' }, source: 'search' });
    expect(rowAt(rows, 4)).toBeNull();
    expect(rowAt(rows, -1)).toBeNull();
  });
});
