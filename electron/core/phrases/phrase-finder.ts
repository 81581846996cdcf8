/**
 * The host's side of the reply panel's search: the visible library indexed once and kept in step
 * with every edit (common/phrases/library-search.ts), the agent's use times for frecency, and the
 * revision the panel compares to know when its own copy of the index is stale.
 */
import { and, eq, gte, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { phraseGroups, phrases, phraseUsages } from '../../../db/schema';
import {
  createLibrarySearch,
  frecencyScores,
  type LibrarySearch,
} from '../../../common/phrases/library-search';
import type { Clock } from '../clock';
import type { Identity } from '../settings/settings-service';
import type { PhraseLibrary } from './phrase-library';
import type { Phrase, SearchHitView } from './phrase-schema';
import { requireIdentity } from '../settings/identity-checks';

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
  search: LibrarySearch<Phrase>;
  /** Use times per phrase in the window; scores are computed from them at search time. */
  uses: Map<string, number[]>;
}

export function createPhraseFinder({ db, clock, identity, library }: PhraseFinderDeps) {
  let loaded: LoadedIndex | null = null;
  /** Writes through this process; the table figures in `revision` catch other processes (CLI). */
  let changes = 0;
  const boot = Math.random().toString(36).slice(2);

  function usesOf(agentId: string): Map<string, number[]> {
    const uses = new Map<string, number[]>();
    const rows = db
      .select({ phraseId: phraseUsages.phraseId, usedAt: phraseUsages.usedAt })
      .from(phraseUsages)
      .where(
        and(eq(phraseUsages.ownerId, agentId), gte(phraseUsages.usedAt, clock.now() - FRECENCY_WINDOW_MS)),
      )
      .all();
    for (const row of rows) {
      const times = uses.get(row.phraseId);
      if (times) times.push(row.usedAt);
      else uses.set(row.phraseId, [row.usedAt]);
    }
    return uses;
  }

  function load(who: Identity): LoadedIndex {
    if (loaded && loaded.agentId === who.agentId) return loaded;
    const search = createLibrarySearch<Phrase>();
    search.sync(library.groups(), library.phrases());
    loaded = { agentId: who.agentId, search, uses: usesOf(who.agentId) };
    return loaded;
  }

  library.onChange(({ upserted, removedIds }) => {
    changes += 1;
    if (!loaded) return;
    for (const phrase of upserted) loaded.search.upsert(phrase);
    for (const id of removedIds) loaded.search.remove(id);
  });

  function search(query: string, limit: number): { total: number; hits: SearchHitView[] } {
    const state = load(requireIdentity(identity));
    return state.search.search(query, limit, frecencyScores(state.uses, clock.now()));
  }

  return {
    search,
    /**
     * Changes whenever a phrase or group is written (editor, import, seeding; another process such
     * as the CLI shows in the row count and `updated_at` figures), so the panel refetches the
     * library only when it changed.
     */
    revision(): string {
      const who = requireIdentity(identity);
      const of = (table: typeof phrases | typeof phraseGroups) =>
        db
          .select({
            rows: sql<number>`count(*)`,
            latest: sql<number>`coalesce(max(${table.updatedAt}), 0)`,
            sum: sql<number>`coalesce(total(${table.updatedAt}), 0)`,
          })
          .from(table)
          .get()!;
      const p = of(phrases);
      const g = of(phraseGroups);
      return [boot, changes, who.agentId, p.rows, p.latest, p.sum, g.rows, g.latest, g.sum].join(':');
    },
    /** The agent's use times in the frecency window, for the panel's own ranking. */
    uses(): { phraseId: string; usedAt: number[] }[] {
      const who = requireIdentity(identity);
      return [...usesOf(who.agentId)].map(([phraseId, usedAt]) => ({ phraseId, usedAt }));
    },
    /** The agent's frecency per phrase now, for the suggestions' tie-break. */
    frecency(): Map<string, number> {
      return frecencyScores(load(requireIdentity(identity)).uses, clock.now());
    },
    /** A paste or copy just happened: it counts for ranking from the next keystroke on. */
    recordUse(phraseId: string, at: number) {
      if (!loaded) return;
      const times = loaded.uses.get(phraseId);
      if (times) times.push(at);
      else loaded.uses.set(phraseId, [at]);
    },
    /** Group renames, imports and identity changes: rebuild on the next search. */
    invalidate() {
      changes += 1;
      loaded = null;
    },
  };
}

export type PhraseFinder = ReturnType<typeof createPhraseFinder>;
