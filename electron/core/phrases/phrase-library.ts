/**
 * The phrase library's rows: groups and phrases, team (written by supervisors) and personal
 * (the agent's own), soft-deleted, ordered. Every write is one transaction.
 */
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { phraseGroups, phrases } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { canWriteTeam, requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import type { Phrase, PhraseGroup, PhraseGroupInput, PhraseInput } from './phrase-schema';

export interface PhraseLibraryDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
}

/** Called after every committed change so the search index follows the library. */
export type PhraseChangeListener = (change: { upserted: Phrase[]; removedIds: string[] }) => void;

const groupColumns = {
  id: phraseGroups.id,
  name: phraseGroups.name,
  stage: phraseGroups.stage,
  scope: phraseGroups.scope,
  sortOrder: phraseGroups.sortOrder,
};

const phraseColumns = {
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
};

export function createPhraseLibrary({ db, clock, newId, identity }: PhraseLibraryDeps) {
  const listeners: PhraseChangeListener[] = [];
  const notify = (upserted: Phrase[], removedIds: string[]) => {
    for (const listener of listeners) listener({ upserted, removedIds });
  };

  /** Rows this agent may see: the shop's team rows and their own personal rows. */
  const visible = (table: typeof phrases | typeof phraseGroups, who: Identity) =>
    and(
      eq(table.shopId, who.shopId),
      isNull(table.deletedAt),
      or(eq(table.scope, 'team'), eq(table.ownerId, who.agentId)),
    );

  function assertMayWrite(who: Identity, row: { scope: 'team' | 'personal'; ownerId: string | null }): void {
    if (row.scope === 'team' && !canWriteTeam(who)) {
      throw new AppError('forbidden', 'errors.phrase.teamOnlySupervisor');
    }
    if (row.scope === 'personal' && row.ownerId !== null && row.ownerId !== who.agentId) {
      throw new AppError('forbidden', 'errors.phrase.notYours');
    }
  }

  function groups(): PhraseGroup[] {
    const who = requireIdentity(identity);
    return db
      .select(groupColumns)
      .from(phraseGroups)
      .where(visible(phraseGroups, who))
      .orderBy(asc(phraseGroups.sortOrder), asc(phraseGroups.name))
      .all();
  }

  function phrasesVisible(): Phrase[] {
    const who = requireIdentity(identity);
    return db
      .select(phraseColumns)
      .from(phrases)
      .where(visible(phrases, who))
      .orderBy(asc(phrases.groupId), asc(phrases.sortOrder))
      .all();
  }

  function phrase(id: string): Phrase {
    const who = requireIdentity(identity);
    const row = db
      .select(phraseColumns)
      .from(phrases)
      .where(and(eq(phrases.id, id), visible(phrases, who)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.phrase.notFound', { id });
    return row;
  }

  function saveGroup(input: PhraseGroupInput): PhraseGroup {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction((tx) => {
      if (input.id) {
        const existing = tx.select().from(phraseGroups).where(eq(phraseGroups.id, input.id)).get();
        if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
          throw new AppError('notFound', 'errors.phrase.groupNotFound', { id: input.id });
        }
        assertMayWrite(who, existing);
        assertMayWrite(who, { scope: input.scope, ownerId: existing.ownerId });
        tx.update(phraseGroups)
          .set({ name: input.name, stage: input.stage, scope: input.scope, updatedAt: at })
          .where(eq(phraseGroups.id, input.id))
          .run();
        return input.id;
      }
      assertMayWrite(who, { scope: input.scope, ownerId: who.agentId });
      const newGroupId = newId();
      const last = tx
        .select({ sortOrder: phraseGroups.sortOrder })
        .from(phraseGroups)
        .where(eq(phraseGroups.shopId, who.shopId))
        .orderBy(asc(phraseGroups.sortOrder))
        .all()
        .at(-1);
      tx.insert(phraseGroups)
        .values({
          id: newGroupId,
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: input.scope,
          name: input.name,
          stage: input.stage,
          sortOrder: (last?.sortOrder ?? 0) + 1,
          createdAt: at,
          updatedAt: at,
        })
        .run();
      return newGroupId;
    });
    return groups().find((g) => g.id === id)!;
  }

  function deleteGroup(id: string): void {
    const who = requireIdentity(identity);
    db.transaction((tx) => {
      const existing = tx.select().from(phraseGroups).where(eq(phraseGroups.id, id)).get();
      if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
        throw new AppError('notFound', 'errors.phrase.groupNotFound', { id });
      }
      assertMayWrite(who, existing);
      const live = tx
        .select({ id: phrases.id })
        .from(phrases)
        .where(and(eq(phrases.groupId, id), isNull(phrases.deletedAt)))
        .all();
      if (live.length > 0)
        throw new AppError('conflict', 'errors.phrase.groupNotEmpty', { count: live.length });
      const at = clock.now();
      tx.update(phraseGroups).set({ deletedAt: at, updatedAt: at }).where(eq(phraseGroups.id, id)).run();
    });
  }

  function savePhrase(input: PhraseInput): Phrase {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction((tx) => {
      const group = tx.select().from(phraseGroups).where(eq(phraseGroups.id, input.groupId)).get();
      if (!group || group.deletedAt !== null || group.shopId !== who.shopId) {
        throw new AppError('notFound', 'errors.phrase.groupNotFound', { id: input.groupId });
      }
      // A team phrase in someone's personal group would be invisible to the rest of the team.
      if (input.scope === 'team' && group.scope !== 'team') {
        throw new AppError('conflict', 'errors.phrase.teamPhraseInPersonalGroup');
      }
      const fields = {
        groupId: input.groupId,
        title: input.title,
        shortcut: input.shortcut,
        body: input.body,
        tags: input.tags,
        // The same question twice adds nothing to the phrase's bag.
        ...(input.questions && { questions: [...new Set(input.questions)] }),
        stage: input.stage,
        scope: input.scope,
        updatedAt: at,
      };
      if (input.id) {
        const existing = tx.select().from(phrases).where(eq(phrases.id, input.id)).get();
        if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
          throw new AppError('notFound', 'errors.phrase.notFound', { id: input.id });
        }
        assertMayWrite(who, existing);
        assertMayWrite(who, { scope: input.scope, ownerId: existing.ownerId });
        tx.update(phrases).set(fields).where(eq(phrases.id, input.id)).run();
        return input.id;
      }
      assertMayWrite(who, { scope: input.scope, ownerId: who.agentId });
      const newPhraseId = newId();
      const siblings = tx
        .select({ id: phrases.id })
        .from(phrases)
        .where(eq(phrases.groupId, input.groupId))
        .all();
      tx.insert(phrases)
        .values({
          ...fields,
          id: newPhraseId,
          shopId: who.shopId,
          ownerId: who.agentId,
          sortOrder: siblings.length + 1,
          createdAt: at,
        })
        .run();
      return newPhraseId;
    });
    const saved = phrase(id);
    notify([saved], []);
    return saved;
  }

  function deletePhrase(id: string): void {
    const who = requireIdentity(identity);
    db.transaction((tx) => {
      const existing = tx.select().from(phrases).where(eq(phrases.id, id)).get();
      if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
        throw new AppError('notFound', 'errors.phrase.notFound', { id });
      }
      assertMayWrite(who, existing);
      const at = clock.now();
      tx.update(phrases).set({ deletedAt: at, updatedAt: at }).where(eq(phrases.id, id)).run();
    });
    notify([], [id]);
  }

  /** Rewrites the group's order to `orderedIds`; ids not in the group are refused, none is lost. */
  function reorder(groupId: string, orderedIds: readonly string[]): void {
    const who = requireIdentity(identity);
    const changed = db.transaction((tx) => {
      const members = tx
        .select()
        .from(phrases)
        .where(and(eq(phrases.groupId, groupId), visible(phrases, who)))
        .all();
      const memberIds = new Set(members.map((m) => m.id));
      if (orderedIds.length !== memberIds.size || !orderedIds.every((id) => memberIds.has(id))) {
        throw new AppError('conflict', 'errors.phrase.reorderMismatch');
      }
      for (const member of members) assertMayWrite(who, member);
      const at = clock.now();
      orderedIds.forEach((id, index) => {
        tx.update(phrases)
          .set({ sortOrder: index + 1, updatedAt: at })
          .where(eq(phrases.id, id))
          .run();
      });
      return [...orderedIds];
    });
    notify(db.select(phraseColumns).from(phrases).where(inArray(phrases.id, changed)).all(), []);
  }

  return {
    groups,
    phrases: phrasesVisible,
    phrase,
    saveGroup,
    deleteGroup,
    savePhrase,
    deletePhrase,
    reorder,
    canWriteTeam: () => canWriteTeam(requireIdentity(identity)),
    onChange: (listener: PhraseChangeListener) => listeners.push(listener),
    /** For bulk writers (import, seeding) that insert rows themselves inside their own transaction. */
    announce: notify,
  };
}

export type PhraseLibrary = ReturnType<typeof createPhraseLibrary>;
