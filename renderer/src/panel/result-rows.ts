/** Search hits as the panel's rows: Alt+n badges for the first nine and a one-line body snippet. */
import type { MethodOutput } from '../../../electron/api/contract';

export type SearchHit = MethodOutput<'phrases.search'>['hits'][number];

export interface ResultRow {
  id: string;
  /** 1–9 for the rows Alt+1…9 picks, otherwise null. */
  badge: number | null;
  title: string;
  shortcut: string;
  groupName: string;
  snippet: string;
}

export const PICKABLE_ROWS = 9;
const SNIPPET_LENGTH = 80;

/** Line breaks and runs of spaces read as one space on a single line. */
export function oneLineSnippet(body: string, length = SNIPPET_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : flat;
}

/**
 * Snippets per phrase object: the panel lists the same phrases keystroke after keystroke (its
 * library keeps one object per phrase until it is fetched again), and flattening two hundred
 * bodies on every keystroke was a measurable part of the keystroke's work.
 */
const snippets = new WeakMap<SearchHit['phrase'], string>();

function snippetOf(phrase: SearchHit['phrase']): string {
  let snippet = snippets.get(phrase);
  if (snippet === undefined) {
    snippet = oneLineSnippet(phrase.body);
    snippets.set(phrase, snippet);
  }
  return snippet;
}

export function resultRows(hits: readonly SearchHit[]): ResultRow[] {
  return hits.map((hit, index) => ({
    id: hit.phrase.id,
    badge: index < PICKABLE_ROWS ? index + 1 : null,
    title: hit.phrase.title,
    shortcut: hit.phrase.shortcut,
    groupName: hit.groupName,
    snippet: snippetOf(hit.phrase),
  }));
}

/** Keeps the selection inside the list; an empty list has none. */
export function clampSelection(index: number, count: number): number {
  if (count === 0) return -1;
  return Math.min(Math.max(index, 0), count - 1);
}
