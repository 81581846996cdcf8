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
const offset = (cp: number) => (cp === 0x3007 ? 0 : cp - HAN_FROM);

function bigramKey(a: number, aChar: string, b: number, bChar: string): TermKey {
  return isBmpHan(a) && isBmpHan(b) ? BIGRAM_BASE + offset(a) * HAN_SPAN + offset(b) : aChar + bChar;
}

/**
 * Calls `visit` once per term occurrence, in text order; a unigram is told the bigrams it sits in
 * (`before` ends with it, `after` starts with it).
 */
export function forEachTerm(
  text: string,
  visit: (term: TermKey, weight: number, before?: TermKey, after?: TermKey) => void,
): void {
  let previous = -1;
  let previousChar = '';
  let wordStart = -1;
  /** The last unigram waits for the next character to know the bigram after it. */
  let pending: { term: TermKey; before: TermKey | undefined } | null = null;
  const flush = (after?: TermKey) => {
    if (pending) visit(pending.term, UNIGRAM_WEIGHT, pending.before, after);
    pending = null;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) {
      flush();
      if (wordStart < 0) wordStart = i;
      previous = -1;
      i += width;
      continue;
    }
    if (wordStart >= 0) {
      visit(text.slice(wordStart, i), 1);
      wordStart = -1;
    }
    if (isHan(cp)) {
      const char = width === 1 ? text[i]! : text.slice(i, i + 2);
      const bigram = previous >= 0 ? bigramKey(previous, previousChar, cp, char) : undefined;
      flush(bigram);
      if (bigram !== undefined) visit(bigram, 1);
      pending = { term: isBmpHan(cp) ? cp : char, before: bigram };
      previous = cp;
      previousChar = char;
    } else {
      flush();
      previous = -1;
    }
    i += width;
  }
  flush();
  if (wordStart >= 0) visit(text.slice(wordStart), 1);
}

/** Occurrences per term, and how many there were in all. */
export function termCounts(text: string): { counts: Map<TermKey, number>; length: number } {
  const counts = new Map<TermKey, number>();
  let length = 0;
  forEachTerm(text, (term) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length += 1;
  });
  return { counts, length };
}

export interface QueryTerm {
  weight: number;
  before?: TermKey;
  after?: TermKey;
}

/** Each distinct term once, at its weight, unigrams with their neighbouring bigrams. */
export function queryTerms(text: string): Map<TermKey, QueryTerm> {
  const terms = new Map<TermKey, QueryTerm>();
  forEachTerm(text, (term, weight, before, after) => {
    const seen = terms.get(term);
    // A repeated character is alone if any of its occurrences is.
    if (seen && seen.weight < 1) {
      if (seen.before !== undefined && seen.after !== undefined) terms.set(term, { weight, before, after });
      return;
    }
    terms.set(term, { weight, before, after });
  });
  return terms;
}
