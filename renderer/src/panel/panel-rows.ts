/**
 * The panel's one list: the suggestions for the buyer's question first, then the search results.
 * ↑/↓ walk it as one list and Enter pastes the selected row; the Alt+1…9 badges run on through
 * both, so the suggestions are Alt+1…3 and the results follow. The same phrase may be in both:
 * each row is where the agent found it, which decides how the pick is learned.
 */
import type { MethodOutput } from '../../../electron/api/contract';
import { oneLineSnippet, PICKABLE_ROWS, type ResultRow } from './result-rows';

export type SuggestHit = MethodOutput<'phrases.suggest'>['hits'][number];

/** Few words of why: what fits in the row's second line. */
const SHOWN_INTENTS = 2;
const SHOWN_WORDS = 3;
const LEARNED_LENGTH = 24;

/** A suggestion shows why in its second line, where a result shows a snippet of its body. */
export interface SuggestionRow extends Omit<ResultRow, 'snippet'> {
  why: SuggestHit['why'];
}

export interface PanelRows {
  suggestions: SuggestionRow[];
  results: ResultRow[];
}

export type PanelRowSource = 'suggestion' | 'search';

const badgeAt = (index: number) => (index < PICKABLE_ROWS ? index + 1 : null);

export function panelRows(suggestHits: readonly SuggestHit[], results: readonly ResultRow[]): PanelRows {
  const suggestions = suggestHits.map((hit, index) => ({
    id: hit.phrase.id,
    badge: badgeAt(index),
    title: hit.phrase.title,
    shortcut: hit.phrase.shortcut,
    groupName: hit.groupName,
    why: {
      intents: hit.why.intents.slice(0, SHOWN_INTENTS),
      words: hit.why.words.slice(0, SHOWN_WORDS),
      question: hit.why.question === null ? null : oneLineSnippet(hit.why.question, LEARNED_LENGTH),
    },
  }));
  return {
    suggestions,
    results: results.map((row, index) => ({ ...row, badge: badgeAt(suggestions.length + index) })),
  };
}

export const rowCount = (rows: PanelRows) => rows.suggestions.length + rows.results.length;

/** The row at a place in the one list, and which part of it the agent picked it from. */
export function rowAt(
  rows: PanelRows,
  index: number,
): { row: SuggestionRow | ResultRow; source: PanelRowSource } | null {
  if (index < 0) return null;
  const suggestion = rows.suggestions[index];
  if (suggestion) return { row: suggestion, source: 'suggestion' };
  const result = rows.results[index - rows.suggestions.length];
  return result ? { row: result, source: 'search' } : null;
}
