/**
 * Reply-panel search over the phrase library: substring, pinyin full spelling and pinyin initials
 * (polyphones included) on title and tags, substring on body, exact/prefix on the shortcut code,
 * ranked by tier, then the agent's frecency. Pure: the service feeds rows and frecency in.
 *
 * Every pinyin spelling is computed when a phrase is indexed (pinyin-keys.ts), and every field is
 * listed by the characters, bigrams and syllable-start letters it contains. A keystroke looks up
 * the query's rarest key and checks only the phrases listed under it; a one- or two-letter pinyin
 * query needs no check at all. Nothing on that path converts pinyin, builds a regex or scans
 * the whole library.
 */
import {
  createReadingCache,
  foldPinyinQuery,
  mixedQuerySpellings,
  normalizeSearchText,
  packedPinyinKeys,
  SPELLING_SEPARATOR,
  type PackedSpellings,
  type ReadingCache,
} from './pinyin-keys';

export interface SearchablePhrase {
  id: string;
  title: string;
  shortcut: string;
  body: string;
  tags: string[];
  groupName: string;
  sortOrder: number;
}

export type MatchTier = 'shortcutExact' | 'shortcutPrefix' | 'title' | 'tags' | 'body';
export type MatchKind = 'shortcut' | 'text' | 'pinyinFull' | 'pinyinInitials';

export interface SearchHit {
  id: string;
  tier: MatchTier;
  matchedBy: MatchKind;
  score: number;
}

export interface SearchOptions {
  /**
   * The agent's decayed use count for a phrase (frecency.ts); missing means never used. The index
   * keeps what one function answered for as long as it is passed again: pass a new function when
   * the counts change.
   */
  frecency?: (id: string) => number;
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 200;

/**
 * `score` spells the ranking out in decimal digits, so a larger score always ranks higher and the
 * CLI's printed scores can be read by eye:
 *
 *     score = tier × 10¹¹ + frecency × 10⁴ + startsWith × 10 + kind
 *
 * - tier: shortcutExact 4, shortcutPrefix 3, title 2, tags 1, body 0. Frecency can never lift a
 *   phrase across a tier because its part stays below 10¹¹.
 * - frecency: the decayed use count in hundredths of a use (capped at 10⁷ uses); phrases closer
 *   than that count as tied and fall to the next key.
 * - startsWith: 1 when the field (or a tag, or a spelling) starts with the query.
 * - kind: shortcut 3, text 2, pinyinFull 1, pinyinInitials 0; a literal match beats a spelling.
 *
 * Hits with equal scores follow groupName, then sortOrder (then id, so the order is stable).
 * For the blank query nothing is matched: every phrase is listed as a title match at position 0
 * (the empty string starts every title), so only frecency and the library order tell them apart.
 */
const TIER_UNIT = 1e11;
const FRECENCY_UNIT = 100;
const START_UNIT = 10;
const MAX_FRECENCY_STEPS = 1e9 - 1;

const TIER_RANK = { body: 0, tags: 1, title: 2, shortcutPrefix: 3, shortcutExact: 4 } as const;
const TIER_BY_RANK: readonly MatchTier[] = ['body', 'tags', 'title', 'shortcutPrefix', 'shortcutExact'];
const KIND_RANK = { pinyinInitials: 0, pinyinFull: 1, text: 2, shortcut: 3 } as const;
const KIND_BY_RANK: readonly MatchKind[] = ['pinyinInitials', 'pinyinFull', 'text', 'shortcut'];

function matchScore(tier: MatchTier, kind: MatchKind, atStart: boolean): number {
  return TIER_RANK[tier] * TIER_UNIT + (atStart ? START_UNIT : 0) + KIND_RANK[kind];
}

/** Everything a phrase contributes to the index, computed once per build or edit. */
interface PhraseKeys {
  phrase: SearchablePhrase;
  shortcut: string;
  title: string;
  /** Tags and the group name: both describe what the phrase is about, so they share a tier. */
  labels: string[];
  body: string;
  titleFull: readonly PackedSpellings[];
  titleInitials: readonly PackedSpellings[];
  labelFull: readonly PackedSpellings[];
  labelInitials: readonly PackedSpellings[];
}

/**
 * A normalised text's full-pinyin and initials spellings, each also as a one-item list so that
 * every phrase with this title shares the list instead of making its own.
 */
interface SpelledForms {
  full: PackedSpellings;
  initials: PackedSpellings;
  fullList: readonly PackedSpellings[];
  initialsList: readonly PackedSpellings[];
}

/**
 * Spelled forms per distinct normalised text, shared by every phrase of one index: group names
 * and tags repeat across hundreds of phrases and are spelled once.
 */
type SpelledCache = Map<string, SpelledForms>;

function spelledForms(text: string, readings: ReadingCache, spelled: SpelledCache): SpelledForms {
  let forms = spelled.get(text);
  if (!forms) {
    const { full, initials } = packedPinyinKeys(text, readings);
    forms = { full, initials, fullList: [full], initialsList: [initials] };
    spelled.set(text, forms);
  }
  return forms;
}

function keysOf(phrase: SearchablePhrase, readings: ReadingCache, spelled: SpelledCache): PhraseKeys {
  const title = normalizeSearchText(phrase.title);
  const labels = [...phrase.tags, phrase.groupName].map(normalizeSearchText).filter((l) => l !== '');
  const titleForms = spelledForms(title, readings, spelled);
  const labelForms = labels.map((label) => spelledForms(label, readings, spelled));
  return {
    phrase,
    shortcut: normalizeSearchText(phrase.shortcut).replace(/ /g, ''),
    title,
    labels,
    body: normalizeSearchText(phrase.body),
    titleFull: titleForms.fullList,
    titleInitials: titleForms.initialsList,
    labelFull: labelForms.map((forms) => forms.full),
    labelInitials: labelForms.map((forms) => forms.initials),
  };
}

/**
 * Segment ids grouped by an integer key, stored flat: the segments under key k are
 * `ids[start[k] .. start[k + 1])`, ascending. Two typed arrays instead of a map of arrays keep
 * building ten thousand phrases cheap and a lookup allocation-free.
 */
interface Postings {
  start: Int32Array;
  ids: Int32Array;
}

const EMPTY: Int32Array = new Int32Array(0);

function postingsOf(postings: Postings, key: number): Int32Array {
  const from = postings.start[key]!;
  const to = postings.start[key + 1]!;
  return from === to ? EMPTY : postings.ids.subarray(from, to);
}

/**
 * Builds Postings from segments given one after another (0, 1, 2, …): the keys of every segment
 * in one typed array and where each segment begins in another, so listing a key costs one write;
 * a counting sort by key then lays them out.
 */
class PostingsBuilder {
  private keys: Int32Array;
  private length = 0;
  /** Where each segment's keys begin in `keys`; a segment ends where the next begins. */
  private segmentStarts = new Int32Array(1024);
  private segments = 0;
  /** One more than the last segment that listed each key (0: none), so a segment lists a key once. */
  private readonly listedBy: Int32Array;

