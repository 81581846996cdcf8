/**
 * Reply-panel search over a generated 10,000-phrase library (issue 3 "Numbers"): index build time,
 * per-query latency of `searchPhrases` for 1,000 realistic 1–6 character queries, and, in the same
 * run, a naive search that calls pinyin-pro's `match()` per phrase per keystroke. Deterministic
 * (seeded PRNG). Prints one JSON object.
 */
import { match, pinyin } from 'pinyin-pro';
import {
  buildPhraseIndex,
  searchPhrases,
  type PhraseIndex,
  type SearchablePhrase,
} from '../electron/core/phrases/phrase-search';

const PHRASES = 10_000;
const QUERIES = 1_000;
const BUILD_RUNS = 5;
const QUERY_PASSES = 3;
/** The naive search costs ~100 ms per query over 10,000 phrases; every 10th query keeps the run short. */
const NAIVE_EVERY = 10;
const TARGETS = { p50Ms: 0.5, p99Ms: 3, buildMs: 300 };

/** mulberry32: tiny, seeded, good enough to make the same library every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20250601);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const ZH_WORDS = [
  '发货',
  '快递',
  '退货',
  '换货',
  '包邮',
  '优惠',
  '尺码',
  '颜色',
  '质量',
  '物流',
  '签收',
  '催付',
  '好评',
  '售后',
  '正品',
  '赠品',
  '运费',
  '发票',
  '库存',
  '预售',
  '尺寸',
  '材质',
  '色差',
  '破损',
  '补发',
  '退款',
  '满减',
  '优惠券',
  '会员',
  '积分',
  '地址',
  '修改',
  '备注',
  '顺丰',
  '中通',
  '圆通',
  '韵达',
  '申通',
  '银行卡',
  '重量',
  '长度',
  '还价',
  '行情',
  '拍下',
  '付款',
  '到货',
  '时间',
  '保修',
  '安装',
  '说明书',
  '现货',
  '定制',
  '差评',
  '投诉',
  '回访',
  '改价',
  '拒收',
  '丢件',
  '延迟',
  '加急',
  '礼盒',
  '包装',
  '清洗',
  '保养',
  '面料',
];
const ZH_FILLERS = [
  '亲',
  '您好',
  '我们',
  '会',
  '尽快',
  '为您',
  '安排',
  '请',
  '耐心',
  '等待',
  '哦',
  '的',
  '了',
  '已经',
  '帮您',
  '核实',
  '一下',
  '感谢',
  '支持',
  '小店',
  '这边',
  '马上',
  '处理',
  '如果',
  '有',
  '问题',
  '随时',
  '联系',
  '客服',
  '可以',
  '选择',
  '放心',
  '保证',
  '今天',
  '明天',
  '下单',
  '48小时内',
  '7天无理由',
  '{买家昵称}',
  '{订单号}',
];
const TITLE_SUFFIXES = ['', '说明', '流程', '时间', '问题', '话术', '政策', '提醒', '咨询'];
const EN_WORDS = [
  'free',
  'shipping',
  'refund',
  'return',
  'exchange',
  'size',
  'color',
  'quality',
  'delivery',
  'tracking',
  'coupon',
  'discount',
  'invoice',
  'order',
  'package',
  'gift',
  'warranty',
  'stock',
  'presale',
  'express',
  'address',
  'payment',
  'thanks',
  'sorry',
  'please',
  'waiting',
  'today',
  'tomorrow',
  'iphone',
  'vip',
];
const GROUPS = [
  '售前-欢迎',
  '售前-库存',
  '售前-价格',
  '售前-尺码',
  '售中-催付',
  '售中-地址',
  '售中-发货',
  '售中-物流',
  '售后-退换',
  '售后-退款',
  '售后-评价',
  '售后-投诉',
  '通用-结束语',
  '通用-感谢',
  'General',
  'Shipping',
];

function initialsOf(word: string): string {
  return pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

function spellingOf(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join('');
}

function words(count: number, english: number): string[] {
  return Array.from({ length: count }, () => (random() < english ? pick(EN_WORDS) : pick(ZH_WORDS)));
}

function generatePhrases(): SearchablePhrase[] {
  const usedShortcuts = new Set<string>();
  return Array.from({ length: PHRASES }, (_, i): SearchablePhrase => {
    const language = random();
    const english = language < 0.15 ? 1 : language < 0.3 ? 0.4 : 0;
    const titleWords = words(between(1, 3), english);
    const title =
      (english === 1 ? titleWords.join(' ') : titleWords.join('')) +
      (english === 1 ? '' : pick(TITLE_SUFFIXES));
    const body = Array.from({ length: between(12, 40) }, () =>
      english === 1
        ? pick(EN_WORDS)
        : random() < 0.3
          ? pick(ZH_WORDS)
          : random() < 0.1
            ? pick(EN_WORDS)
            : pick(ZH_FILLERS),
    ).join(english === 1 ? ' ' : '');
    let shortcut = '';
    if (random() < 0.6) {
      const stem = titleWords.map(initialsOf).join('').slice(0, 4);
      shortcut = stem;
      for (let n = 2; usedShortcuts.has(shortcut); n += 1) shortcut = `${stem}${n}`;
      usedShortcuts.add(shortcut);
    }
    return {
      id: `p${String(i).padStart(5, '0')}`,
      title,
      shortcut,
      body,
      tags: words(between(0, 3), english),
      groupName: pick(GROUPS),
      sortOrder: i,
    };
  });
}

/** What agents type: shortcut codes, initials, full-pinyin prefixes, Chinese, English, mixed. */
function generateQueries(phrases: readonly SearchablePhrase[]): { query: string; kind: string }[] {
  const shortcuts = phrases.map((p) => p.shortcut).filter((s) => s !== '');
  const makers: [string, number, () => string][] = [
    ['shortcut', 20, () => pick(shortcuts).slice(0, between(1, 4))],
    ['initials', 25, () => initialsOf(pick(ZH_WORDS)).slice(0, 6)],
    [
      'pinyinPrefix',
      20,
      () => {
        const spelled = spellingOf(pick(ZH_WORDS));
        return spelled.slice(0, Math.min(6, between(2, spelled.length)));
      },
    ],
    [
      'chinese',
      20,
      () => {
        const word = pick(ZH_WORDS);
        return word.slice(0, between(1, word.length));
      },
    ],
    ['english', 10, () => pick(EN_WORDS).slice(0, between(2, 6))],
    [
      'mixed',
      5,
      () =>
        random() < 0.5
          ? `${between(1, 9)}天${pick(['退', '发', '换'])}`
          : `${pick(EN_WORDS).slice(0, 2)}${pick(ZH_WORDS).slice(0, 1)}`,
    ],
  ];
  const weights = makers.reduce((sum, [, weight]) => sum + weight, 0);
  return Array.from({ length: QUERIES }, () => {
    let roll = random() * weights;
    for (const [kind, weight, make] of makers) {
      roll -= weight;
      if (roll < 0) return { query: make(), kind };
    }
    return { query: makers[0]![2](), kind: makers[0]![0] };
  });
}

