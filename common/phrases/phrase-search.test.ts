import { describe, expect, it } from 'vitest';
import {
  advancePhraseIndex,
  buildPhraseIndex,
  removeIndexedPhrase,
  searchPhrases,
  upsertIndexedPhrase,
  type SearchablePhrase,
} from './phrase-search';

let nextOrder = 0;
function phrase(fields: Partial<SearchablePhrase> & { id: string }): SearchablePhrase {
  nextOrder += 1;
  return {
    title: '',
    shortcut: '',
    body: '亲，您好',
    tags: [],
    groupName: '通用',
    sortOrder: nextOrder,
    ...fields,
  };
}

function ids(index: ReturnType<typeof buildPhraseIndex>, query: string, frecency?: Record<string, number>) {
  return searchPhrases(index, query, { frecency: frecency ? (id) => frecency[id] ?? 0 : undefined }).hits.map(
    (hit) => hit.id,
  );
}

const LIBRARY = [
  phrase({
    id: 'greet',
    title: '欢迎语',
    shortcut: 'hy',
    body: '亲，欢迎光临小店，有什么可以帮您？',
    groupName: '售前',
  }),
  phrase({
    id: 'ship-time',
    title: '发货时间',
    shortcut: 'fh',
    body: '亲，付款后48小时内发货哦',
    groupName: '售前',
  }),
  phrase({
    id: 'return',
    title: '退货流程',
    shortcut: 'th',
    body: '亲，7天无理由退货，请在订单页申请',
    groupName: '售后',
  }),
  phrase({
    id: 'refund-postage',
    title: '退还运费',
    shortcut: 'yf',
    body: '运费险会自动理赔',
    groupName: '售后',
  }),
  phrase({
    id: 'free',
    title: 'Free shipping',
    shortcut: 'by',
    body: 'Orders over 99 ship free',
    tags: ['包邮'],
    groupName: 'General',
  }),
  phrase({
    id: 'iphone',
    title: 'iPhone发票说明',
    shortcut: 'fp',
    body: '电子发票会发到您的邮箱',
    groupName: '售中',
  }),
  phrase({ id: 'seven', title: '7天退换说明', shortcut: '7t', body: '签收7天内可退换', groupName: '售后' }),
  phrase({ id: 'bank', title: '银行卡付款', shortcut: 'yhk', body: '支持各大银行储蓄卡', groupName: '售前' }),
  phrase({
    id: 'weight',
    title: '重量和尺码',
    shortcut: 'cm',
    body: '请参考详情页尺码表',
    groupName: '售前',
  }),
  phrase({
    id: 'long',
    title: '长时间未签收',
    shortcut: 'wqs',
    body: '帮您联系快递核实',
    tags: ['物流跟进'],
    groupName: '售后',
  }),
];

