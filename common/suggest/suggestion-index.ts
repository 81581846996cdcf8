/**
 * Suggested replies: the buyer's question → the library's phrases that answer it, best first.
 *
 * Each phrase is found two ways, the way AliMe's first stage does (BM25 over a bag of known
 * questions per answer, ACL 2017):
 * - Words. Character unigrams and bigrams (question-terms.ts) are ranked with BM25 against the
 *   phrase itself (BM25F: title, tags and shortcut weigh more than group and body) and against
 *   each of its questions, example or learned, as a document of its own, so one close paraphrase
 *   of a question the team answered before is enough. A learned question weighs a little more
 *   with every pick.
 * - Situations. The lexicon's intents found in the question are matched with the intents found in
 *   the phrase's title, tags, examples (strong) and group and body (weak). This is what finds a
 *   shop's own phrases that ship without example questions.
 *
 * Both parts are scaled to the question (1 ≈ everything in the question matched), so their sum
 * weighs them alike whatever the question's length. Frecency orders equal scores only.
 *
 * Hot path: a question touches only the postings of its own terms and the phrases holding its
 * intents; per-document and per-phrase scores live in typed arrays reused across questions.
 */
import { findIntents, type IntentWeights } from './intent-match';
import { cleanQuestion, cleanText, normalizeQuestion, withoutPleasantries } from './question-text';
import { addTermCounts, queryTerms, termCounts, termLength, type TermKey } from './question-terms';
import { TermPostings } from './term-postings';
import type {
  IntentId,
  LearnedQuestion,
  Suggestion,
  SuggestablePhrase,
  SuggestOptions,
} from './suggestion-types';

const K1 = 1.2;
const B = 0.75;
/** BM25F field weights for the phrase's own text. */
const FIELD_WEIGHT = { title: 3, tags: 2.5, group: 0.6, shortcut: 2, body: 0.5 } as const;
type Field = keyof typeof FIELD_WEIGHT;
const FIELDS = Object.keys(FIELD_WEIGHT) as Field[];
/** How surely an intent found in each part of a phrase says what the phrase is about. */
const INTENT_SOURCE_WEIGHT = { title: 1, tags: 1, questions: 1, group: 0.3, body: 0.35 } as const;
/** The least an intent named by one example of many counts for. */
const MIN_EXAMPLE_SHARE = 0.34;
/** An intent this strong is what the phrase is about, not a word its body happens to use. */
const STRONG_INTENT = 1;
/** Weight of the situations beside the words, and of a phrase being about nothing else. */
const INTENT_WEIGHT = 1;
const PRECISION_WEIGHT = 0.3;
/** Below this a phrase shares a stray character with the question, not its meaning. */
const MIN_SCORE = 0.15;
/** Unigrams in more than this share of documents (的, 了, 我) cost time and tell nothing. */
const COMMON_UNIGRAM_SHARE = 0.2;
const MAX_LIMIT = 50;

const KIND_PHRASE = 0;
const KIND_EXAMPLE = 1;
const KIND_LEARNED = 2;

interface PhraseEntry {
  phrase: SuggestablePhrase;
  alive: boolean;
  intents: IntentWeights;
  /** Sum of the phrase's strong intents, for how much of it the question covers. */
  strongTotal: number;
  /** The phrase's normalised words, for saying which of the question's words it holds. */
  text: string;
  docs: number[];
}

/** A phrase's texts in the forms the index reads, prepared once per build or edit. */
interface PreparedPhrase {
  phrase: SuggestablePhrase;
  fields: Record<Field, string>;
  intents: IntentWeights;
  examples: string[];
}

export interface SuggestionIndex {
  build(phrases: readonly SuggestablePhrase[], learned: readonly LearnedQuestion[]): void;
  upsertPhrase(phrase: SuggestablePhrase): void;
  removePhrase(phraseId: string): void;
  /** Adds the question (normalised, as stored) to the phrase's bag, or sets its picks. */
  learn(question: LearnedQuestion): void;
  forget(phraseId: string, text: string): void;
  suggest(question: string, options?: SuggestOptions): Suggestion[];
  size(): { phrases: number; questions: number };
}

/**
 * A question the team answered with this phrase is the surest evidence there is: its document
 * outweighs the phrase's own text, so one pick puts the phrase first for that question and its
 * close paraphrases, and more picks weigh a little more.
 */
