import { describe, expect, it } from 'vitest';
import { clampSelection, oneLineSnippet, resultRows, type SearchHit } from './result-rows';

const hit = (n: number, body = `正文 ${n}`): SearchHit => ({
  phrase: {
    id: `id-${n}`,
    groupId: 'g',
    title: `标题 ${n}`,
    shortcut: `c${n}`,
    body,
    tags: [],
    questions: [],
    stage: 'presale',
    scope: 'team',
    sortOrder: n,
    updatedAt: 0,
  },
  groupName: '发货',
  tier: 'title',
  matchedBy: 'text',
  score: 1,
});

describe('resultRows', () => {
  it('badges the first nine rows 1–9 and no others', () => {
    const rows = resultRows(Array.from({ length: 12 }, (_, i) => hit(i)));
    expect(rows.map((row) => row.badge)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null]);
    expect(rows[0]).toEqual({
      id: 'id-0',
      badge: 1,
      title: '标题 0',
      shortcut: 'c0',
      groupName: '发货',
      snippet: '正文 0',
    });
  });

  it('puts the body on one line and cuts it by characters, not UTF-16 units', () => {
    expect(oneLineSnippet('亲，\n  您好\r\n在的')).toBe('亲， 您好 在的');
    expect(oneLineSnippet('😀😀😀😀', 2)).toBe('😀😀…');
    expect(resultRows([hit(1, 'a\n\nb')])[0]!.snippet).toBe('a b');
  });
});

describe('clampSelection', () => {
  it('stays inside the list', () => {
    expect(clampSelection(-1, 3)).toBe(0);
    expect(clampSelection(5, 3)).toBe(2);
    expect(clampSelection(1, 3)).toBe(1);
    expect(clampSelection(0, 0)).toBe(-1);
  });
});