describe('searchPhrases: matching', () => {
  const index = buildPhraseIndex(LIBRARY);

  it('ranks the phrase whose shortcut is `fh` (titled 发货时间) first for `fh`', () => {
    const { hits } = searchPhrases(index, 'fh', {});
    expect(hits[0]).toMatchObject({ id: 'ship-time', tier: 'shortcutExact', matchedBy: 'shortcut' });
  });

  it('finds 发货 by pinyin initials on the title even without a shortcut', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'x', title: '发货时间' }),
      phrase({ id: 'y', title: '好评返现' }),
    ]);
    expect(searchPhrases(index, 'fh', {}).hits).toEqual([
      expect.objectContaining({ id: 'x', tier: 'title', matchedBy: 'pinyinInitials' }),
    ]);
  });

  it('puts an exact shortcut above a prefix, and a prefix above a title match', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'title', title: 'th 说明' }),
      phrase({ id: 'prefix', title: '其他', shortcut: 'thx' }),
      phrase({ id: 'exact', title: '别的', shortcut: 'th' }),
    ]);
    const { hits } = searchPhrases(index, 'th', {});
    expect(hits.map((h) => [h.id, h.tier])).toEqual([
      ['exact', 'shortcutExact'],
      ['prefix', 'shortcutPrefix'],
      ['title', 'title'],
    ]);
  });

  it('finds 发货 by full-pinyin prefixes and by the whole spelling', () => {
    for (const query of ['fah', 'fahuo', 'fa huo', 'FaHuo', 'fāhuò', 'huo']) {
      expect(ids(index, query)).toContain('ship-time');
    }
  });

  it('only matches full pinyin from the start of a syllable', () => {
    // `ahuo` sits inside `fahuo` but starts mid-syllable.
    expect(ids(index, 'ahuo')).not.toContain('ship-time');
  });

  it('matches every reading of a polyphone: 还 hai/huan, 行 xing/hang, 重 zhong/chong, 长 chang/zhang', () => {
    expect(ids(index, 'th')).toContain('refund-postage');
    expect(ids(index, 'tuihuan')).toContain('refund-postage');
    expect(ids(index, 'tuihai')).toContain('refund-postage');
    expect(ids(index, 'yinhang')).toContain('bank');
    expect(ids(index, 'yh')).toContain('bank');
    expect(ids(index, 'zhongliang')).toContain('weight');
    expect(ids(index, 'chong')).toContain('weight');
    expect(ids(index, 'zl')).toContain('weight');
    expect(ids(index, 'changshijian')).toContain('long');
    expect(ids(index, 'zhangshi')).toContain('long');
    expect(ids(index, 'csj')).toContain('long');
  });

  it('keeps every reading of polyphones in a long title beyond the combination cap', () => {
    const index = buildPhraseIndex([phrase({ id: 'p', title: '重新发货长时间还没到的了和行' })]);
    for (const query of ['chongxin', 'zhangshijian', 'huanmei', 'hang', 'cxfh', 'zsj']) {
      expect(ids(index, query), query).toEqual(['p']);
    }
  });

  it('matches English, Chinese and mixed queries case-insensitively', () => {
    expect(ids(index, 'free shipping')[0]).toBe('free');
    expect(ids(index, 'FREE')[0]).toBe('free');
    expect(ids(index, '退货')[0]).toBe('return');
    expect(ids(index, '7天退')[0]).toBe('seven');
    expect(ids(index, 'iphone发')[0]).toBe('iphone');
    expect(ids(index, 'iPhone发票')[0]).toBe('iphone');
  });

  // Issue 14, item 4: a query half typed in pinyin, half already converted by the IME found nothing.
  it('matches queries that mix pinyin and 汉字: fa货, 发huo, 发h, tui货', () => {
    expect(ids(index, 'fa货')[0]).toBe('ship-time');
    expect(ids(index, '发huo')[0]).toBe('ship-time');
    expect(ids(index, '发h')[0]).toBe('ship-time');
    expect(ids(index, 'tui货')[0]).toBe('return');
    expect(ids(index, '退huo')[0]).toBe('return');
    // Still anchored to syllables: 发 followed by "uo" is no spelling of any title.
    expect(ids(index, '发uo')).toEqual([]);
  });

  it('folds full-width letters and digits in both the query and the phrases', () => {
    expect(ids(index, 'ｆｈ')[0]).toBe('ship-time');
    expect(ids(index, '７天退')[0]).toBe('seven');
    const index2 = buildPhraseIndex([phrase({ id: 'w', title: 'ＶＩＰ专享价' })]);
    expect(ids(index2, 'vip')).toEqual(['w']);
  });

  it('matches tags and the group name in the tags tier, by text and by pinyin', () => {
    expect(searchPhrases(index, '包邮', {}).hits[0]).toMatchObject({
      id: 'free',
      tier: 'tags',
      matchedBy: 'text',
    });
    expect(searchPhrases(index, 'wlgj', {}).hits[0]).toMatchObject({
      id: 'long',
      tier: 'tags',
      matchedBy: 'pinyinInitials',
    });
    expect(searchPhrases(index, 'general', {}).hits[0]).toMatchObject({ id: 'free', tier: 'tags' });
  });

  it('matches the body by substring in the lowest tier', () => {
    expect(searchPhrases(index, '运费险', {}).hits).toEqual([
      expect.objectContaining({ id: 'refund-postage', tier: 'body', matchedBy: 'text' }),
    ]);
  });

  it('lists one-letter pinyin queries by syllable start, spellings that begin with it first', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'inside', title: '好评返现', groupName: 'A' }),
      phrase({ id: 'start', title: '发货时间', groupName: 'B' }),
      phrase({ id: 'none', title: '退货流程', groupName: 'C' }),
    ]);
    expect(searchPhrases(index, 'f', {}).hits.map((h) => [h.id, h.matchedBy])).toEqual([
      ['start', 'pinyinFull'],
      ['inside', 'pinyinFull'],
    ]);
  });

  it('checks the whole query, not only the keys it was looked up by', () => {
    const index = buildPhraseIndex([phrase({ id: 'p', title: '发货时间', body: '退货，货退' })]);
    // Every bigram of 退货退 is in the body, and `fah` starts a syllable, but neither query is there.
    expect(ids(index, '退货退')).toEqual([]);
    expect(ids(index, 'fahuoj')).toEqual([]);
    expect(ids(index, 'fahuos')).toEqual(['p']);
  });

  it('returns nothing for a query nothing contains', () => {
    expect(searchPhrases(index, 'zzzqqq', {})).toEqual({ hits: [], total: 0 });
  });
});