  /** `capacity`: keys expected, when known, so the array is allocated once instead of doubled. */
  constructor(
    private readonly keySpace: number,
    capacity = 1024,
  ) {
    this.listedBy = new Int32Array(keySpace);
    this.keys = new Int32Array(Math.max(1, capacity));
  }

  /** Starts the next segment: the keys added until the next call are its. */
  next(): void {
    if (this.segments === this.segmentStarts.length) {
      const starts = new Int32Array(this.segments * 2);
      starts.set(this.segmentStarts);
      this.segmentStarts = starts;
    }
    this.segmentStarts[this.segments] = this.length;
    this.segments += 1;
  }

  add(key: number): void {
    if (this.listedBy[key] === this.segments) return;
    this.listedBy[key] = this.segments;
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[this.length] = key;
    this.length += 1;
  }

  /** Counting sort by key; segments are laid out in ascending order within a key. */
  build(): Postings {
    const { keys, length, segmentStarts, segments } = this;
    const start = new Int32Array(this.keySpace + 1);
    for (let i = 0; i < length; i += 1) start[keys[i]! + 1]! += 1;
    for (let key = 0; key < this.keySpace; key += 1) start[key + 1]! += start[key]!;
    const fill = start.slice(0, this.keySpace);
    const ids = new Int32Array(length);
    for (let segment = 0; segment < segments; segment += 1) {
      const to = segment + 1 < segments ? segmentStarts[segment + 1]! : length;
      for (let i = segmentStarts[segment]!; i < to; i += 1) ids[fill[keys[i]!]!++] = segment;
    }
    return { start, ids };
  }
}

/**
 * Bigrams (and pinyin trigrams) are hashed into a fixed number of buckets (Fibonacci hashing): a
 * collision only adds a candidate that the final substring check rejects.
 */
const GRAM_BITS = 16;
const GRAM_BUCKETS = 1 << GRAM_BITS;

function gramBucket(packed: number): number {
  return Math.imul(packed, 0x9e3779b1) >>> (32 - GRAM_BITS);
}

/** Two UTF-16 code units packed into one 32-bit key before hashing. */
function bigramBucket(text: string, at: number): number {
  return gramBucket(text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16));
}

