/**
 * Suggested replies: the buyer's question → the library's phrases that answer it, best first.
 *
 * Each phrase is found two ways, the way AliMe's first stage does (BM25 over a bag of known
 * questions per answer, ACL 2017):
 * - Words. Character unigrams and bigrams (no segmenter needed) are ranked with BM25 against the
 *   phrase itself (BM25F: title, tags, group and shortcut weigh more than the body) and against
 *   each of its questions, example or learned, as a document of its own, so one close paraphrase
 *   of a question the team answered before is enough. A learned question weighs a little more
 *   with every pick.
 * - Situations. The lexicon's intents found in the question are matched with the intents found in
 *   the phrase's title, tags, examples (strong) and body (weak). This is what finds a shop's own
 *   phrases that ship without example questions.
 *
 * Both parts are scaled to the question (1 ≈ everything in the question matched), so the sum
 * weighs them alike whatever the question's length. Frecency orders equal scores only.
 */
import { findIntents, type IntentWeights } from './intent-match';
import { cleanQuestion, normalizeQuestion } from './question-text';
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
/** Where a phrase's intent was found: its own words about itself, or only its body. */
const INTENT_SOURCE_WEIGHT = { title: 1, tags: 1, questions: 1, group: 0.3, body: 0.35 } as const;
/** A unigram says less than a bigram: 发 is in 发货, 发票 and 发错. */
const UNIGRAM_WEIGHT = 0.4;
/** Weight of the situations beside the words; and of a phrase holding no situation the buyer did not ask. */
const INTENT_WEIGHT = 1;
const PRECISION_WEIGHT = 0.3;
/** Below this a phrase shares a stray character with the question, not its meaning. */
const MIN_SCORE = 0.15;
/** Unigrams in more than this share of documents (的, 了, 我) cost time and tell nothing. */
const COMMON_UNIGRAM_SHARE = 0.2;

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[a-z]+/g;

interface Term {
  text: string;
  weight: number;
}

/** The words a normalised text is indexed and searched by. */
function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    chars.forEach((char, i) => {
      terms.push({ text: char, weight: UNIGRAM_WEIGHT });
      if (i + 1 < chars.length) terms.push({ text: char + chars[i + 1], weight: 1 });
    });
  }
  for (const [word] of text.matchAll(WORD)) terms.push({ text: word, weight: 1 });
  return terms;
}

function counts(terms: readonly Term[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term.text, (tf.get(term.text) ?? 0) + 1);
  return tf;
}

interface Postings {
  docs: number[];
  /** Saturation-ready term frequency (BM25 tf after length normalisation). */
  tfs: number[];
  df: number;
}

type DocKind = 'phrase' | 'example' | 'learned';

interface PhraseEntry {
  phrase: SuggestablePhrase;
  alive: boolean;
  intents: IntentWeights;
  /** The phrase's words, for saying which of the question's words it holds. */
  text: string;
  docs: number[];
}

interface LengthSums {
  total: number;
  count: number;
}

export interface SuggestionIndex {
  build(phrases: readonly SuggestablePhrase[], learned: readonly LearnedQuestion[]): void;
  upsertPhrase(phrase: SuggestablePhrase): void;
  removePhrase(phraseId: string): void;
  /** Adds the question to the phrase's bag, or sets its picks when it is there already. */
  learn(question: LearnedQuestion): void;
  forget(phraseId: string, text: string): void;
  suggest(question: string, options?: SuggestOptions): Suggestion[];
  size(): { phrases: number; questions: number };
}