describe('searchPhrases: ranking', () => {
  it('orders a tier by frecency, and frecency never lifts a body match over a title match', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'body-hot', title: '物流查询', body: '已为您催促快递' }),
      phrase({ id: 'title-cold', title: '快递选择' }),
      phrase({ id: 'title-warm', title: '指定快递' }),
    ]);
    const frecency = { 'body-hot': 500, 'title-warm': 2 };
    const { hits } = searchPhrases(index, '快递', {
      frecency: (id) => frecency[id as keyof typeof frecency] ?? 0,
    });
    expect(hits.map((h) => h.id)).toEqual(['title-warm', 'title-cold', 'body-hot']);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('without frecency, puts titles starting with the query before titles containing it', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'contains', title: '指定快递', groupName: 'A' }),
      phrase({ id: 'starts', title: '快递选择', groupName: 'B' }),
    ]);
    expect(ids(index, '快递')).toEqual(['starts', 'contains']);
  });

  it('puts a literal match before a pinyin match in the same tier and position', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'pinyin', title: '包邮说明', groupName: 'A' }),
      phrase({ id: 'literal', title: 'by the way', groupName: 'B' }),
    ]);
    const { hits } = searchPhrases(index, 'by', {});
    expect(hits.map((h) => [h.id, h.matchedBy])).toEqual([
      ['literal', 'text'],
      ['pinyin', 'pinyinInitials'],
    ]);
  });

  it('breaks full ties by group name, then sort order', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'b2', title: '快递2', groupName: 'B', sortOrder: 2 }),
      phrase({ id: 'a9', title: '快递9', groupName: 'A', sortOrder: 9 }),
      phrase({ id: 'b1', title: '快递1', groupName: 'B', sortOrder: 1 }),
    ]);
    expect(ids(index, '快递')).toEqual(['a9', 'b1', 'b2']);
  });

  it('lists every phrase for a blank query, most used first, then group and sort order', () => {
    const index = buildPhraseIndex([
      phrase({ id: 'b1', title: '乙', groupName: 'B', sortOrder: 1 }),
      phrase({ id: 'a2', title: '甲2', groupName: 'A', sortOrder: 2 }),
      phrase({ id: 'a1', title: '甲1', groupName: 'A', sortOrder: 1 }),
      phrase({ id: 'hot', title: '热', groupName: 'Z', sortOrder: 1 }),
    ]);
    for (const blank of ['', '   ', '\u3000']) {
      expect(ids(index, blank, { hot: 3 })).toEqual(['hot', 'a1', 'a2', 'b1']);
    }
    expect(searchPhrases(index, '', {}).total).toBe(4);
  });

  it('reports the total before the limit and returns the best `limit` hits', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      phrase({ id: `p${i}`, title: `快递说明${i}`, groupName: 'G', sortOrder: i }),
    );
    const index = buildPhraseIndex(many);
    const hot = (id: string) => (id === 'p321' ? 1 : 0);
    const defaultLimit = searchPhrases(index, '快递', { frecency: hot });
    expect(defaultLimit.total).toBe(500);
    expect(defaultLimit.hits).toHaveLength(200);
    expect(defaultLimit.hits.slice(0, 3).map((h) => h.id)).toEqual(['p321', 'p0', 'p1']);
    const five = searchPhrases(index, '快递', { frecency: hot, limit: 5 });
    expect(five.hits.map((h) => h.id)).toEqual(['p321', 'p0', 'p1', 'p2', 'p3']);
    expect(searchPhrases(index, '快递', { limit: 0 })).toEqual({ hits: [], total: 500 });
  });

  it('counts lower tiers in the total even when the upper tiers fill the limit', () => {
    const index = buildPhraseIndex([
      phrase({ id: 't1', title: '快递一', groupName: 'A' }),
      phrase({ id: 't2', title: '快递二', groupName: 'B' }),
      phrase({ id: 't3', title: '快递三', groupName: 'C' }),
      phrase({ id: 'body', title: '其他', body: '快递很快', groupName: 'A' }),
    ]);
    const result = searchPhrases(index, '快递', { limit: 2, frecency: (id) => (id === 'body' ? 1e6 : 0) });
    expect(result.total).toBe(4);
    expect(result.hits.map((h) => h.id)).toEqual(['t1', 't2']);
  });

  it('spells the ranking out in the score digits', () => {
    const index = buildPhraseIndex([phrase({ id: 'x', title: '发货时间', shortcut: 'fh' })]);
    const [exact] = searchPhrases(index, 'fh', { frecency: () => 1.5 }).hits;
    expect(exact!.score).toBe(4 * 1e11 + 150 * 100 + 10 + 3);
    const [title] = searchPhrases(index, 'shijian', {}).hits;
    expect(title!.score).toBe(2 * 1e11 + 0 + 1);
  });
});