/**
 * A literal field (shortcut, title, tags, body) of every phrase, one segment per value, listed by
 * each code unit and each bigram it contains. A query is only checked against the segments under
 * its rarest bigram (or its one character), so a keystroke costs in proportion to the plausible
 * phrases, not to the size of the library.
 */
interface TextField {
  texts: string[];
  slots: Int32Array;
  byUnit: Postings;
  byBigram: Postings;
}

class TextFieldBuilder {
  private readonly texts: string[] = [];
  private readonly slots: number[] = [];
  private readonly byUnit: PostingsBuilder;
  private readonly byBigram: PostingsBuilder;

  /** `units`: the code units of every value to come; a value lists at most one key per unit. */
  constructor(units: number) {
    this.byUnit = new PostingsBuilder(0x10000, units);
    this.byBigram = new PostingsBuilder(GRAM_BUCKETS, units);
  }

  add(slot: number, text: string): void {
    if (text === '') return;
    this.texts.push(text);
    this.slots.push(slot);
    this.byUnit.next();
    this.byBigram.next();
    for (let i = 0; i < text.length; i += 1) {
      this.byUnit.add(text.charCodeAt(i));
      if (i + 1 < text.length) this.byBigram.add(bigramBucket(text, i));
    }
  }

  build(): TextField {
    return {
      texts: this.texts,
      slots: Int32Array.from(this.slots),
      byUnit: this.byUnit.build(),
      byBigram: this.byBigram.build(),
    };
  }
}

/** The segments that may contain `needle`: those under its rarest bigram, or its only character. */
function textCandidates(field: TextField, needle: string): Int32Array {
  if (needle.length === 1) return postingsOf(field.byUnit, needle.charCodeAt(0));
  let fewest = EMPTY;
  for (let i = 0; i + 1 < needle.length; i += 1) {
    const list = postingsOf(field.byBigram, bigramBucket(needle, i));
    if (list.length === 0) return EMPTY;
    if (i === 0 || list.length < fewest.length) fewest = list;
  }
  return fewest;
}

/**
 * Pinyin spellings of every phrase's title or labels, per phrase. They are plain ASCII and a match
 * may only begin where a syllable does, so phrases are listed by the first one, two and three
 * letters found at each syllable start of any of their spellings: `fah` is checked only against
 * phrases with a syllable starting `fah`, and a phrase with twelve polyphone spellings is still
 * listed (and checked) once. In initials every letter starts a syllable.
 */
interface SpellingField {
  everyLetter: boolean;
  spellings: (readonly PackedSpellings[])[];
  byFirst: Postings;
  byPair: Postings;
  byTriple: Postings;
  /** The same for the first syllable only, so a short needle needs no check at all. */
  leadFirst: Postings;
  leadPair: Postings;
}

const ASCII = 128;

function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * ASCII + text.charCodeAt(at + 1);
}

function tripleBucket(text: string, at: number): number {
  return gramBucket(pairKey(text, at) * ASCII + text.charCodeAt(at + 2));
}

/** Where the spelling that begins at `head` ends in a packed string. */
function spellingEnd(joined: string, head: number): number {
  const end = joined.indexOf(SPELLING_SEPARATOR, head);
  return end < 0 ? joined.length : end;
}

class SpellingFieldBuilder {
  private readonly spellings: (readonly PackedSpellings[])[] = [];
  private readonly byFirst = new PostingsBuilder(ASCII);
  private readonly byPair = new PostingsBuilder(ASCII * ASCII);
  private readonly byTriple = new PostingsBuilder(GRAM_BUCKETS);
  private readonly leadFirst = new PostingsBuilder(ASCII);
  private readonly leadPair = new PostingsBuilder(ASCII * ASCII);

  constructor(private readonly everyLetter: boolean) {}

  /** Called once per slot, in slot order: the slot is the postings' segment. */
  add(spellings: readonly PackedSpellings[]): void {
    this.spellings.push(spellings);
    this.byFirst.next();
    this.byPair.next();
    this.byTriple.next();
    this.leadFirst.next();
    this.leadPair.next();
    for (const { joined, marks } of spellings) {
      let end = 0;
      for (const mark of marks) {
        let at = mark;
        if (mark < 0) {
          at = -mark - 1;
          end = spellingEnd(joined, at);
          this.leadFirst.add(joined.charCodeAt(at));
          if (at + 1 < end) this.leadPair.add(pairKey(joined, at));
          if (this.everyLetter) {
            for (let letter = at; letter < end; letter += 1) this.list(joined, letter, end);
            continue;
          }
        }
        this.list(joined, at, end);
      }
    }
  }