export function createSuggestionIndex(): SuggestionIndex {
  let postings = new Map<string, Postings>();
  let docPhrase: number[] = [];
  let docKind: DocKind[] = [];
  let docText: string[] = [];
  let docWeight: number[] = [];
  let docAlive: boolean[] = [];
  let aliveDocs = 0;
  let entries: PhraseEntry[] = [];
  let slotOf = new Map<string, number>();
  let learnedDoc = new Map<string, number>();
  let learnedPicks = new Map<string, number>();
  /** Phrases holding each intent, with how strongly. */
  let intentPhrases = new Map<IntentId, Map<number, number>>();
  let fieldLengths = new Map<Field | 'question', LengthSums>();

  const learnedKey = (phraseId: string, text: string) => `${phraseId}\u0000${text}`;

  function averageLength(field: Field | 'question'): number {
    const sums = fieldLengths.get(field);
    return sums && sums.count > 0 ? Math.max(1, sums.total / sums.count) : 1;
  }

  function noteLength(field: Field | 'question', length: number, sign: 1 | -1) {
    const sums = fieldLengths.get(field) ?? { total: 0, count: 0 };
    sums.total += sign * length;
    sums.count += sign;
    fieldLengths.set(field, sums);
  }

  function addDoc(slot: number, kind: DocKind, text: string, weight: number, tf: Map<string, number>) {
    const doc = docPhrase.length;
    docPhrase.push(slot);
    docKind.push(kind);
    docText.push(text);
    docWeight.push(weight);
    docAlive.push(true);
    aliveDocs += 1;
    for (const [term, value] of tf) {
      let list = postings.get(term);
      if (!list) {
        list = { docs: [], tfs: [], df: 0 };
        postings.set(term, list);
      }
      list.docs.push(doc);
      list.tfs.push(value);
      list.df += 1;
    }
    entries[slot]!.docs.push(doc);
    return doc;
  }

  function killDoc(doc: number) {
    if (!docAlive[doc]) return;
    docAlive[doc] = false;
    aliveDocs -= 1;
    const text = docText[doc];
    const seen = new Set<string>();
    const terms = termsOf(text);
    for (const term of terms) {
      if (seen.has(term.text)) continue;
      seen.add(term.text);
      const list = postings.get(term.text);
      if (list) list.df -= 1;
    }
    if (docKind[doc] !== 'phrase') noteLength('question', terms.length, -1);
  }

  function fieldTexts(phrase: SuggestablePhrase): Record<Field, string> {
    return {
      title: normalizeQuestion(phrase.title),
      tags: phrase.tags.map((tag) => normalizeQuestion(tag)).join(' '),
      group: normalizeQuestion(phrase.groupName),
      shortcut: phrase.shortcut.toLowerCase().replace(/[^a-z]/g, ''),
      body: normalizeQuestion(phrase.body.replace(/\{[^}]*\}/g, ' ')),
    };
  }

  /** The phrase's own document: BM25F folds each field's length-normalised count into one. */
  function phraseDocTf(fields: Record<Field, string>): Map<string, number> {
    const tf = new Map<string, number>();
    for (const field of FIELDS) {
      const terms = termsOf(fields[field]);
      const norm = 1 - B + (B * terms.length) / averageLength(field);
      for (const [term, count] of counts(terms)) {
        tf.set(term, (tf.get(term) ?? 0) + (FIELD_WEIGHT[field] * count) / norm);
      }
    }
    return tf;
  }

  function questionDocTf(text: string): Map<string, number> {
    const terms = termsOf(text);
    noteLength('question', terms.length, 1);
    const norm = 1 - B + (B * terms.length) / averageLength('question');
    const tf = new Map<string, number>();
    for (const [term, count] of counts(terms)) tf.set(term, count / norm);
    return tf;
  }

  function phraseIntents(phrase: SuggestablePhrase): IntentWeights {
    const weights: IntentWeights = new Map();
    const note = (text: string, sourceWeight: number) => {
      for (const [intent, w] of findIntents(cleanQuestion(text))) {
        weights.set(intent, Math.max(weights.get(intent) ?? 0, w * sourceWeight));
      }
    };
    note(phrase.title, INTENT_SOURCE_WEIGHT.title);
    for (const tag of phrase.tags) note(tag, INTENT_SOURCE_WEIGHT.tags);
    for (const question of phrase.questions) note(question, INTENT_SOURCE_WEIGHT.questions);
    note(phrase.groupName, INTENT_SOURCE_WEIGHT.group);
    note(phrase.body.replace(/\{[^}]*\}/g, ' '), INTENT_SOURCE_WEIGHT.body);
    return weights;
  }

  function learnedWeight(picks: number): number {
    return 1 + 0.15 * Math.log(Math.max(1, picks));
  }

  function addPhrase(phrase: SuggestablePhrase) {
    const slot = entries.length;
    const fields = fieldTexts(phrase);
    const intents = phraseIntents(phrase);
    entries.push({ phrase, alive: true, intents, text: Object.values(fields).join(' '), docs: [] });
    slotOf.set(phrase.id, slot);
    for (const [intent, weight] of intents) {
      let holders = intentPhrases.get(intent);
      if (!holders) {
        holders = new Map();
        intentPhrases.set(intent, holders);
      }
      holders.set(slot, weight);
    }
    addDoc(slot, 'phrase', entries[slot]!.text, 1, phraseDocTf(fields));
    for (const question of new Set(phrase.questions.map((q) => normalizeQuestion(q)))) {
      if (question !== '') addDoc(slot, 'example', question, 1, questionDocTf(question));
    }
  }

  function dropPhrase(slot: number) {
    const entry = entries[slot]!;
    if (!entry.alive) return;
    entry.alive = false;
    slotOf.delete(entry.phrase.id);
    for (const doc of entry.docs) killDoc(doc);
    for (const holders of intentPhrases.values()) holders.delete(slot);
  }

  function learnInto(slot: number, question: LearnedQuestion) {
    const text = normalizeQuestion(question.text);
    if (text === '') return;
    const key = learnedKey(question.phraseId, text);
    learnedPicks.set(key, question.picks);
    const existing = learnedDoc.get(key);
    if (existing !== undefined && docAlive[existing]) {
      docWeight[existing] = learnedWeight(question.picks);
      return;
    }
    learnedDoc.set(key, addDoc(slot, 'learned', text, learnedWeight(question.picks), questionDocTf(text)));
  }

  function reset() {
    postings = new Map();
    docPhrase = [];
    docKind = [];
    docText = [];
    docWeight = [];
    docAlive = [];
    aliveDocs = 0;
    entries = [];
    slotOf = new Map();
    learnedDoc = new Map();
    learnedPicks = new Map();
    intentPhrases = new Map();
    fieldLengths = new Map();
  }

  function build(phrases: readonly SuggestablePhrase[], learned: readonly LearnedQuestion[]) {
    reset();
    // Field lengths first, so every document is normalised by the library's real averages.
    for (const phrase of phrases) {
      const fields = fieldTexts(phrase);
      for (const field of FIELDS) noteLength(field, termsOf(fields[field]).length, 1);
    }
    for (const phrase of phrases) addPhrase(phrase);
    for (const question of learned) {
      const slot = slotOf.get(question.phraseId);
      if (slot !== undefined) learnInto(slot, question);
    }
  }

  function idf(df: number): number {
    return Math.log(1 + (aliveDocs - df + 0.5) / (df + 0.5));
  }

  /** The question's words that the phrase (or its best question) holds, as whole runs. */
  function matchedWords(query: string, holder: string): string[] {
    const words: string[] = [];
    for (const [run] of query.matchAll(HAN_RUN)) {
      const chars = [...run];
      let current = '';
      for (let i = 0; i < chars.length; i += 1) {
        const next = chars[i + 1];
        if (next !== undefined && holder.includes(chars[i]! + next)) {
          current = current === '' ? chars[i]! + next : current + next;
        } else if (current !== '') {
          words.push(current);
          current = '';
        }
      }
    }
    const holderWords = new Set(holder.split(/\s+/));
    for (const [word] of query.matchAll(WORD)) if (holderWords.has(word)) words.push(word);
    return [...new Set(words)];
  }

  function suggest(question: string, options: SuggestOptions = {}): Suggestion[] {
    const limit = options.limit ?? 3;
    const clean = cleanQuestion(question);
    const query = normalizeQuestion(question);
    if (query === '' || entries.length === 0) return [];

    // Words: BM25 per document, the phrase keeping its best document.
    const byPhrase = new Map<number, { score: number; doc: number }>();
    let selfScore = 0;
    for (const [term, weight] of aggregate(termsOf(query))) {
      const list = postings.get(term);
      const df = list?.df ?? 0;
      if (!list || df === 0) {
        selfScore += weight * idf(0);
        continue;
      }
      if (weight < 1 && df > aliveDocs * COMMON_UNIGRAM_SHARE) continue;
      const termIdf = idf(df);
      selfScore += weight * termIdf;
      const { docs, tfs } = list;
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        if (!docAlive[doc]) continue;
        const tf = tfs[i]!;
        const gain = (weight * termIdf * tf * (K1 + 1)) / (tf + K1);
        const slot = docPhrase[doc]!;
        const docScore = (docScores.get(doc) ?? 0) + gain;
        docScores.set(doc, docScore);
        const best = byPhrase.get(slot);
        const weighted = docScore * docWeight[doc]!;
        if (!best || weighted > best.score) byPhrase.set(slot, { score: weighted, doc });
      }
    }
    docScores.clear();

    // Situations: how much of what the buyer asks about the phrase is about, and nothing else.
    const asked = findIntents(clean);
    let askedTotal = 0;
    const intentIdf = new Map<IntentId, number>();
    for (const [intent, weight] of asked) {
      const holders = intentPhrases.get(intent)?.size ?? 0;
      const value = Math.log(1 + slotOf.size / (1 + holders));
      intentIdf.set(intent, value);
      askedTotal += weight * value;
    }
    const candidates = new Set<number>(byPhrase.keys());
    for (const intent of asked.keys()) for (const slot of intentPhrases.get(intent)?.keys() ?? []) candidates.add(slot);

    const scored: { slot: number; score: number; intents: IntentId[]; doc: number | null }[] = [];
    for (const slot of candidates) {
      const entry = entries[slot]!;
      if (!entry.alive) continue;
      const words = byPhrase.get(slot);
      const lexical = words && selfScore > 0 ? words.score / selfScore : 0;
      let covered = 0;
      const shared: { intent: IntentId; part: number }[] = [];
      for (const [intent, weight] of asked) {
        const held = entry.intents.get(intent);
        if (!held) continue;
        const part = weight * held * intentIdf.get(intent)!;
        covered += part;
        shared.push({ intent, part });
      }
      let situational = 0;
      if (askedTotal > 0 && covered > 0) {
        const coverage = covered / askedTotal;
        let strongTotal = 0;
        let strongShared = 0;
        for (const [intent, held] of entry.intents) {
          if (held < INTENT_SOURCE_WEIGHT.title) continue;
          strongTotal += held;
          if (asked.has(intent)) strongShared += held;
        }
        const precision = strongTotal > 0 ? strongShared / strongTotal : 0;
        situational = INTENT_WEIGHT * coverage + PRECISION_WEIGHT * coverage * precision;
      }
      const score = lexical + situational;
      if (score < MIN_SCORE) continue;
      shared.sort((a, b) => b.part - a.part);
      scored.push({ slot, score, intents: shared.map((s) => s.intent), doc: words?.doc ?? null });
    }

    const frecency = options.frecency;
    const rounded = (score: number) => Math.round(score * 1e6);
    scored.sort(
      (a, b) =>
        rounded(b.score) - rounded(a.score) ||
        (frecency ? frecency(entries[b.slot]!.phrase.id) - frecency(entries[a.slot]!.phrase.id) : 0) ||
        a.slot - b.slot,
    );

    return scored.slice(0, limit).map(({ slot, score, intents, doc }) => {
      const entry = entries[slot]!;
      const matchedQuestion = doc !== null && docKind[doc] !== 'phrase' ? docText[doc]! : null;
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

  /** Scratch space for one query's document scores, reused across queries. */
  const docScores = new Map<number, number>();

  return {
    build,
    upsertPhrase(phrase) {
      const slot = slotOf.get(phrase.id);
      const learned: LearnedQuestion[] = [];
      if (slot !== undefined) {
        for (const doc of entries[slot]!.docs) {
          if (docKind[doc] === 'learned' && docAlive[doc]) {
            const text = docText[doc]!;
            learned.push({ phraseId: phrase.id, text, picks: learnedPicks.get(learnedKey(phrase.id, text)) ?? 1 });
          }
        }
        dropPhrase(slot);
      }
      addPhrase(phrase);
      const newSlot = slotOf.get(phrase.id)!;
      for (const question of learned) {
        learnedDoc.delete(learnedKey(phrase.id, question.text));
        learnInto(newSlot, question);
      }
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
      const doc = learnedDoc.get(key);
      if (doc === undefined) return;
      killDoc(doc);
      learnedDoc.delete(key);
      learnedPicks.delete(key);
    },
    suggest,
    size() {
      let questions = 0;
      for (let doc = 0; doc < docKind.length; doc += 1) if (docAlive[doc] && docKind[doc] !== 'phrase') questions += 1;
      return { phrases: slotOf.size, questions };
    },
  };
}

function aggregate(terms: readonly Term[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term.text, Math.max(weights.get(term.text) ?? 0, term.weight));
  return weights;
}