describe('index maintenance', () => {
  it('upsert adds a phrase and re-keys an edited one; remove drops it', () => {
    const index = buildPhraseIndex([phrase({ id: 'a', title: '发货时间' })]);
    expect(index.size).toBe(1);
    upsertIndexedPhrase(index, phrase({ id: 'b', title: '退货地址', shortcut: 'thdz' }));
    expect(ids(index, 'thdz')).toEqual(['b']);
    expect(ids(index, 'fh')).toEqual(['a']);

    upsertIndexedPhrase(index, phrase({ id: 'a', title: '催付提醒', shortcut: 'cf' }));
    expect(ids(index, 'fh')).toEqual([]);
    expect(ids(index, 'cuifu')).toEqual(['a']);
    expect(index.size).toBe(2);

    removeIndexedPhrase(index, 'b');
    expect(ids(index, 'thdz')).toEqual([]);
    expect(ids(index, '')).toEqual(['a']);
    removeIndexedPhrase(index, 'missing');
    expect(index.size).toBe(1);
  });

  it('indexes an empty library and keeps the last row of a repeated id', () => {
    expect(searchPhrases(buildPhraseIndex([]), 'fh', {})).toEqual({ hits: [], total: 0 });
    const index = buildPhraseIndex([
      phrase({ id: 'a', title: '旧标题' }),
      phrase({ id: 'a', title: '新标题' }),
    ]);
    expect(index.size).toBe(1);
    expect(ids(index, '旧')).toEqual([]);
    expect(ids(index, '新')).toEqual(['a']);
  });

  it('lists the blank query from the rows before indexing, with the compiled answer’s scores and order', () => {
    const rows = [
      ...LIBRARY,
      phrase({ id: 'z-hot', title: '热门', groupName: 'Z' }),
      phrase({ id: 'a-warm', title: '常用', groupName: 'A' }),
    ];
    const uses: Record<string, number> = { 'z-hot': 3, 'a-warm': 3, return: 0.5, bank: 0.001 };
    const frecency = (id: string) => uses[id] ?? 0;
    const compiled = buildPhraseIndex(rows);
    const staged = buildPhraseIndex([]);
    for (const row of rows) upsertIndexedPhrase(staged, row);
    for (const limit of [0, 3, 200]) {
      expect(searchPhrases(staged, '  ', { frecency, limit })).toEqual(
        searchPhrases(compiled, '', { frecency, limit }),
      );
    }
    // Listing the blank query did not index anything: a query still finds what it should.
    expect(ids(staged, 'fh')).toEqual(ids(compiled, 'fh'));
  });

  it('indexes in slices until told to stop, and a search finishes what is left', () => {
    const index = buildPhraseIndex([]);
    for (const row of LIBRARY) upsertIndexedPhrase(index, row);
    let looks = 0;
    expect(advancePhraseIndex(index, () => (looks += 1) >= 1)).toBe(false);
    expect(ids(index, 'tuihuo')).toEqual(['return']);
    expect(advancePhraseIndex(index, () => true)).toBe(true);

    upsertIndexedPhrase(index, phrase({ id: 'urge', title: '催付提醒', shortcut: 'cf' }));
    removeIndexedPhrase(index, 'return');
    while (!advancePhraseIndex(index, () => true));
    expect(ids(index, 'cuifu')).toEqual(['urge']);
    expect(ids(index, 'tuihuo')).toEqual([]);
    expect(index.size).toBe(LIBRARY.length);
  });

  it('refuses an index it did not build', () => {
    expect(() => searchPhrases({ size: 0 }, 'x', {})).toThrow(TypeError);
  });
});