/**
 * Per-keystroke search without an index: lowercase every field and call pinyin-pro's `match()` on
 * title and tags for each phrase, every time.
 */
function naiveSearch(phrases: readonly SearchablePhrase[], query: string): number {
  const q = query.toLowerCase();
  const ranked: { id: string; tier: number }[] = [];
  for (const p of phrases) {
    const shortcut = p.shortcut.toLowerCase();
    let tier = -1;
    if (shortcut === q) tier = 4;
    else if (shortcut.startsWith(q)) tier = 3;
    else if (p.title.toLowerCase().includes(q) || match(p.title, q, { continuous: true, insensitive: true }))
      tier = 2;
    else if (
      p.tags.some(
        (tag) => tag.toLowerCase().includes(q) || match(tag, q, { continuous: true, insensitive: true }),
      )
    )
      tier = 1;
    else if (p.body.toLowerCase().includes(q)) tier = 0;
    if (tier >= 0) ranked.push({ id: p.id, tier });
  }
  ranked.sort((a, b) => b.tier - a.tier);
  return ranked.length;
}

function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => +ms.toFixed(4);
  return {
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    maxMs: round(sorted[sorted.length - 1]!),
  };
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const phrases = generatePhrases();
const queries = generateQueries(phrases);
const usage = new Map<string, number>();
for (const p of phrases) if (random() < 0.1) usage.set(p.id, random() * 20);
const frecency = (id: string) => usage.get(id) ?? 0;

