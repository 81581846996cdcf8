/**
 * The host's side of the reply panel's search: the visible library indexed once and kept in step
 * with every edit (common/phrases/library-search.ts), the agent's use times for frecency, and the
 * revision the panel compares to know when its own copy of the index is stale.
 */
import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
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
import type { Phrase, PhraseGroup, SearchHitView } from './phrase-schema';
import { requireIdentity } from '../settings/identity-checks';

/** Older uses have decayed to nothing anyway; reading them would only slow the first search. */
const FRECENCY_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * The visible library for the reply panel, one array per field with one entry per phrase (in
 * the same order), and the revision it answers to: field names are not repeated ten thousand
 * times, and the rows are read as plain arrays instead of mapped objects.
 */
export interface PanelLibrary {
  revision: string;
  groups: PhraseGroup[];
  phrases: { [K in keyof Phrase]: Phrase[K][] };
}

export interface PhraseFinderDeps {
  db: KefuDb;
  clock: Clock;
  identity: () => Identity | null;
  library: PhraseLibrary;
}

interface LoadedIndex {
  agentId: string;
  search: LibrarySearch<Phrase>;
}

/** The agent's use times per phrase in the window; scores are computed from them when asked. */
interface RecentUses {
  agentId: string;
  uses: Map<string, number[]>;
}

export function createPhraseFinder({ db, clock, identity, library }: PhraseFinderDeps) {
  let loaded: LoadedIndex | null = null;
  /**
   * Kept apart from the search index: the suggestions rank by frecency too, and must not build
   * the pinyin index (the panel searches its own copy) just to read the agent's uses.
   */
  let recent: RecentUses | null = null;
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
    loaded = { agentId: who.agentId, search };
    return loaded;
  }

  function recentUses(who: Identity): Map<string, number[]> {
    if (!recent || recent.agentId !== who.agentId)
      recent = { agentId: who.agentId, uses: usesOf(who.agentId) };
    return recent.uses;
  }

  library.onChange(({ upserted, removedIds }) => {
    changes += 1;
    if (!loaded) return;
    for (const phrase of upserted) loaded.search.upsert(phrase);
    for (const id of removedIds) loaded.search.remove(id);
  });

  function search(query: string, limit: number): { total: number; hits: SearchHitView[] } {
    const who = requireIdentity(identity);
    return load(who).search.search(query, limit, frecencyScores(recentUses(who), clock.now()));
  }

  /**
   * Changes whenever a phrase or group is written (editor, import, seeding; another process such
   * as the CLI shows in the row count and `updated_at` figures), so the panel refetches the
   * library only when it changed.
   */
  function revision(): string {
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
  }

  return {
    search,
    revision,
    /**
     * What `phrases.library` lists, packed for the panel's first load (PanelLibrary), with its
     * revision, read first: a write in between makes the next check fetch once more, never miss
     * an edit. The rows visible to the agent follow the library's own rule (phrase-library.ts):
     * the shop's team rows and the agent's personal rows, not deleted.
     */
    panelLibrary(): PanelLibrary {
      const who = requireIdentity(identity);
      const answersTo = revision();
      const rows = db
        .select({
          id: phrases.id,
          groupId: phrases.groupId,
          title: phrases.title,
          shortcut: phrases.shortcut,
          body: phrases.body,
          tags: phrases.tags,
          questions: phrases.questions,
          stage: phrases.stage,
          scope: phrases.scope,
          sortOrder: phrases.sortOrder,
          updatedAt: phrases.updatedAt,
        })
        .from(phrases)
        .where(
          and(
            eq(phrases.shopId, who.shopId),
            isNull(phrases.deletedAt),
            or(eq(phrases.scope, 'team'), eq(phrases.ownerId, who.agentId)),
          ),
        )
        .orderBy(asc(phrases.groupId), asc(phrases.sortOrder))
        .values();
      const packed: PanelLibrary['phrases'] = {
        id: [],
        groupId: [],
        title: [],
        shortcut: [],
        body: [],
        tags: [],
        questions: [],
        stage: [],
        scope: [],
        sortOrder: [],
        updatedAt: [],
      };
      // `values()` hands back what the driver read: the JSON list columns are still text.
      for (const row of rows) {
        packed.id.push(row[0] as string);
        packed.groupId.push(row[1] as string);
        packed.title.push(row[2] as string);
        packed.shortcut.push(row[3] as string);
        packed.body.push(row[4] as string);
        packed.tags.push(JSON.parse(row[5] as string) as string[]);
        packed.questions.push(JSON.parse(row[6] as string) as string[]);
        packed.stage.push(row[7] as Phrase['stage']);
        packed.scope.push(row[8] as Phrase['scope']);
        packed.sortOrder.push(row[9] as number);
        packed.updatedAt.push(row[10] as number);
      }
      return { revision: answersTo, groups: library.groups(), phrases: packed };
    },
    /** The agent's use times in the frecency window, for the panel's own ranking. */
    uses(): { phraseId: string; usedAt: number[] }[] {
      const who = requireIdentity(identity);
      return [...usesOf(who.agentId)].map(([phraseId, usedAt]) => ({ phraseId, usedAt }));
    },
    /** The agent's frecency per phrase now, for the suggestions' tie-break. */
    frecency(): Map<string, number> {
      return frecencyScores(recentUses(requireIdentity(identity)), clock.now());
    },
    /** A paste or copy just happened: it counts for ranking from the next keystroke on. */
    recordUse(phraseId: string, at: number) {
      if (!recent) return;
      const times = recent.uses.get(phraseId);
      if (times) times.push(at);
      else recent.uses.set(phraseId, [at]);
    },
    /** Group renames, imports and identity changes: rebuild on the next search. */
    invalidate() {
      changes += 1;
      loaded = null;
      recent = null;
    },
  };
}

export type PhraseFinder = ReturnType<typeof createPhraseFinder>;
