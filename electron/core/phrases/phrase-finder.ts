/**
 * The reply panel's search: a pinyin-aware index over the visible library, kept in step with
 * every edit, ranked by the agent's own frecency. Built once on first use, never per keystroke.
 */
import { and, eq, gte } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { phraseUsages } from '../../../db/schema';
import type { Clock } from '../clock';
import type { Identity } from '../settings/settings-service';
import { frecencyScore } from './frecency';
import type { PhraseLibrary } from './phrase-library';
import type { Phrase, SearchHitView } from './phrase-schema';
import {
  buildPhraseIndex,
  removeIndexedPhrase,
  searchPhrases,
  upsertIndexedPhrase,
  type PhraseIndex,
  type SearchablePhrase,
} from './phrase-search';
import { requireIdentity } from './phrase-library';

/** Older uses have decayed to nothing anyway; reading them would only slow the first search. */
const FRECENCY_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

export interface PhraseFinderDeps {
  db: KefuDb;
  clock: Clock;
  identity: () => Identity | null;
  library: PhraseLibrary;
}

interface LoadedIndex {
  agentId: string;
  index: PhraseIndex;
  phrases: Map<string, Phrase>;
  groupNames: Map<string, string>;
  /** Use times per phrase in the window; scores are computed from them at search time. */
  uses: Map<string, number[]>;
}

export function createPhraseFinder({ db, clock, identity, library }: PhraseFinderDeps) {
  let loaded: LoadedIndex | null = null;

  const searchable = (phrase: Phrase, groupNames: Map<string, string>): SearchablePhrase => ({
    id: phrase.id,
    title: phrase.title,
    shortcut: phrase.shortcut,
    body: phrase.body,
    tags: phrase.tags,
    groupName: groupNames.get(phrase.groupId) ?? '',
    sortOrder: phrase.sortOrder,
  });

  function load(who: Identity): LoadedIndex {
    if (loaded && loaded.agentId === who.agentId) return loaded;
    const groupNames = new Map(library.groups().map((g) => [g.id, g.name]));
    const phrases = new Map(library.phrases().map((p) => [p.id, p]));
    const uses = new Map<string, number[]>();
    const since = clock.now() - FRECENCY_WINDOW_MS;
    const rows = db
      .select({ phraseId: phraseUsages.phraseId, usedAt: phraseUsages.usedAt })
      .from(phraseUsages)
      .where(and(eq(phraseUsages.ownerId, who.agentId), gte(phraseUsages.usedAt, since)))
      .all();
    for (const row of rows) uses.set(row.phraseId, [...(uses.get(row.phraseId) ?? []), row.usedAt]);
    const index = buildPhraseIndex([...phrases.values()].map((p) => searchable(p, groupNames)));
    loaded = { agentId: who.agentId, index, phrases, groupNames, uses };
    return loaded;
  }

  library.onChange(({ upserted, removedIds }) => {
    if (!loaded) return;
    for (const phrase of upserted) {
      loaded.phrases.set(phrase.id, phrase);
      upsertIndexedPhrase(loaded.index, searchable(phrase, loaded.groupNames));
    }
    for (const id of removedIds) {
      loaded.phrases.delete(id);
      removeIndexedPhrase(loaded.index, id);
    }
  });

  function search(query: string, limit: number): { total: number; hits: SearchHitView[] } {
    const state = load(requireIdentity(identity));
    const now = clock.now();
    const scores = new Map<string, number>();
    for (const [id, times] of state.uses) scores.set(id, frecencyScore(times, now));
    const { hits, total } = searchPhrases(state.index, query, {
      frecency: (id) => scores.get(id) ?? 0,
      limit,
    });
    return {
      total,
      hits: hits.flatMap((hit) => {
        const phrase = state.phrases.get(hit.id);
        if (!phrase) return [];
        const groupName = state.groupNames.get(phrase.groupId) ?? '';
        return [{ phrase, groupName, tier: hit.tier, matchedBy: hit.matchedBy, score: hit.score }];
      }),
    };
  }

  return {
    search,
    /** A paste or copy just happened: it counts for ranking from the next keystroke on. */
    recordUse(phraseId: string, at: number) {
      if (loaded) loaded.uses.set(phraseId, [...(loaded.uses.get(phraseId) ?? []), at]);
    },
    /** Group renames, imports and identity changes: rebuild on the next search. */
    invalidate() {
      loaded = null;
    },
  };
}

export type PhraseFinder = ReturnType<typeof createPhraseFinder>;