const LEARNED_BOOST = 1.5;
const learnedWeight = (picks: number) => LEARNED_BOOST * (1 + 0.15 * Math.log(Math.max(1, picks)));
const learnedKey = (phraseId: string, text: string) => `${phraseId}\u0000${text}`;

type NumberArray = Float64Array | Float32Array | Int32Array | Uint8Array;

function grow<T extends NumberArray>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const bigger = make(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The question's words that `holder` also holds, as whole runs (退款到账, not 退款 + 款到 + 到账). */
function matchedWords(query: string, holder: string): string[] {
  const words = new Set<string>();
  for (const [run] of query.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run];
    let current = '';
    for (let i = 0; i < chars.length; i += 1) {
      const next = chars[i + 1];
      if (next !== undefined && holder.includes(chars[i]! + next)) {
        current = current === '' ? chars[i]! + next : current + next;
      } else if (current !== '') {
        words.add(current);
        current = '';
      }
    }
  }
  const holderWords = new Set(holder.split(/\s+/));
  for (const [word] of query.matchAll(/[a-z]+/g)) if (holderWords.has(word)) words.add(word);
  return [...words];
}

export function createSuggestionIndex(): SuggestionIndex {
  let postings = new TermPostings();
  let docCount = 0;
  let docPhrase = new Int32Array(1024);
  let docKind = new Uint8Array(1024);
  let docAlive = new Uint8Array(1024);
  let docWeight = new Float64Array(1024);
  let docText: string[] = [];
  let aliveDocs = 0;
  let entries: PhraseEntry[] = [];
  let slotOf = new Map<string, number>();
  let learnedDoc = new Map<string, number>();
  let learnedPicks = new Map<string, number>();
  let intentPhrases = new Map<IntentId, Map<number, number>>();
  let lengthSums = new Map<Field | 'question', { total: number; count: number }>();
  /** Cleaned text and intents per distinct string: group names and tags repeat across phrases. */
  let cleanCache = new Map<string, { clean: string; intents: IntentWeights }>();
  /** While a build adds documents whose lengths it has already counted. */
  let building = false;

  /** Scratch space for one question, zeroed again before it returns. */
  let docScore = new Float64Array(1024);
  let slotScore = new Float64Array(256);
  let slotDoc = new Int32Array(256);
  let slotCovered = new Float64Array(256);
  let slotStrong = new Float64Array(256);

  function averageLength(field: Field | 'question'): number {
    const sums = lengthSums.get(field);
    return sums && sums.count > 0 ? Math.max(1, sums.total / sums.count) : 1;
  }

  function noteLength(field: Field | 'question', length: number, sign: 1 | -1) {
    const sums = lengthSums.get(field) ?? { total: 0, count: 0 };
    sums.total += sign * length;
    sums.count += sign;
    lengthSums.set(field, sums);
  }

  function cleaned(text: string) {
    let known = cleanCache.get(text);
    if (!known) {
      const clean = cleanText(text);
      known = { clean, intents: findIntents(clean) };
      cleanCache.set(text, known);
    }
    return known;
  }

  function prepare(phrase: SuggestablePhrase): PreparedPhrase {
    const body = phrase.body.replace(/\{[^}]*\}/g, ' ');
    const intents: IntentWeights = new Map();
    const note = (found: IntentWeights, sourceWeight: number) => {
      for (const [intent, w] of found)
        intents.set(intent, Math.max(intents.get(intent) ?? 0, w * sourceWeight));
    };
    const title = cleaned(phrase.title);
    const tags = phrase.tags.map(cleaned);
    const group = cleaned(phrase.groupName);
    const bodyText = cleaned(body);
    note(title.intents, INTENT_SOURCE_WEIGHT.title);
    for (const tag of tags) note(tag.intents, INTENT_SOURCE_WEIGHT.tags);
    note(group.intents, INTENT_SOURCE_WEIGHT.group);
    note(bodyText.intents, INTENT_SOURCE_WEIGHT.body);
    // A situation one example of several mentions in passing (退款要多久 asks how long, but about
    // a refund) counts by the share of examples naming it, so the phrase is not made about it.
    const examples = new Set<string>();
    const exampleIntents = new Map<IntentId, number[]>();
    for (const question of phrase.questions) {
      const clean = cleanQuestion(question);
      for (const [intent, w] of findIntents(clean))
        exampleIntents.set(intent, [...(exampleIntents.get(intent) ?? []), w]);
      const normal = withoutPleasantries(clean);
      if (normal !== '') examples.add(normal);
    }
    const share = (n: number) => Math.max(n / phrase.questions.length, MIN_EXAMPLE_SHARE);
    for (const [intent, found] of exampleIntents) {
      note(new Map([[intent, Math.max(...found) * share(found.length)]]), INTENT_SOURCE_WEIGHT.questions);
    }
    return {
      phrase,
      intents,
      examples: [...examples],
      fields: {
        title: withoutPleasantries(title.clean),
        tags: tags.map((t) => t.clean).join(' '),
        group: group.clean,
        shortcut: phrase.shortcut.toLowerCase().replace(/[^a-z]/g, ''),
        body: bodyText.clean,
      },
    };
  }

  function addDoc(
    slot: number,
    kind: number,
    text: string,
    weight: number,
    tfs: Map<TermKey, number>,
  ): number {
    const doc = docCount;
    docCount += 1;
    if (docCount > docPhrase.length) {
      docPhrase = grow(docPhrase, docCount, (n) => new Int32Array(n));
      docKind = grow(docKind, docCount, (n) => new Uint8Array(n));
      docAlive = grow(docAlive, docCount, (n) => new Uint8Array(n));
      docWeight = grow(docWeight, docCount, (n) => new Float64Array(n));
    }
    docPhrase[doc] = slot;
    docKind[doc] = kind;
    docAlive[doc] = 1;
    docWeight[doc] = weight;
    docText.push(text);
    aliveDocs += 1;
    for (const [term, tf] of tfs) tfs.set(term, (tf * (K1 + 1)) / (tf + K1));
    postings.add(doc, tfs);
    entries[slot]!.docs.push(doc);
    return doc;
  }

  function killDoc(doc: number) {
    if (!docAlive[doc]) return;
    docAlive[doc] = 0;
    aliveDocs -= 1;
    const { counts, length } = termCounts(docText[doc]!);
    postings.remove(counts.keys());
    if (docKind[doc] !== KIND_PHRASE) noteLength('question', length, -1);
  }

  /** BM25F: each field's count, length-normalised and weighted, folded into one frequency. */
  function phraseDocTf(fields: Record<Field, string>): Map<TermKey, number> {
    const tf = new Map<TermKey, number>();
    for (const field of FIELDS) {
      const norm = 1 - B + (B * termLength(fields[field])) / averageLength(field);
      addTermCounts(fields[field], FIELD_WEIGHT[field] / norm, tf);
    }
    return tf;
  }

  function questionDocTf(text: string): Map<TermKey, number> {
    const { counts, length } = termCounts(text);
    if (!building) noteLength('question', length, 1);
    const norm = 1 - B + (B * length) / averageLength('question');
    for (const [term, count] of counts) counts.set(term, count / norm);
    return counts;
  }

  function addPhrase(prepared: PreparedPhrase) {
    const { phrase, fields, intents, examples } = prepared;
    const slot = entries.length;
    let strongTotal = 0;
    for (const weight of intents.values()) if (weight >= STRONG_INTENT) strongTotal += weight;
    const text = FIELDS.map((f) => fields[f]).join(' ');
    entries.push({ phrase, alive: true, intents, strongTotal, text, docs: [] });
    slotOf.set(phrase.id, slot);
    for (const [intent, weight] of intents) {
      let holders = intentPhrases.get(intent);
      if (!holders) intentPhrases.set(intent, (holders = new Map()));
      holders.set(slot, weight);
    }
    addDoc(slot, KIND_PHRASE, text, 1, phraseDocTf(fields));
    for (const example of examples) addDoc(slot, KIND_EXAMPLE, example, 1, questionDocTf(example));
  }

  function dropPhrase(slot: number) {
    const entry = entries[slot]!;
    if (!entry.alive) return;
    entry.alive = false;
    slotOf.delete(entry.phrase.id);
    for (const doc of entry.docs) killDoc(doc);
    for (const holders of intentPhrases.values()) holders.delete(slot);
  }

  function learnInto(slot: number, { phraseId, text, picks }: LearnedQuestion) {
    if (text === '') return;
    const key = learnedKey(phraseId, text);
    learnedPicks.set(key, picks);
    const existing = learnedDoc.get(key);
    if (existing !== undefined && docAlive[existing]) {
      docWeight[existing] = learnedWeight(picks);
      return;
    }
    learnedDoc.set(key, addDoc(slot, KIND_LEARNED, text, learnedWeight(picks), questionDocTf(text)));
  }

  function build(phrases: readonly SuggestablePhrase[], learned: readonly LearnedQuestion[]) {
    postings = new TermPostings();
    docCount = 0;
    docText = [];
    aliveDocs = 0;
    entries = [];
    slotOf = new Map();
    learnedDoc = new Map();
    learnedPicks = new Map();
    intentPhrases = new Map();
    lengthSums = new Map();
    cleanCache = new Map();
    const prepared = phrases.map(prepare);
    // Lengths first, so every document is normalised by the library's real averages whatever
    // order it comes in: phrases with the same questions score the same.
    const known = new Set(phrases.map((p) => p.id));
    for (const { fields, examples } of prepared) {
      for (const field of FIELDS) noteLength(field, termLength(fields[field]), 1);
      for (const example of examples) noteLength('question', termLength(example), 1);
    }
    for (const q of learned) if (known.has(q.phraseId)) noteLength('question', termLength(q.text), 1);
    building = true;
    for (const p of prepared) addPhrase(p);
    for (const question of learned) {
      const slot = slotOf.get(question.phraseId);
      if (slot !== undefined) learnInto(slot, question);
    }
    building = false;
    postings.seal();
  }

  const idf = (df: number) => Math.log(1 + (aliveDocs - df + 0.5) / (df + 0.5));

  /** Words: BM25 per document, each phrase keeping its best. Returns the question's own score. */
  function scoreWords(query: string, touchedSlots: number[]): number {
    docScore = grow(docScore, docCount, (n) => new Float64Array(n));
    const touchedDocs: number[] = [];
    let selfScore = 0;
    const known = (term: TermKey | undefined) => term !== undefined && postings.df(term) > 0;
    for (const [term, { weight, before, after }] of queryTerms(query)) {
      const df = postings.df(term);
      if (df === 0) {
        selfScore += weight * idf(0);
        continue;
      }
      // A character inside a bigram the library knows is counted by that bigram already; alone
      // it matters where its bigrams fail (a typo beside it, a one-character word like 贵).
      if (weight < 1 && (known(before) || known(after) || df > aliveDocs * COMMON_UNIGRAM_SHARE)) continue;
      const termIdf = weight * idf(df);
      selfScore += termIdf;
      postings.scan(term, termIdf, docAlive, docScore, touchedDocs);
    }
    for (const doc of touchedDocs) {
      const score = docScore[doc]! * docWeight[doc]!;
      docScore[doc] = 0;
      const slot = docPhrase[doc]!;
      if (slotScore[slot] === 0) touchedSlots.push(slot);
      if (score > slotScore[slot]!) {
        slotScore[slot] = score;
        slotDoc[slot] = doc;
      }
    }
    return selfScore;
  }

  function suggest(question: string, options: SuggestOptions = {}): Suggestion[] {
    const limit = Math.min(MAX_LIMIT, Math.max(1, options.limit ?? 3));
    const clean = cleanQuestion(question);
    const query = withoutPleasantries(clean);
    if (query === '' || slotOf.size === 0) return [];
    slotScore = grow(slotScore, entries.length, (n) => new Float64Array(n));
    slotDoc = grow(slotDoc, entries.length, (n) => new Int32Array(n));
    slotCovered = grow(slotCovered, entries.length, (n) => new Float64Array(n));
    slotStrong = grow(slotStrong, entries.length, (n) => new Float64Array(n));

    const candidates: number[] = [];
    const selfScore = scoreWords(query, candidates);

    // Situations: how much of what the buyer asks about the phrase is about, and nothing else.
    const asked = findIntents(clean);
    const askedWeight = new Map<IntentId, number>();
    let askedTotal = 0;
    for (const [intent, weight] of asked) {
      const holders = intentPhrases.get(intent);
      const value = weight * Math.log(1 + slotOf.size / (1 + (holders?.size ?? 0)));
      askedTotal += value;
      if (!holders) continue;
      askedWeight.set(intent, value);
      for (const [slot, held] of holders) {
        if (slotScore[slot] === 0 && slotCovered[slot] === 0) candidates.push(slot);
        slotCovered[slot] = slotCovered[slot]! + value * held;
        if (held >= STRONG_INTENT) slotStrong[slot] = slotStrong[slot]! + held;
      }
    }

    const frecency = options.frecency;
    const better = (a: { slot: number; score: number }, b: { slot: number; score: number }) => {
      const byScore = Math.round(a.score * 1e6) - Math.round(b.score * 1e6);
      if (byScore !== 0) return byScore > 0;
      const byUse = frecency
        ? frecency(entries[a.slot]!.phrase.id) - frecency(entries[b.slot]!.phrase.id)
        : 0;
      return byUse !== 0 ? byUse > 0 : a.slot < b.slot;
    };
    const best: { slot: number; score: number; doc: number }[] = [];
    for (const slot of candidates) {
      const words = slotScore[slot]!;
      const covered = slotCovered[slot]!;
      const strongShared = slotStrong[slot]!;
      slotScore[slot] = 0;
      slotCovered[slot] = 0;
      slotStrong[slot] = 0;
      const entry = entries[slot]!;
      if (!entry.alive) continue;
      let score = selfScore > 0 ? words / selfScore : 0;
      if (covered > 0) {
        const coverage = covered / askedTotal;
        const precision = entry.strongTotal > 0 ? strongShared / entry.strongTotal : 0;
        score += INTENT_WEIGHT * coverage + PRECISION_WEIGHT * coverage * precision;
      }
      if (score < MIN_SCORE) continue;
      if (best.length === limit && score < best[limit - 1]!.score - 1e-6) continue;
      const hit = { slot, score, doc: words > 0 ? slotDoc[slot]! : -1 };
      if (best.length === limit && !better(hit, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(hit, best[at - 1]!)) at -= 1;
      best.splice(at, 0, hit);
      if (best.length > limit) best.pop();
    }

    return best.map(({ slot, score, doc }) => {
      const entry = entries[slot]!;
      const matchedQuestion = doc >= 0 && docKind[doc] !== KIND_PHRASE ? docText[doc]! : null;
      const part = (intent: IntentId) => askedWeight.get(intent)! * entry.intents.get(intent)!;
      const intents = [...askedWeight.keys()]
        .filter((intent) => entry.intents.has(intent))
        .sort((a, b) => part(b) - part(a));
      return {
        phraseId: entry.phrase.id,
        score: Math.round(score * 1000) / 1000,
        why: {
          intents,
          words: matchedWords(query, matchedQuestion ?? entry.text),
          question: matchedQuestion,
        },
      };
    });
  }

  return {
    build,
    upsertPhrase(phrase) {
      const slot = slotOf.get(phrase.id);
      const learned: LearnedQuestion[] = [];
      if (slot !== undefined) {
        for (const doc of entries[slot]!.docs) {
          if (docKind[doc] !== KIND_LEARNED || !docAlive[doc]) continue;
          const key = learnedKey(phrase.id, docText[doc]!);
          learned.push({ phraseId: phrase.id, text: docText[doc]!, picks: learnedPicks.get(key) ?? 1 });
          learnedDoc.delete(key);
        }
        dropPhrase(slot);
      }
      addPhrase(prepare(phrase));
      const newSlot = slotOf.get(phrase.id)!;
      for (const question of learned) learnInto(newSlot, question);
    },
    removePhrase(phraseId) {
      const slot = slotOf.get(phraseId);
      if (slot !== undefined) dropPhrase(slot);
    },
    learn(question) {
      const slot = slotOf.get(question.phraseId);
      if (slot !== undefined) learnInto(slot, question);
    },
    forget(phraseId, text) {
      const key = learnedKey(phraseId, normalizeQuestion(text));
      const doc = learnedDoc.get(key) ?? learnedDoc.get(learnedKey(phraseId, text));
      if (doc === undefined) return;
      killDoc(doc);
      learnedDoc.delete(learnedKey(phraseId, docText[doc]!));
      learnedPicks.delete(learnedKey(phraseId, docText[doc]!));
    },
    suggest,
    size() {
      let questions = 0;
      for (let doc = 0; doc < docCount; doc += 1)
        if (docAlive[doc] && docKind[doc] !== KIND_PHRASE) questions += 1;
      return { phrases: slotOf.size, questions };
    },
  };
}