  private list(joined: string, at: number, end: number): void {
    this.byFirst.add(joined.charCodeAt(at));
    if (at + 1 < end) this.byPair.add(pairKey(joined, at));
    if (at + 2 < end) this.byTriple.add(tripleBucket(joined, at));
  }

  build(): SpellingField {
    return {
      everyLetter: this.everyLetter,
      spellings: this.spellings,
      byFirst: this.byFirst.build(),
      byPair: this.byPair.build(),
      byTriple: this.byTriple.build(),
      leadFirst: this.leadFirst.build(),
      leadPair: this.leadPair.build(),
    };
  }
}

/** The searchable form of the whole library, rebuilt after edits on the next search. */
interface Compiled {
  entries: PhraseKeys[];
  /** Library order per slot (groupName, sortOrder, id): the last tie-breaker, precomputed. */
  libraryRank: Int32Array;
  shortcut: TextField;
  title: TextField;
  labels: TextField;
  body: TextField;
  titleFull: SpellingField;
  titleInitials: SpellingField;
  labelFull: SpellingField;
  labelInitials: SpellingField;
  /** Scratch reused by every search: the best match score per slot, valid where `seen` = `round`. */
  seen: Uint32Array;
  best: Float64Array;
  matched: Int32Array;
  round: number;
  /** Frecency steps per slot as `stepsOf` answered, NaN until asked: a keystroke asks thousands. */
  steps: Float64Array;
  stepsOf: SearchOptions['frecency'] | null;
}

/**
 * Library order as an array of slots: the blank query's listing and the last tie-breaker. The
 * few distinct group names are ranked once, so sorting ten thousand phrases compares numbers and
 * only falls back to ids on a tie.
 */
