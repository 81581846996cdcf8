/**
 * The phrase library as the reply panel searches it: the pinyin index plus the rows and group
 * names a hit is shown with. The host keeps one for `phrases.search` (CLI, library filter) and the
 * panel keeps its own, so a keystroke is answered inside the page without a round trip
 * (bench/panel-keystroke.ts). Both rank with the same code.
 *
 * `update` and `sync` take the whole visible library and re-index only the phrases whose
 * searchable text, group name or order changed, so refreshing after an edit costs a few
 * milliseconds, not a rebuild of every pinyin spelling. `sync` indexes at once (the host);
 * `update` leaves the indexing to `advance` in idle slices (the panel, which lists the blank
 * query from the rows meanwhile), or to the first search that needs it.
 */
import { frecencyScore } from './frecency';
import {
  advancePhraseIndex,
  buildPhraseIndex,
  removeIndexedPhrase,
  searchPhrases,
  upsertIndexedPhrase,
  type MatchKind,
  type MatchTier,
  type SearchablePhrase,
} from './phrase-search';

export interface LibraryPhrase {
  id: string;
  groupId: string;
  title: string;
  shortcut: string;
  body: string;
  tags: string[];
  sortOrder: number;
}

export interface LibraryGroup {
  id: string;
  name: string;
}

export interface LibraryHit<P extends LibraryPhrase> {
  phrase: P;
  groupName: string;
  tier: MatchTier;
  matchedBy: MatchKind;
  score: number;
}

/** Use times per phrase id, as recorded for the agent (ms since the epoch). */
export type PhraseUses = ReadonlyMap<string, readonly number[]>;

function searchableOf(phrase: LibraryPhrase, groupName: string): SearchablePhrase {
  return {
    id: phrase.id,
    title: phrase.title,
    shortcut: phrase.shortcut,
    body: phrase.body,
    tags: phrase.tags,
    groupName,
    sortOrder: phrase.sortOrder,
  };
}

/** Whether the index would read the same from both: field by field, no string built per phrase. */
function sameSearchable(a: SearchablePhrase, b: SearchablePhrase): boolean {
  if (
    a.title !== b.title ||
    a.shortcut !== b.shortcut ||
    a.body !== b.body ||
    a.groupName !== b.groupName ||
    a.sortOrder !== b.sortOrder ||
    a.tags.length !== b.tags.length
  )
    return false;
  return a.tags.every((tag, i) => tag === b.tags[i]);
}

/** Decayed use counts at `now`; computed once per refresh rather than once per keystroke. */
export function frecencyScores(uses: PhraseUses, now: number): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [id, times] of uses) scores.set(id, frecencyScore(times, now));
  return scores;
}

const NO_SCORES: ReadonlyMap<string, number> = new Map();

export function createLibrarySearch<P extends LibraryPhrase>() {
  const index = buildPhraseIndex([]);
  const phrases = new Map<string, P>();
  const groupNames = new Map<string, string>();
  /** One lookup per score map, so the index keeps its answers while the map stays the same. */
  const lookups = new WeakMap<ReadonlyMap<string, number>, (id: string) => number>();
  function lookupIn(scores: ReadonlyMap<string, number>): (id: string) => number {
    let lookup = lookups.get(scores);
    if (!lookup) {
      lookup = (id) => scores.get(id) ?? 0;
      lookups.set(scores, lookup);
    }
    return lookup;
  }

  /** What the index holds for each phrase, to tell an edit that matters to it. */
  const indexed = new Map<string, SearchablePhrase>();

  /** Returns whether the phrase had to be (re-)indexed. */
  function upsert(phrase: P): boolean {
    const searchable = searchableOf(phrase, groupNames.get(phrase.groupId) ?? '');
    phrases.set(phrase.id, phrase);
    const before = indexed.get(phrase.id);
    if (before && sameSearchable(before, searchable)) return false;
    indexed.set(phrase.id, searchable);
    upsertIndexedPhrase(index, searchable);
    return true;
  }

  function remove(id: string): void {
    phrases.delete(id);
    indexed.delete(id);
    removeIndexedPhrase(index, id);
  }

  /** Makes the library hold exactly these phrases; returns how many have to be re-indexed. */
  function update(
    groups: readonly LibraryGroup[],
    visible: readonly P[],
  ): { reindexed: number; removed: number } {
    groupNames.clear();
    for (const group of groups) groupNames.set(group.id, group.name);
    const keep = new Set(visible.map((p) => p.id));
    let removed = 0;
    for (const id of [...phrases.keys()]) {
      if (keep.has(id)) continue;
      remove(id);
      removed += 1;
    }
    let reindexed = 0;
    for (const phrase of visible) if (upsert(phrase)) reindexed += 1;
    return { reindexed, removed };
  }

  return {
    update,
    /**
     * Indexes what `update` or `upsert` left to do until `shouldYield` says stop; true once the
     * index is complete. Unfinished work is finished by the next search that needs it.
     */
    advance(shouldYield: () => boolean): boolean {
      return advancePhraseIndex(index, shouldYield);
    },
    /** `update`, then the whole indexing at once, so the first search after it does not pay for it. */
    sync(groups: readonly LibraryGroup[], visible: readonly P[]): { reindexed: number; removed: number } {
      const outcome = update(groups, visible);
      advancePhraseIndex(index, () => false);
      return outcome;
    },
    upsert,
    remove,
    search(
      query: string,
      limit: number,
      scores: ReadonlyMap<string, number> = NO_SCORES,
    ): { total: number; hits: LibraryHit<P>[] } {
      const { hits, total } = searchPhrases(index, query, { frecency: lookupIn(scores), limit });
      return {
        total,
        hits: hits.flatMap((hit) => {
          const phrase = phrases.get(hit.id);
          if (!phrase) return [];
          const groupName = groupNames.get(phrase.groupId) ?? '';
          return [{ phrase, groupName, tier: hit.tier, matchedBy: hit.matchedBy, score: hit.score }];
        }),
      };
    },
    get size(): number {
      return phrases.size;
    },
  };
}

export type LibrarySearch<P extends LibraryPhrase> = ReturnType<typeof createLibrarySearch<P>>;
