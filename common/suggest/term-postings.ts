/**
 * The suggestion index's inverted lists: for each term, the documents holding it and the BM25
 * gain of each. A build adds every posting to three flat typed arrays and then sorts them by term
 * once (compressed rows), which for fifty thousand learned questions costs a fraction of growing
 * a list per term. Postings added after that (a pick, an edited phrase) go to small per-term
 * lists beside the compressed ones until the next build.
 */
import type { TermKey } from './question-terms';

interface Extra {
  docs: number[];
  gains: number[];
}

function grown<T extends Int32Array | Float32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const bigger = make(Math.max(need, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class TermPostings {
  private readonly ids = new Map<TermKey, number>();
  private dfs = new Int32Array(1024);
  private pendingTerm = new Int32Array(4096);
  private pendingDoc = new Int32Array(4096);
  private pendingGain = new Float32Array(4096);
  private pending = 0;
  private start = new Int32Array(1);
  private docs = new Int32Array(0);
  private gains = new Float32Array(0);
  private sealed = false;
  private readonly extra = new Map<number, Extra>();

  private idOf(term: TermKey): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.dfs = grown(this.dfs, id + 1, (n) => new Int32Array(n));
    }
    return id;
  }

  /** The document's terms with their gains; the document is live from now on. */
  add(doc: number, gains: ReadonlyMap<TermKey, number>): void {
    for (const [term, gain] of gains) {
      const id = this.idOf(term);
      this.dfs[id] = this.dfs[id]! + 1;
      if (this.sealed) {
        let list = this.extra.get(id);
        if (!list) this.extra.set(id, (list = { docs: [], gains: [] }));
        list.docs.push(doc);
        list.gains.push(gain);
        continue;
      }
      const at = this.pending;
      this.pending += 1;
      if (this.pending > this.pendingTerm.length) {
        this.pendingTerm = grown(this.pendingTerm, this.pending, (n) => new Int32Array(n));
        this.pendingDoc = grown(this.pendingDoc, this.pending, (n) => new Int32Array(n));
        this.pendingGain = grown(this.pendingGain, this.pending, (n) => new Float32Array(n));
      }
      this.pendingTerm[at] = id;
      this.pendingDoc[at] = doc;
      this.pendingGain[at] = gain;
    }
  }

  /** The document died: its terms are held by one document fewer (its postings are skipped). */
  remove(terms: Iterable<TermKey>): void {
    for (const term of terms) {
      const id = this.ids.get(term);
      if (id !== undefined) this.dfs[id] = this.dfs[id]! - 1;
    }
  }

  /** Sorts the postings added so far by term (counting sort), once, after a build. */
  seal(): void {
    const terms = this.ids.size;
    const start = new Int32Array(terms + 1);
    for (let i = 0; i < this.pending; i += 1)
      start[this.pendingTerm[i]! + 1] = start[this.pendingTerm[i]! + 1]! + 1;
    for (let t = 0; t < terms; t += 1) start[t + 1] = start[t + 1]! + start[t]!;
    const fill = start.slice(0, terms);
    const docs = new Int32Array(this.pending);
    const gains = new Float32Array(this.pending);
    for (let i = 0; i < this.pending; i += 1) {
      const at = fill[this.pendingTerm[i]!]!;
      fill[this.pendingTerm[i]!] = at + 1;
      docs[at] = this.pendingDoc[i]!;
      gains[at] = this.pendingGain[i]!;
    }
    this.start = start;
    this.docs = docs;
    this.gains = gains;
    this.pendingTerm = new Int32Array(0);
    this.pendingDoc = new Int32Array(0);
    this.pendingGain = new Float32Array(0);
    this.pending = 0;
    this.sealed = true;
  }

  /** Live documents holding the term. */
  df(term: TermKey): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.dfs[id]!;
  }

  /**
   * Adds `factor` × gain to `scores[doc]` for every live document holding the term, listing each
   * document the first time it scores in `touched`.
   */
  scan(term: TermKey, factor: number, alive: Uint8Array, scores: Float64Array, touched: number[]): void {
    const id = this.ids.get(term);
    if (id === undefined) return;
    const { docs, gains } = this;
    const to = id + 1 < this.start.length ? this.start[id + 1]! : 0;
    for (let i = id + 1 < this.start.length ? this.start[id]! : 0; i < to; i += 1) {
      const doc = docs[i]!;
      if (alive[doc] === 0) continue;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = scores[doc]! + factor * gains[i]!;
    }
    const list = this.extra.get(id);
    if (!list) return;
    for (let i = 0; i < list.docs.length; i += 1) {
      const doc = list.docs[i]!;
      if (alive[doc] === 0) continue;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = scores[doc]! + factor * list.gains[i]!;
    }
  }
}
