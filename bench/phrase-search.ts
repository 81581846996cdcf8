/**
 * Reply-panel search over a generated 10,000-phrase library (issue 3 "Numbers"): index build time,
 * per-query latency of `searchPhrases` for 1,000 realistic 1–6 character queries, and, in the same
 * run, a naive search that calls pinyin-pro's `match()` per phrase per keystroke. Deterministic
 * (seeded PRNG). Prints one JSON object.
 */
import { match } from 'pinyin-pro';
import {
  buildPhraseIndex,
  searchPhrases,
  type PhraseIndex,
  type SearchablePhrase,
} from '../common/phrases/phrase-search';
import { createPhraseCorpus, EN_WORDS, initialsOf, spellingOf, ZH_WORDS } from './support/phrase-corpus';

const PHRASES = 10_000;
const QUERIES = 1_000;
const BUILD_RUNS = 5;
const QUERY_PASSES = 3;
/** The naive search costs ~100 ms per query over 10,000 phrases; every 10th query keeps the run short. */
const NAIVE_EVERY = 10;
const TARGETS = { p50Ms: 0.5, p99Ms: 3, buildMs: 300 };

const SEED = 20250601;
const { random, pick, between, generatePhrases } = createPhraseCorpus(SEED);

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
    // Digits and 汉字 as the corpus writes them (7天无理由); it used to ask 3天退, found nowhere.
    ['mixed', 5, () => '7天无理由'.slice(0, between(2, 5))],
    // Half typed in pinyin, half already converted by the IME: fa货, 发huo.
    [
      'pinyinHan',
      5,
      () => {
        const word = pick(ZH_WORDS);
        return random() < 0.5
          ? `${spellingOf(word.charAt(0))}${word.slice(1)}`
          : `${word.charAt(0)}${spellingOf(word.slice(1))}`;
      },
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

const phrases = generatePhrases(PHRASES);
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
/** Per kind on the first pass: results found, and queries that found nothing. */
const foundByKind = new Map<string, { results: number; empty: number }>();
let matched = 0;
for (let pass = 0; pass < QUERY_PASSES; pass += 1) {
  for (const { query, kind } of queries) {
    let total = 0;
    const ms = time(() => (total = searchPhrases(built, query, { frecency }).total));
    ours.push(ms);
    if (pass === 0) {
      matched += total;
      const found = foundByKind.get(kind) ?? { results: 0, empty: 0 };
      found.results += total;
      if (total === 0) found.empty += 1;
      foundByKind.set(kind, found);
    }
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
      library: { phrases: PHRASES, seed: SEED },
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
          [...byKind].map(([kind, samples]) => {
            const n = samples.length / QUERY_PASSES;
            const found = foundByKind.get(kind)!;
            return [
              kind,
              {
                n,
                meanResults: +(found.results / n).toFixed(1),
                noResultShare: +(found.empty / n).toFixed(3),
                ...stats(samples),
              },
            ];
          }),
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