const buildSamples: number[] = [];
let index: PhraseIndex | undefined;
for (let run = 0; run < BUILD_RUNS; run += 1)
  buildSamples.push(time(() => (index = buildPhraseIndex(phrases))));
const built = index!;

for (const { query } of queries) searchPhrases(built, query, { frecency });
const ours: number[] = [];
const byKind = new Map<string, number[]>();
let matched = 0;
for (let pass = 0; pass < QUERY_PASSES; pass += 1) {
  for (const { query, kind } of queries) {
    let total = 0;
    const ms = time(() => (total = searchPhrases(built, query, { frecency }).total));
    ours.push(ms);
    if (pass === 0) matched += total;
    const samples = byKind.get(kind) ?? [];
    samples.push(ms);
    byKind.set(kind, samples);
  }
}

const naiveQueries = queries.filter((_, i) => i % NAIVE_EVERY === 0);
const naive = naiveQueries.map(({ query }) => time(() => naiveSearch(phrases, query)));
const oursOnNaiveQueries = naiveQueries.map(({ query }) =>
  time(() => searchPhrases(built, query, { frecency })),
);

const buildMs = [...buildSamples].sort((a, b) => a - b);
const oursStats = stats(ours);
const naiveStats = stats(naive);
const oursSubset = stats(oursOnNaiveQueries);

console.log(
  JSON.stringify(
    {
      bench: 'phrase-search',
      node: process.version,
      library: { phrases: PHRASES, seed: 20250601 },
      build: {
        runs: BUILD_RUNS,
        medianMs: +buildMs[Math.floor(BUILD_RUNS / 2)]!.toFixed(2),
        firstMs: +buildSamples[0]!.toFixed(2),
        maxMs: +buildMs[BUILD_RUNS - 1]!.toFixed(2),
      },
      search: {
        queries: QUERIES,
        passes: QUERY_PASSES,
        samples: ours.length,
        meanMatchesPerQuery: Math.round(matched / QUERIES),
        ...oursStats,
        byKind: Object.fromEntries(
          [...byKind].map(([kind, samples]) => [
            kind,
            { n: samples.length / QUERY_PASSES, ...stats(samples) },
          ]),
        ),
      },
      naive: {
        method:
          'pinyin-pro match(title|tag, query, { continuous: true }) + lowercase includes, per phrase per query',
        queries: naiveQueries.length,
        bounded: `every ${NAIVE_EVERY}th query of the ${QUERIES}, to keep the run under a minute`,
        p50Ms: naiveStats.p50Ms,
        p99Ms: naiveStats.p99Ms,
        meanMs: naiveStats.meanMs,
        oursOnSameQueries: { p50Ms: oursSubset.p50Ms, p99Ms: oursSubset.p99Ms, meanMs: oursSubset.meanMs },
        ratioP50: +(naiveStats.p50Ms / oursSubset.p50Ms).toFixed(0),
        ratioMean: +(naiveStats.meanMs / oursSubset.meanMs).toFixed(0),
      },
      targets: TARGETS,
      met: {
        p50: oursStats.p50Ms <= TARGETS.p50Ms,
        p99: oursStats.p99Ms <= TARGETS.p99Ms,
        build: buildMs[Math.floor(BUILD_RUNS / 2)]! <= TARGETS.buildMs,
      },
    },
    null,
    2,
  ),
);
