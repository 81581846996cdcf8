/**
 * How long a synced value may be, the same on the desk (forms, imports) and the server (every
 * push): a value the desk accepts is one the server stores. Generous for people (a 500-character
 * buyer message, a 5,000-character phrase), small enough that any one row stays well under a
 * push's 256 KB and PostgreSQL's index row size.
 */

/** Ids are UUIDs; anything printable up to this length is accepted, never empty. */
export const ID_MAX_LENGTH = 128;
export const ID_PATTERN = /^[\x21-\x7e]+$/;

export const TEXT_LIMITS = {
  /** Names, codes, titles, numbers typed as text. */
  short: 1_000,
  /** What people write at length: phrase bodies, notes, remarks, messages, addresses. */
  long: 5_000,
  /** JSON lists kept in one column (phones, addresses, tags, concerns, complaint steps). */
  list: 10_000,
  /** A daily log's computed figures. */
  payload: 60_000,
} as const;

const LONG_COLUMNS = new Set([
  'body',
  'notes',
  'note',
  'buyer_message',
  'remark',
  'receiver_address',
  'reason',
  'suggestion',
  'pattern',
  'help_zh',
  'help_en',
  'buyer_wants',
  'answer',
  'activities',
  'focus_products',
  'post_address',
]);
const LIST_COLUMNS = new Set([
  'phones',
  'addresses',
  'concerns',
  'tags',
  'complaint_steps',
  'questions',
  'phrase_ids',
]);

/**
 * Buyer questions (a phrase's examples, a learned question's text): a buyer's message is short,
 * and a phrase's bag of examples stays a handful the editor can show, not a chat log.
 */
export const QUESTION_LIMITS = { length: 200, perPhrase: 30 } as const;

/** Columns holding one buyer question; `questions` holds a JSON list of them. */
const QUESTION_COLUMNS = new Set(['text']);

/** Whether a `questions` value is a JSON list of at most 30 strings of at most 200 characters. */
export function isQuestionList(json: string): boolean {
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return false;
  }
  return (
    Array.isArray(list) &&
    list.length <= QUESTION_LIMITS.perPhrase &&
    list.every((item) => typeof item === 'string' && item.length <= QUESTION_LIMITS.length)
  );
}

/** The morning briefing pushes at most this many phrases. */
export const BRIEFING_PHRASES_MAX = 20;

/** 税号 as stored: uppercase letters and digits only (no spaces), at most 20 (legacy numbers). */
export const TAX_NO_PATTERN = /^[0-9A-Z]{0,20}$/;

/** A calendar day as stored: `YYYY-MM-DD`. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a `phrase_ids` value is a JSON list of at most 20 row ids. */
export function isPhraseIdList(json: string): boolean {
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return false;
  }
  return (
    Array.isArray(list) &&
    list.length <= BRIEFING_PHRASES_MAX &&
    list.every((item) => typeof item === 'string' && item.length <= ID_MAX_LENGTH && ID_PATTERN.test(item))
  );
}

/** A column holding a JSON list of strings. */
export const isListColumn = (column: string): boolean => LIST_COLUMNS.has(column);

/** A column holding a row id: the row's own or a reference to another row. */
export const isIdColumn = (column: string): boolean => column === 'id' || column.endsWith('_id');

/** Integer columns that can never be negative: money in fen, times, counts. */
export const isNonNegativeColumn = (column: string): boolean =>
  column.endsWith('_fen') ||
  column.endsWith('_at') ||
  column.endsWith('_ms') ||
  column === 'quantity' ||
  column === 'picks' ||
  column === 'snoozed_until';

/** The most characters a text column holds. */
export function textLimit(column: string): number {
  if (isIdColumn(column)) return ID_MAX_LENGTH;
  if (column === 'payload') return TEXT_LIMITS.payload;
  if (QUESTION_COLUMNS.has(column)) return QUESTION_LIMITS.length;
  if (LIST_COLUMNS.has(column)) return TEXT_LIMITS.list;
  return LONG_COLUMNS.has(column) ? TEXT_LIMITS.long : TEXT_LIMITS.short;
}
