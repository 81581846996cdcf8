import { describe, expect, it } from 'vitest';
import { createLibrarySearch, frecencyScores, type LibraryPhrase } from './library-search';

const groups = [
  { id: 'g1', name: '售中·发货' },
  { id: 'g2', name: '售后·退换' },
];

const phrase = (id: string, groupId: string, title: string, shortcut = ''): LibraryPhrase => ({
  id,
  groupId,
  title,
  shortcut,
  body: `${title}，亲。`,
  tags: [],
  sortOrder: 0,
});

const library = [
  phrase('p1', 'g1', '发货通知', 'fh'),
  phrase('p2', 'g1', '发货时间'),
  phrase('p3', 'g2', '退货地址', 'th'),
];

describe('the panel’s library index', () => {
  it('finds phrases by shortcut, pinyin initials and Chinese with their group names', () => {
    const search = createLibrarySearch<LibraryPhrase>();
    expect(search.sync(groups, library)).toEqual({ reindexed: 3, removed: 0 });
    const byCode = search.search('fh', 10);
    expect(byCode.hits.map((h) => [h.phrase.title, h.groupName, h.tier])).toEqual([
      ['发货通知', '售中·发货', 'shortcutExact'],
      ['发货时间', '售中·发货', 'title'],
    ]);
    expect(search.search('退货', 10).hits.map((h) => h.phrase.id)).toEqual(['p3']);
  });

  it('re-indexes only what changed: an edited title, a renamed group, a removed phrase', () => {
    const search = createLibrarySearch<LibraryPhrase>();
    search.sync(groups, library);
    expect(search.sync(groups, library)).toEqual({ reindexed: 0, removed: 0 });

    const edited = [{ ...library[0]!, title: '催发货' }, library[1]!, library[2]!];
    expect(search.sync(groups, edited)).toEqual({ reindexed: 1, removed: 0 });
    expect(search.search('cfh', 10).hits.map((h) => h.phrase.title)).toEqual(['催发货']);

    const renamed = [groups[0]!, { id: 'g2', name: '售后·退款' }];
    expect(search.sync(renamed, edited)).toEqual({ reindexed: 1, removed: 0 });
    expect(search.search('th', 10).hits[0]!.groupName).toBe('售后·退款');

    expect(search.sync(renamed, edited.slice(0, 2))).toEqual({ reindexed: 0, removed: 1 });
    expect(search.search('退货', 10)).toEqual({ total: 0, hits: [] });
    expect(search.size).toBe(2);
  });

  it('takes the library at once and indexes it later, in slices or by the first query', () => {
    const search = createLibrarySearch<LibraryPhrase>();
    expect(search.update(groups, library)).toEqual({ reindexed: 3, removed: 0 });
    expect(search.search('', 10).hits.map((h) => [h.phrase.id, h.groupName])).toEqual([
      ['p1', '售中·发货'],
      ['p2', '售中·发货'],
      ['p3', '售后·退换'],
    ]);
    expect(search.advance(() => true)).toBe(false);
    expect(search.search('fh', 10).hits.map((h) => h.phrase.id)).toEqual(['p1', 'p2']);
    expect(search.advance(() => true)).toBe(true);
  });

  it('lets the agent’s uses order equally good matches', () => {
    const search = createLibrarySearch<LibraryPhrase>();
    search.sync(groups, library);
    const now = Date.UTC(2026, 10, 24);
    const scores = frecencyScores(new Map([['p2', [now - 60_000, now - 30_000]]]), now);
    expect(search.search('发货', 10, scores).hits.map((h) => h.phrase.id)).toEqual(['p2', 'p1']);
    expect(search.search('发货', 10).hits.map((h) => h.phrase.id)).toEqual(['p1', 'p2']);
  });
});