function libraryOrderOf(phrases: readonly SearchablePhrase[]): number[] {
  const names = [...new Set(phrases.map((p) => p.groupName))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOfName = new Map(names.map((name, rank) => [name, rank]));
  const groupRank = Int32Array.from(phrases, (p) => rankOfName.get(p.groupName)!);
  const order = phrases.map((_, slot) => slot);
  return order.sort((a, b) => {
    const group = groupRank[a]! - groupRank[b]!;
    if (group !== 0) return group;
    const pa = phrases[a]!;
    const pb = phrases[b]!;
    if (pa.sortOrder !== pb.sortOrder) return pa.sortOrder - pb.sortOrder;
    return pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0;
  });
}

/** Slots added to the builders between two looks at the caller's clock. */
const SLOTS_PER_CHECK = 64;

/**
 * Compiles the listings over every phrase's keys, a run of slots at a time, so a page can spread
 * the work over idle moments; `run` without a clock to yield to finishes it in one go.
 */
class CompileJob {
  private readonly shortcut: TextFieldBuilder;
  private readonly title: TextFieldBuilder;
  private readonly labels: TextFieldBuilder;
  private readonly body: TextFieldBuilder;
  private readonly titleFull = new SpellingFieldBuilder(false);
  private readonly titleInitials = new SpellingFieldBuilder(true);
  private readonly labelFull = new SpellingFieldBuilder(false);
  private readonly labelInitials = new SpellingFieldBuilder(true);
  private next = 0;

  constructor(private readonly entries: PhraseKeys[]) {
    let shortcut = 0;
    let title = 0;
    let labels = 0;
    let body = 0;
    for (const keys of entries) {
      shortcut += keys.shortcut.length;
      title += keys.title.length;
      body += keys.body.length;
      for (const label of keys.labels) labels += label.length;
    }
    this.shortcut = new TextFieldBuilder(shortcut);
    this.title = new TextFieldBuilder(title);
    this.labels = new TextFieldBuilder(labels);
    this.body = new TextFieldBuilder(body);
  }

  /** The compiled index, or null when `shouldYield` asked to stop first. */
  run(shouldYield: () => boolean): Compiled | null {
    const { entries } = this;
    while (this.next < entries.length) {
      const to = Math.min(entries.length, this.next + SLOTS_PER_CHECK);
      for (let slot = this.next; slot < to; slot += 1) {
        const keys = entries[slot]!;
        this.shortcut.add(slot, keys.shortcut);
        this.title.add(slot, keys.title);
        for (const label of keys.labels) this.labels.add(slot, label);
        this.body.add(slot, keys.body);
        this.titleFull.add(keys.titleFull);
        this.titleInitials.add(keys.titleInitials);
        this.labelFull.add(keys.labelFull);
        this.labelInitials.add(keys.labelInitials);
      }
      this.next = to;
      if (shouldYield()) return null;
    }
    const libraryRank = new Int32Array(entries.length);
    libraryOrderOf(entries.map((keys) => keys.phrase)).forEach((slot, rank) => (libraryRank[slot] = rank));
    return {
      entries,
      libraryRank,
      shortcut: this.shortcut.build(),
      title: this.title.build(),
      labels: this.labels.build(),
      body: this.body.build(),
      titleFull: this.titleFull.build(),
      titleInitials: this.titleInitials.build(),
      labelFull: this.labelFull.build(),
      labelInitials: this.labelInitials.build(),
      seen: new Uint32Array(entries.length),
      best: new Float64Array(entries.length),
      matched: new Int32Array(entries.length),
      round: 0,
      steps: new Float64Array(entries.length),
      stepsOf: null,
    };
  }
}

/** Opaque to callers; build it with `buildPhraseIndex`. */
export interface PhraseIndex {
  /** Number of phrases indexed. */
  readonly size: number;
}

/** Phrases whose keys are computed between two looks at the caller's clock. */
const PHRASES_PER_CHECK = 16;

/**
 * Indexing runs in two steps, each resumable: every phrase's keys (its normalised fields and
 * pinyin spellings, kept across edits of other phrases), then the compiled listings over all of
 * them. An upsert or removal only marks the work; a search, or `advancePhraseIndex` in idle
 * moments, does it.
 */
class IndexState implements PhraseIndex {
  readonly readings = createReadingCache();
  readonly spelled: SpelledCache = new Map();
  readonly phrases = new Map<string, SearchablePhrase>();
  readonly keys = new Map<string, PhraseKeys>();
  /** Ids upserted since their keys were last computed, in upsert order (removed ones are skipped). */
  private pending: string[] = [];
  /** How far through `pending` the keys have been computed. */
  private pendingAt = 0;
  private job: CompileJob | null = null;
  compiled: Compiled | null = null;
  /** The blank query's listing while nothing is compiled; dropped with every change. */
  private listing: SearchablePhrase[] | null = null;

  get size(): number {
    return this.phrases.size;
  }

  upsert(phrase: SearchablePhrase): void {
    this.phrases.set(phrase.id, phrase);
    this.keys.delete(phrase.id);
    this.pending.push(phrase.id);
    this.changed();
  }

  remove(id: string): void {
    if (!this.phrases.delete(id)) return;
    this.keys.delete(id);
    this.changed();
  }

  private changed(): void {
    this.job = null;
    this.compiled = null;
    this.listing = null;
  }

  /** Does the outstanding indexing work until `shouldYield` says stop; true once it is all done. */
  advance(shouldYield: () => boolean): boolean {
    if (this.compiled || this.phrases.size === 0) return true;
    const { pending } = this;
    while (this.pendingAt < pending.length) {
      const to = Math.min(pending.length, this.pendingAt + PHRASES_PER_CHECK);
      for (let at = this.pendingAt; at < to; at += 1) {
        const phrase = this.phrases.get(pending[at]!);
        if (phrase && !this.keys.has(phrase.id))
          this.keys.set(phrase.id, keysOf(phrase, this.readings, this.spelled));
      }
      this.pendingAt = to;
      if (shouldYield()) return false;
    }
    this.pending = [];
    this.pendingAt = 0;
    this.job ??= new CompileJob([...this.keys.values()]);
    this.compiled = this.job.run(shouldYield);
    if (this.compiled) this.job = null;
    return this.compiled !== null;
  }

  current(): Compiled {
    this.advance(() => false);
    return this.compiled!;
  }

  /** Every phrase in library order, for the blank query before the listings are compiled. */
  inLibraryOrder(): SearchablePhrase[] {
    if (!this.listing) {
      const phrases = [...this.phrases.values()];
      this.listing = libraryOrderOf(phrases).map((slot) => phrases[slot]!);
    }
    return this.listing;
  }
}

function stateOf(index: PhraseIndex): IndexState {
  if (!(index instanceof IndexState)) throw new TypeError('not a phrase index from buildPhraseIndex');
  return index;
}

/** Indexes the library; a repeated id keeps its last row, as an upsert would. */
export function buildPhraseIndex(phrases: readonly SearchablePhrase[]): PhraseIndex {
  const state = new IndexState();
  for (const phrase of phrases) state.upsert(phrase);
  // Compiled now, so the panel's first keystroke after load does not pay for it. An empty index
  // is not: its listings would cost their fixed size (tens of milliseconds) to hold nothing.
  if (state.size > 0) state.current();
  return state;
}

/**
 * Adds or replaces one phrase (after an edit). Its pinyin keys are computed once, by the next
 * search or `advancePhraseIndex`; the other phrases keep theirs.
 */
export function upsertIndexedPhrase(index: PhraseIndex, phrase: SearchablePhrase): void {
  stateOf(index).upsert(phrase);
}

export function removeIndexedPhrase(index: PhraseIndex, id: string): void {
  stateOf(index).remove(id);
}

/**
 * Does outstanding indexing work (after upserts) until `shouldYield` returns true, and says
 * whether the index is complete. A page calls it in idle slices; a search that finds the work
 * unfinished does the rest itself, so results never depend on how far this got.
 */
export function advancePhraseIndex(index: PhraseIndex, shouldYield: () => boolean): boolean {
  return stateOf(index).advance(shouldYield);
}

/** Keeps the best match per phrase for the search in progress. */
function record(compiled: Compiled, count: number, slot: number, score: number): number {
  if (compiled.seen[slot] !== compiled.round) {
    compiled.seen[slot] = compiled.round;
    compiled.best[slot] = score;
    compiled.matched[count] = slot;
    return count + 1;
  }
  if (score > compiled.best[slot]!) compiled.best[slot] = score;
  return count;
}

/**
 * Where `needle` occurs in a candidate, or -1. A one-character needle is known to occur (it is
 * listed by that character), so only "at the start or not" is left; 1 stands for "inside".
 */
function literalAt(text: string, needle: string): number {
  if (needle.length === 1) return text.charCodeAt(0) === needle.charCodeAt(0) ? 0 : 1;
  return text.indexOf(needle);
}

/** Literal substring matches in one field, at the start of a value or inside it. */
function scanText(
  compiled: Compiled,
  count: number,
  field: TextField,
  needle: string,
  tier: MatchTier,
): number {
  const inside = matchScore(tier, 'text', false);
  const atStart = matchScore(tier, 'text', true);
  for (const segment of textCandidates(field, needle)) {
    const at = literalAt(field.texts[segment]!, needle);
    if (at >= 0) count = record(compiled, count, field.slots[segment]!, at === 0 ? atStart : inside);
  }
  return count;
}

/** Shortcut codes: whole code = exact, start = prefix, elsewhere = a weak, tags-tier hint. */
function scanShortcuts(compiled: Compiled, count: number, needle: string): number {
  const field = compiled.shortcut;
  const exact = matchScore('shortcutExact', 'shortcut', true);
  const prefix = matchScore('shortcutPrefix', 'shortcut', true);
  const inside = matchScore('tags', 'shortcut', false);
  for (const segment of textCandidates(field, needle)) {
    const code = field.texts[segment]!;
    const at = literalAt(code, needle);
    if (at < 0) continue;
    const score = at > 0 ? inside : code.length === needle.length ? exact : prefix;
    count = record(compiled, count, field.slots[segment]!, score);
  }
  return count;
}

/** What `marks` says about `offset`: 0 a spelling begins there, 1 a syllable does, -1 neither. */
function markAt(marks: readonly number[], offset: number): number {
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const mark = marks[middle]!;
    const at = mark < 0 ? -mark - 1 : mark;
    if (at === offset) return mark < 0 ? 0 : 1;
    if (at < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Where `needle` (letters and digits) continues one of the packed spellings from a syllable start
 * (in initials, from any letter): 0 at the start of a spelling, 1 further in, -1 nowhere. Found by
 * the native substring search first, so a candidate that only shares the needle's first letters
 * costs one scan of its string.
 */
function spelledAt({ joined, marks }: PackedSpellings, needle: string, everyLetter: boolean): number {
  let found = -1;
  for (let at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
    const mark = markAt(marks, at);
    if (mark === 0) return 0;
    if (mark > 0 || everyLetter) found = 1;
  }
  return found;
}

/** Pinyin matches (`needle` is ASCII letters and digits) from a syllable start. */
function scanSpelling(
  compiled: Compiled,
  count: number,
  field: SpellingField,
  needle: string,
  tier: MatchTier,
  kind: MatchKind,
): number {
  const inside = matchScore(tier, kind, false);
  const atStart = matchScore(tier, kind, true);
  if (needle.length <= 2) {
    // Listed exactly: every phrase under the key matches, at the start when it is also a lead.
    const single = needle.length === 1;
    const key = single ? needle.charCodeAt(0) : pairKey(needle, 0);
    for (const slot of postingsOf(single ? field.leadFirst : field.leadPair, key)) {
      count = record(compiled, count, slot, atStart);
    }
    for (const slot of postingsOf(single ? field.byFirst : field.byPair, key)) {
      count = record(compiled, count, slot, inside);
    }
    return count;
  }
  for (const slot of postingsOf(field.byTriple, tripleBucket(needle, 0))) {
    // The listing only says some spelling has the needle's first three letters (or a hash
    // collision) at a syllable start: which spelling, where, and whether, is checked here.
    let found = -1;
    for (const spellings of field.spellings[slot]!) {
      const at = spelledAt(spellings, needle, field.everyLetter);
      if (at > 0) found = at;
      if (at === 0) {
        found = 0;
        break;
      }
    }
    if (found >= 0) count = record(compiled, count, slot, found === 0 ? atStart : inside);
  }
  return count;
}

const PINYIN_QUERY = /^[a-z0-9]+$/;

function collect(compiled: Compiled, query: string): number {
  let count = 0;
  if (query === '') {
    const listed = matchScore('title', 'text', true);
    for (let slot = 0; slot < compiled.entries.length; slot += 1) {
      count = record(compiled, count, slot, listed);
    }
    return count;
  }
  const compact = query.replace(/ /g, '');
  count = scanShortcuts(compiled, count, compact);
  count = scanText(compiled, count, compiled.title, query, 'title');
  count = scanText(compiled, count, compiled.labels, query, 'tags');
  count = scanText(compiled, count, compiled.body, query, 'body');
  const spelled = foldPinyinQuery(query);
  if (PINYIN_QUERY.test(spelled)) return scanPinyin(compiled, count, [spelled], [spelled]);
  const mixed = mixedQuerySpellings(query);
  return scanPinyin(compiled, count, mixed.full, mixed.initials);
}

/** Title and tags by full-pinyin and initials spellings of the query. */
function scanPinyin(
  compiled: Compiled,
  count: number,
  full: readonly string[],
  initials: readonly string[],
): number {
  for (const needle of full) {
    count = scanSpelling(compiled, count, compiled.titleFull, needle, 'title', 'pinyinFull');
    count = scanSpelling(compiled, count, compiled.labelFull, needle, 'tags', 'pinyinFull');
  }
  for (const needle of initials) {
    count = scanSpelling(compiled, count, compiled.titleInitials, needle, 'title', 'pinyinInitials');
    count = scanSpelling(compiled, count, compiled.labelInitials, needle, 'tags', 'pinyinInitials');
  }
  return count;
}

function frecencySteps(frecency: SearchOptions['frecency'], id: string): number {
  if (!frecency) return 0;
  const value = frecency(id);
  if (!(value > 0)) return 0;
  return Math.min(Math.round(value * 100), MAX_FRECENCY_STEPS);
}

/** Whether slot `a` ranks above slot `b`: higher score, then earlier in the library. */
function ranksAbove(compiled: Compiled, a: number, b: number): boolean {
  const { best, libraryRank } = compiled;
  return best[a]! > best[b]! || (best[a] === best[b] && libraryRank[a]! < libraryRank[b]!);
}

/** Restores the heap below `parent`, where the root is the lowest-ranked hit kept. */
function siftDown(compiled: Compiled, heap: number[], parent: number): void {
  for (;;) {
    const left = parent * 2 + 1;
    if (left >= heap.length) return;
    const right = left + 1;
    const lower = right < heap.length && ranksAbove(compiled, heap[left]!, heap[right]!) ? right : left;
    if (!ranksAbove(compiled, heap[parent]!, heap[lower]!)) return;
    const moved = heap[parent]!;
    heap[parent] = heap[lower]!;
    heap[lower] = moved;
    parent = lower;
  }
}

function siftUp(compiled: Compiled, heap: number[], child: number): void {
  const slot = heap[child]!;
  while (child > 0) {
    const parent = (child - 1) >>> 1;
    if (!ranksAbove(compiled, heap[parent]!, slot)) break;
    heap[child] = heap[parent]!;
    child = parent;
  }
  heap[child] = slot;
}

/**
 * Adds frecency to the matched slots that can still make the first `limit`, and returns those
 * `limit` best first. Tier outweighs frecency, so when the upper tiers already fill the list the
 * lower ones are only counted: a one-letter query matching most of the library asks for the
 * frecency of the title matches, not of every body. A bounded heap (lowest kept hit at the root)
 * then selects the best in O(n log limit) instead of sorting every match.
 */
function rank(
  compiled: Compiled,
  count: number,
  limit: number,
  frecency: SearchOptions['frecency'],
): number[] {
  const { best, matched, entries } = compiled;
  const perTier = [0, 0, 0, 0, 0];
  for (let i = 0; i < count; i += 1) perTier[Math.floor(best[matched[i]!]! / TIER_UNIT)]! += 1;
  let lowestTier = perTier.length - 1;
  for (let listed = perTier[lowestTier]!; listed < limit && lowestTier > 0;) listed += perTier[--lowestTier]!;
  const lowestScore = lowestTier * TIER_UNIT;

  const heap: number[] = [];
  if (limit === 0) return heap;
  if (compiled.stepsOf !== frecency) {
    compiled.steps.fill(NaN);
    compiled.stepsOf = frecency;
  }
  const { steps } = compiled;
  for (let i = 0; i < count; i += 1) {
    const slot = matched[i]!;
    if (best[slot]! < lowestScore) continue;
    let used = steps[slot]!;
    if (Number.isNaN(used)) used = steps[slot] = frecencySteps(frecency, entries[slot]!.phrase.id);
    best[slot] = best[slot]! + used * FRECENCY_UNIT;
    if (heap.length < limit) {
      heap.push(slot);
      siftUp(compiled, heap, heap.length - 1);
    } else if (ranksAbove(compiled, slot, heap[0]!)) {
      heap[0] = slot;
      siftDown(compiled, heap, 0);
    }
  }
  return heap.sort((a, b) => (ranksAbove(compiled, a, b) ? -1 : 1));
}

/**
 * The blank query's answer straight from the rows, while the listings are not compiled yet: the
 * same scores and order as the compiled answer (every phrase a title match at position 0, most
 * used first, then library order), so a panel can show its list before it has spelled a thing.
 */
function listLibrary(
  state: IndexState,
  limit: number,
  frecency: SearchOptions['frecency'],
): { hits: SearchHit[]; total: number } {
  const listed = matchScore('title', 'text', true);
  const ordered = state.inLibraryOrder();
  // Library order is already sorted, so a stable sort by frecency alone keeps it among equals.
  const used: { phrase: SearchablePhrase; steps: number }[] = [];
  for (const phrase of ordered) {
    const steps = frecencySteps(frecency, phrase.id);
    if (steps > 0) used.push({ phrase, steps });
  }
  used.sort((a, b) => b.steps - a.steps);
  const hits: SearchHit[] = [];
  const hit = (id: string, steps: number): SearchHit => ({
    id,
    tier: 'title',
    matchedBy: 'text',
    score: listed + steps * FRECENCY_UNIT,
  });
  for (const { phrase, steps } of used) {
    if (hits.length === limit) break;
    hits.push(hit(phrase.id, steps));
  }
  for (const phrase of ordered) {
    if (hits.length === limit) break;
    if (frecencySteps(frecency, phrase.id) === 0) hits.push(hit(phrase.id, 0));
  }
  return { hits, total: ordered.length };
}

/**
 * Ranked matches for what the agent typed. A blank query lists the whole library, most used
 * first. `total` counts every matching phrase; `hits` holds at most `limit` of them.
 */
export function searchPhrases(
  index: PhraseIndex,
  query: string,
  options: SearchOptions = {},
): { hits: SearchHit[]; total: number } {
  const state = stateOf(index);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
  if (state.size === 0) return { hits: [], total: 0 };
  const normalized = normalizeSearchText(query);
  if (normalized === '' && !state.compiled) return listLibrary(state, limit, options.frecency);
  const compiled = state.current();
  compiled.round += 1;
  if (compiled.round === 0xffffffff) {
    compiled.seen.fill(0);
    compiled.round = 1;
  }
  const count = collect(compiled, normalized);
  const hits = rank(compiled, count, limit, options.frecency).map((slot): SearchHit => {
    const score = compiled.best[slot]!;
    return {
      id: compiled.entries[slot]!.phrase.id,
      tier: TIER_BY_RANK[Math.floor(score / TIER_UNIT)]!,
      matchedBy: KIND_BY_RANK[score % START_UNIT]!,
      score,
    };
  });
  return { hits, total: count };
}
