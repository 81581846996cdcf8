/**
 * 每日早会 (feature 17): the supervisor writes the shop day's briefing — 活动, 重点商品, 注意事项 and
 * phrases to push — and publishes it; it opens on every agent's 今日 until they acknowledge it
 * (已读, the first time kept); the supervisor sees who has read it. One briefing a shop day (a
 * natural id over the day, so two supervisors' desks converge); one 已读 per agent and briefing.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { briefingReads, briefings, phrases } from '../../../db/schema';
import { zonedDay } from '../../../common/time/zoned-time';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { mayWriteBriefing, requireBriefingWriter } from './briefing-access';
import { splitReaders } from './briefing-readers';
import { teamRoster } from './briefing-roster';
import type { Briefing, BriefingReads, BriefingSaveInput, BriefingToday } from './briefing-schema';

export interface BriefingServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  timeZone: () => string;
}

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

function briefingRow(db: KefuDb | Tx, shopId: string, day: string) {
  return (
    db
      .select()
      .from(briefings)
      .where(and(eq(briefings.shopId, shopId), eq(briefings.day, day), isNull(briefings.deletedAt)))
      .get() ?? null
  );
}

/** The shop's live team phrases among `ids` (an agent never sees a supervisor's personal ones). */
function teamPhrases(db: KefuDb | Tx, shopId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: phrases.id, title: phrases.title, shortcut: phrases.shortcut, body: phrases.body })
    .from(phrases)
    .where(
      and(
        eq(phrases.shopId, shopId),
        eq(phrases.scope, 'team'),
        isNull(phrases.deletedAt),
        inArray(phrases.id, [...ids]),
      ),
    )
    .all();
}

function readOf(db: KefuDb | Tx, who: Identity, briefingId: string) {
  return (
    db
      .select({ id: briefingReads.id, readAt: briefingReads.readAt })
      .from(briefingReads)
      .where(
        and(
          eq(briefingReads.briefingId, briefingId),
          eq(briefingReads.ownerId, who.agentId),
          isNull(briefingReads.deletedAt),
        ),
      )
      .orderBy(asc(briefingReads.readAt))
      .get() ?? null
  );
}

export function createBriefingService({ db, clock, newId, identity, timeZone }: BriefingServiceDeps) {
  const claimId = createNaturalIdClaim(db.$client, newId);
  const shopDay = () => zonedDay(clock.now(), timeZone());

  function view(row: NonNullable<ReturnType<typeof briefingRow>>): Briefing {
    const found = new Map(teamPhrases(db, row.shopId, row.phraseIds).map((p) => [p.id, p]));
    return {
      id: row.id,
      day: row.day,
      activities: row.activities,
      focusProducts: row.focusProducts,
      notes: row.notes,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      updatedAt: row.updatedAt,
      phraseIds: row.phraseIds,
      // A phrase deleted since the push drops out of the card rather than show a dead entry.
      phrases: row.phraseIds.flatMap((id) => found.get(id) ?? []),
    };
  }

  /** Today's briefing: the writer sees the draft too; agents only a published one. */
  function today(): BriefingToday {
    const who = requireIdentity(identity);
    const day = shopDay();
    const editable = mayWriteBriefing(who);
    const row = briefingRow(db, who.shopId, day);
    const shown = row && (editable || row.publishedAt !== null) ? row : null;
    return {
      day,
      briefing: shown ? view(shown) : null,
      readAt: shown ? (readOf(db, who, shown.id)?.readAt ?? null) : null,
      editable,
    };
  }

  function save(input: BriefingSaveInput): BriefingToday {
    const who = requireIdentity(identity);
    requireBriefingWriter(who);
    const at = clock.now();
    const day = shopDay();
    const phraseIds = [...new Set(input.phraseIds)];
    db.transaction(
      (tx) => {
        const known = new Set(teamPhrases(tx, who.shopId, phraseIds).map((p) => p.id));
        const unknown = phraseIds.filter((id) => !known.has(id));
        if (unknown.length > 0) {
          throw new AppError('validation', 'errors.validation', {
            issues: [{ path: ['phraseIds'], messageKey: 'validation.briefing.phraseUnknown', params: {} }],
          });
        }
        const fields = {
          activities: input.activities ?? '',
          focusProducts: input.focusProducts ?? '',
          notes: input.notes ?? '',
          phraseIds,
          updatedAt: at,
        };
        const existing = briefingRow(tx, who.shopId, day);
        // Published once, it stays published: an edit corrects what the agents already see.
        const published =
          existing?.publishedAt != null
            ? {}
            : input.publish
              ? { publishedAt: at, publishedBy: who.agentId }
              : {};
        if (existing) {
          tx.update(briefings)
            .set({ ...fields, ...published })
            .where(eq(briefings.id, existing.id))
            .run();
          return;
        }
        tx.insert(briefings)
          .values({
            ...fields,
            ...published,
            id: claimId('briefings', naturalIds.briefing(who.shopId, day)),
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'team',
            day,
            createdAt: at,
          })
          .run();
      },
      { behavior: 'immediate' },
    );
    return today();
  }

  /** 已读: once per agent and briefing; acknowledging again keeps the first time. */
  function acknowledge(): BriefingToday {
    const who = requireIdentity(identity);
    const at = clock.now();
    const day = shopDay();
    db.transaction(
      (tx) => {
        const row = briefingRow(tx, who.shopId, day);
        if (!row || row.publishedAt === null) throw new AppError('notFound', 'errors.briefing.noneToday');
        if (readOf(tx, who, row.id)) return;
        tx.insert(briefingReads)
          .values({
            id: claimId('briefing_reads', naturalIds.briefingRead(who.shopId, who.agentId, row.id)),
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'personal',
            briefingId: row.id,
            readAt: at,
            createdAt: at,
            updatedAt: at,
          })
          .run();
      },
      { behavior: 'immediate' },
    );
    return today();
  }

  /** Who has read today's briefing (supervisors: the agents' 已读 rows reach their desk by sync). */
  function reads(): BriefingReads {
    const who = requireIdentity(identity);
    requireBriefingWriter(who);
    const day = shopDay();
    const row = briefingRow(db, who.shopId, day);
    const rows = row
      ? db
          .select({ ownerId: briefingReads.ownerId, readAt: briefingReads.readAt })
          .from(briefingReads)
          .where(and(eq(briefingReads.briefingId, row.id), isNull(briefingReads.deletedAt)))
          .all()
      : [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      if (!r.ownerId) continue;
      const earlier = seen.get(r.ownerId);
      if (earlier === undefined || r.readAt < earlier) seen.set(r.ownerId, r.readAt);
    }
    const split = splitReaders(
      teamRoster(db, who.shopId, day),
      [...seen].map(([ownerId, readAt]) => ({ ownerId, readAt })),
      who.agentId,
    );
    return { day, briefingId: row?.id ?? null, ...split };
  }

  return { today, save, acknowledge, reads };
}

export type BriefingService = ReturnType<typeof createBriefingService>;
