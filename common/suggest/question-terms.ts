/**
 * The words a normalised text is indexed and searched by: character unigrams and bigrams of each
 * run of 汉字 (no segmenter needed, and robust to the typos a segmenter stumbles on) and whole
 * ASCII words. A unigram says less than a bigram: 发 is in 发货, 发票 and 发错.
 *
 * Terms are keyed by number where they can be: a BMP 汉字 is its code point and a pair of them
 * a small integer, which the index's maps hash far faster than a fresh two-character string.
 */
export const UNIGRAM_WEIGHT = 0.4;

export type TermKey = number | string;

/** CJK Extension A through the end of the Unified Ideographs block. */
const HAN_FROM = 0x3400;
const HAN_TO = 0x9fff;
const HAN_SPAN = HAN_TO - HAN_FROM + 1;
/** Bigram keys sit above every code point, so they never collide with a unigram's. */
const BIGRAM_BASE = 0x110000;

const isBmpHan = (cp: number) => (cp >= HAN_FROM && cp <= HAN_TO) || cp === 0x3007;
const isHan = (cp: number) => isBmpHan(cp) || (cp >= 0x20000 && cp <= 0x3134f);
const isLetter = (cp: number) => cp >= 0x61 && cp <= 0x7a;

/** English plurals as their singular (parcels → parcel, invoices → invoice; not glass). */
function wordKey(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
const offset = (cp: number) => (cp === 0x3007 ? 0 : cp - HAN_FROM);

function bigramKey(text: string, a: number, aAt: number, b: number, bAt: number): TermKey {
  if (isBmpHan(a) && isBmpHan(b)) return BIGRAM_BASE + offset(a) * HAN_SPAN + offset(b);
  return text.slice(aAt, aAt + (a > 0xffff ? 2 : 1)) + text.slice(bAt, bAt + (b > 0xffff ? 2 : 1));
}

/**
 * The terms of one text in order, written into reusable arrays (no allocation per term beyond
 * the keys that must be strings). For a unigram, `before`/`after` hold the bigrams it sits in.
 */
export class TermBuffer {
  keys: TermKey[] = [];
  weights: number[] = [];
  before: (TermKey | undefined)[] = [];
  after: (TermKey | undefined)[] = [];
  length = 0;

  private push(key: TermKey, weight: number, before: TermKey | undefined): void {
    const at = this.length;
    this.length += 1;
    this.keys[at] = key;
    this.weights[at] = weight;
    this.before[at] = before;
    this.after[at] = undefined;
  }

  read(text: string): this {
    this.length = 0;
    let previous = -1;
    let previousAt = 0;
    let lastUnigram = -1;
    let wordStart = -1;
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (isLetter(cp)) {
        if (wordStart < 0) wordStart = i;
        previous = -1;
        i += width;
        continue;
      }
      if (wordStart >= 0) {
        this.push(wordKey(text.slice(wordStart, i)), 1, undefined);
        wordStart = -1;
      }
      if (isHan(cp)) {
        if (previous >= 0) {
          const bigram = bigramKey(text, previous, previousAt, cp, i);
          this.after[lastUnigram] = bigram;
          this.push(bigram, 1, undefined);
          this.push(isBmpHan(cp) ? cp : text.slice(i, i + width), UNIGRAM_WEIGHT, bigram);
        } else {
          this.push(isBmpHan(cp) ? cp : text.slice(i, i + width), UNIGRAM_WEIGHT, undefined);
        }
        lastUnigram = this.length - 1;
        previous = cp;
        previousAt = i;
      } else previous = -1;
      i += width;
    }
    if (wordStart >= 0) this.push(wordKey(text.slice(wordStart)), 1, undefined);
    return this;
  }
}

const scratch = new TermBuffer();

/** Occurrences per term, and how many there were in all. */
export function termCounts(text: string): { counts: Map<TermKey, number>; length: number } {
  const { keys, length } = scratch.read(text);
  const counts = new Map<TermKey, number>();
  for (let i = 0; i < length; i += 1) counts.set(keys[i]!, (counts.get(keys[i]!) ?? 0) + 1);
  return { counts, length };
}

/**
 * Adds each term of `text` to `into` with `unit` per occurrence (BM25F folds weighted fields this
 * way); returns how many terms the text has.
 */
export function addTermCounts(text: string, unit: number, into: Map<TermKey, number>): number {
  const { keys, length } = scratch.read(text);
  for (let i = 0; i < length; i += 1) into.set(keys[i]!, (into.get(keys[i]!) ?? 0) + unit);
  return length;
}

/** How many terms the text has. */
export function termLength(text: string): number {
  return scratch.read(text).length;
}

export interface QueryTerm {
  weight: number;
  before?: TermKey;
  after?: TermKey;
}

/** Each distinct term once, at its weight; a unigram with the bigrams around one occurrence. */
export function queryTerms(text: string): Map<TermKey, QueryTerm> {
  const { keys, weights, before, after, length } = scratch.read(text);
  const terms = new Map<TermKey, QueryTerm>();
  for (let i = 0; i < length; i += 1) {
    const seen = terms.get(keys[i]!);
    // A repeated character counts as alone if any occurrence of it is.
    const alone = before[i] === undefined || after[i] === undefined;
    if (seen && !(alone && seen.before !== undefined && seen.after !== undefined)) continue;
    terms.set(keys[i]!, { weight: weights[i]!, before: before[i], after: after[i] });
  }
  return terms;
}
