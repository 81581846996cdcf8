/**
 * 每日早会 in the daily log: whether the day's published briefing (briefings.day is the shop's
 * day, so no clock cut is needed) was read by the agent, and when (briefing_reads.read_at).
 */
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { briefingReads, briefings } from '../../../db/schema';

export function briefingOf(
  db: KefuDb,
  a: { shopId: string; agent: { id: string }; day: string },
): { readAt: number | null } | null {
  const briefing = db
    .select({ id: briefings.id })
    .from(briefings)
    .where(
      and(
        eq(briefings.shopId, a.shopId),
        eq(briefings.day, a.day),
        isNotNull(briefings.publishedAt),
        isNull(briefings.deletedAt),
      ),
    )
    .get();
  if (!briefing) return null;
  const read = db
    .select({ readAt: briefingReads.readAt })
    .from(briefingReads)
    .where(
      and(
        eq(briefingReads.briefingId, briefing.id),
        eq(briefingReads.ownerId, a.agent.id),
        isNull(briefingReads.deletedAt),
      ),
    )
    .orderBy(asc(briefingReads.readAt))
    .get();
  return { readAt: read?.readAt ?? null };
}
