/**
 * A new shop starts with the default phrase pack of its language and the default lint rules, so
 * the panel is useful from the first minute. Runs once per shop: a shop that ever had groups or
 * rules (even deleted ones) is left alone. Natural ids: two installs of one shop seed the same
 * rows, which the server merges.
 *
 * Packs gained example buyer questions after shops had been seeded: a seeded phrase nobody has
 * touched since (its title, body and group still the pack's, never updated) gets its pack's
 * questions, once, by whoever may write the team library here.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import type { Language } from '../../../db/enums';
import { lintRules, phraseGroups, phrases } from '../../../db/schema';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import type { Identity } from '../settings/settings-service';
import { DEFAULT_LINT_RULES } from './default-lint-rules';
import { DEFAULT_PHRASE_PACKS } from './default-phrase-packs';

export function seedDefaultLibrary(
  db: KefuDb,
  who: Identity,
  language: Language,
  at: number,
  newId: () => string,
  mayWriteLibrary: boolean,
): { groups: number; phrases: number; rules: number; questions: number } {
  const claimId = createNaturalIdClaim(db.$client, newId);
  return db.transaction((tx) => {
    const seeded = { groups: 0, phrases: 0, rules: 0, questions: 0 };
    const owned = {
      shopId: who.shopId,
      ownerId: who.agentId,
      scope: 'team' as const,
      createdAt: at,
      updatedAt: at,
    };
    const hasGroups = tx
      .select({ id: phraseGroups.id })
      .from(phraseGroups)
      .where(eq(phraseGroups.shopId, who.shopId))
      .get();
    if (!hasGroups) {
      DEFAULT_PHRASE_PACKS[language].forEach((group, groupIndex) => {
        const groupId = claimId('phrase_groups', naturalIds.seededGroup(who.shopId, group.name));
        tx.insert(phraseGroups)
          .values({ ...owned, id: groupId, name: group.name, stage: group.stage, sortOrder: groupIndex + 1 })
          .run();
        seeded.groups += 1;
        group.phrases.forEach((phrase, phraseIndex) => {
          tx.insert(phrases)
            .values({
              ...owned,
              ...phrase,
              id: claimId('phrases', naturalIds.seededPhrase(who.shopId, groupId, phrase.title)),
              groupId,
              stage: group.stage,
              sortOrder: phraseIndex + 1,
            })
            .run();
          seeded.phrases += 1;
        });
      });
    }
    if (hasGroups && mayWriteLibrary) seeded.questions = fillPackQuestions(tx, who.shopId, at);
    const hasRules = tx
      .select({ id: lintRules.id })
      .from(lintRules)
      .where(eq(lintRules.shopId, who.shopId))
      .get();
    if (!hasRules) {
      for (const rule of DEFAULT_LINT_RULES) {
        tx.insert(lintRules)
          .values({
            ...owned,
            ...rule,
            id: claimId('lint_rules', naturalIds.seededLintRule(who.shopId, rule.category, rule.pattern)),
          })
          .run();
        seeded.rules += 1;
      }
    }
    return seeded;
  });
}

/** Pack phrases by group name, title and body, in every language (the shop's may have changed). */
const PACK_QUESTIONS = new Map(
  Object.values(DEFAULT_PHRASE_PACKS).flatMap((pack) =>
    pack.flatMap((group) =>
      group.phrases.map((phrase) => [
        JSON.stringify([group.name, phrase.title, phrase.body]),
        phrase.questions,
      ]),
    ),
  ),
);

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

function fillPackQuestions(tx: Tx, shopId: string, at: number): number {
  const untouched = tx
    .select({ id: phrases.id, title: phrases.title, body: phrases.body, groupName: phraseGroups.name })
    .from(phrases)
    .innerJoin(phraseGroups, eq(phraseGroups.id, phrases.groupId))
    .where(
      and(
        eq(phrases.shopId, shopId),
        eq(phrases.scope, 'team'),
        isNull(phrases.deletedAt),
        eq(phrases.updatedAt, phrases.createdAt),
        sql`${phrases.questions} = '[]'`,
      ),
    )
    .all();
  let filled = 0;
  for (const row of untouched) {
    const questions = PACK_QUESTIONS.get(JSON.stringify([row.groupName, row.title, row.body]));
    if (!questions) continue;
    tx.update(phrases).set({ questions, updatedAt: at }).where(eq(phrases.id, row.id)).run();
    filled += 1;
  }
  return filled;
}
