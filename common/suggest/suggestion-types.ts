/**
 * The shapes the suggestion engine (suggestion-index.ts) reads and answers with. The host feeds
 * it the visible library and the team's learned questions; the panel and the CLI show its hits.
 */

/**
 * The e-commerce situations the built-in lexicon (intent-lexicon.ts) recognises in buyer wording
 * and in a phrase's own text. The panel names them as the reason for a suggestion
 * (`suggest.intent.<id>` in the locales).
 */
export const INTENT_IDS = [
  'greeting',
  'stillThere',
  'stock',
  'outOfStock',
  'shipTime',
  'courier',
  'arrival',
  'bargain',
  'tooExpensive',
  'quality',
  'colorDiff',
  'material',
  'size',
  'gift',
  'shippingFee',
  'promotion',
  'considering',
  'payment',
  'paid',
  'paymentReminder',
  'addressCheck',
  'addressChange',
  'remark',
  'shippedNotice',
  'logistics',
  'logisticsDelay',
  'returnGoods',
  'qualityProblem',
  'exchange',
  'refundProgress',
  'damaged',
  'signedFor',
  'delivery',
  'goodReview',
  'badReview',
  'complaint',
  'followUp',
  'wait',
  'apology',
  'afterHours',
  'closing',
  'invoice',
  'urgeShipping',
  'cancelOrder',
  'mergeShipping',
  'wrongItem',
  'warranty',
  'installation',
  'usage',
  'cleaning',
  'power',
  'priceProtection',
  'giftWrap',
  'shelfLife',
  'compatibility',
  'presale',
] as const;

export type IntentId = (typeof INTENT_IDS)[number];

/** A phrase as the engine indexes it: its own words plus the example questions it ships with. */
export interface SuggestablePhrase {
  id: string;
  title: string;
  shortcut: string;
  body: string;
  tags: readonly string[];
  groupName: string;
  /** Example buyer questions written with the phrase (library packs, editor, import column). */
  questions: readonly string[];
}

/** A buyer question the team picked this phrase for (phrase_questions), already normalised. */
export interface LearnedQuestion {
  phraseId: string;
  text: string;
  picks: number;
}

/** Why a phrase was suggested, for the panel to say in a few words. */
export interface SuggestionReason {
  /** Situations found in both the question and the phrase, strongest first. */
  intents: IntentId[];
  /** Words of the question that the phrase's question bag also holds. */
  words: string[];
  /** The closest learned or example question, when one carried the match. */
  question: string | null;
}

export interface Suggestion {
  phraseId: string;
  score: number;
  why: SuggestionReason;
}

export interface SuggestOptions {
  /** How many to return; 3 in the panel. */
  limit?: number;
  /** The agent's frecency per phrase: a tie-breaker only, never above relevance. */
  frecency?: (phraseId: string) => number;
}
