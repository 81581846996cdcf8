/**
 * The team's learned buyer questions (phrase_questions): what each agent picked a phrase for,
 * one row per owner, phrase and normalised question, summed over owners for the engine. A
 * supervisor's prune tombstones every owner's row, and a tombstone of any owner keeps that
 * question from being learned (or counted) for that phrase again.
 */
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { phraseQuestions } from '../../../db/schema';
import { normalizeQuestion } from '../../../common/suggest/question-text';
import type { LearnedQuestion } from '../../../common/suggest/suggestion-types';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { naturalIds } from '../natural-id';
import { canWriteTeam, requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { withoutBuyerIds } from './buyer-ids';
import type { LearnedQuestionView } from './phrase-schema';

/** A transaction handle or the database itself: learning joins the delivery's transaction. */
type Writer = Pick<KefuDb, 'select' | 'insert' | 'update'>;

export interface LearnedQuestions {
  /**
   * Counts one pick of `phraseId` for the buyer's `question` as `who`'s, inside `tx`. Returns the
   * question as the engine now holds it (picks over every owner), or null when there is nothing
   * to learn: no words left after normalising, or a supervisor pruned it for this phrase.
   */
  learn(
    tx: Writer,
    who: Identity,
    phraseId: string,
    question: string,
    omit: readonly string[],
    at: number,
  ): LearnedQuestion | null;
  /** Every live learned question of the shop, picks summed per phrase and text. */
  all(): LearnedQuestion[];
  /** One phrase's learned questions, most picked first. */
  ofPhrase(phraseId: string): LearnedQuestionView[];
  /** Tombstones every owner's row for this phrase and text (supervisors and admins). */
  prune(phraseId: string, text: string): void;
}

export interface LearnedQuestionsDeps {
  db: KefuDb;
  clock: Clock;
  identity: () => Identity | null;
}

export function createLearnedQuestions({ db, clock, identity }: LearnedQuestionsDeps): LearnedQuestions {
  /** (phrase, text) pairs some owner's row of which is a tombstone: pruned for good. */
  const pruned = (tx: Writer, shopId: string, phraseId: string, text: string): boolean =>
    tx
      .select({ id: phraseQuestions.id })
      .from(phraseQuestions)
      .where(
        and(
          eq(phraseQuestions.shopId, shopId),
          eq(phraseQuestions.phraseId, phraseId),
          eq(phraseQuestions.text, text),
          isNotNull(phraseQuestions.deletedAt),
        ),
      )
      .get() !== undefined;

  const summedPicks = (tx: Writer, shopId: string, phraseId: string, text: string): number =>
    tx
      .select({ picks: sql<number>`coalesce(sum(${phraseQuestions.picks}), 0)` })
      .from(phraseQuestions)
      .where(
        and(
          eq(phraseQuestions.shopId, shopId),
          eq(phraseQuestions.phraseId, phraseId),
          eq(phraseQuestions.text, text),
          isNull(phraseQuestions.deletedAt),
        ),
      )
      .get()!.picks;

  function learn(
    tx: Writer,
    who: Identity,
    phraseId: string,
    question: string,
    omit: readonly string[],
    at: number,
  ): LearnedQuestion | null {
    const text = normalizeQuestion(withoutBuyerIds(question), omit);
    if (text === '' || pruned(tx, who.shopId, phraseId, text)) return null;
    const id = naturalIds.learnedQuestion(who.shopId, who.agentId, phraseId, text);
    const mine = tx
      .select({ picks: phraseQuestions.picks })
      .from(phraseQuestions)
      .where(eq(phraseQuestions.id, id))
      .get();
    if (mine) {
      tx.update(phraseQuestions)
        .set({ picks: mine.picks + 1, lastUsedAt: at, updatedAt: at })
        .where(eq(phraseQuestions.id, id))
        .run();
    } else {
      tx.insert(phraseQuestions)
        .values({
          id,
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'team',
          phraseId,
          text,
          picks: 1,
          lastUsedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .run();
    }
    return { phraseId, text, picks: summedPicks(tx, who.shopId, phraseId, text) };
  }

  /** Live rows grouped by phrase and text, leaving out every pair that has a tombstone. */
  function grouped(shopId: string, phraseId?: string) {
    return db
      .select({
        phraseId: phraseQuestions.phraseId,
        text: phraseQuestions.text,
        picks: sql<number>`sum(${phraseQuestions.picks})`,
        lastUsedAt: sql<number>`max(${phraseQuestions.lastUsedAt})`,
      })
      .from(phraseQuestions)
      .where(
        and(
          eq(phraseQuestions.shopId, shopId),
          phraseId === undefined ? undefined : eq(phraseQuestions.phraseId, phraseId),
        ),
      )
      .groupBy(phraseQuestions.phraseId, phraseQuestions.text)
      .having(sql`count(${phraseQuestions.deletedAt}) = 0`)
      .all();
  }

  function prune(phraseId: string, text: string): void {
    const who = requireIdentity(identity);
    if (!canWriteTeam(who)) throw new AppError('forbidden', 'errors.phrase.pruneSupervisorOnly');
    const at = clock.now();
    db.transaction((tx) => {
      const changed = tx
        .update(phraseQuestions)
        .set({ deletedAt: at, updatedAt: at })
        .where(
          and(
            eq(phraseQuestions.shopId, who.shopId),
            eq(phraseQuestions.phraseId, phraseId),
            eq(phraseQuestions.text, text),
            isNull(phraseQuestions.deletedAt),
          ),
        )
        .run().changes;
      if (changed === 0) throw new AppError('notFound', 'errors.phrase.learnedQuestionNotFound', { text });
    });
  }

  return {
    learn,
    all: () =>
      grouped(requireIdentity(identity).shopId).map(({ phraseId, text, picks }) => ({
        phraseId,
        text,
        picks,
      })),
    ofPhrase: (phraseId) =>
      grouped(requireIdentity(identity).shopId, phraseId)
        .map(({ text, picks, lastUsedAt }) => ({ text, picks, lastUsedAt }))
        .sort((a, b) => b.picks - a.picks || b.lastUsedAt - a.lastUsedAt),
    prune,
  };
}
