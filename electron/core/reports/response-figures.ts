/**
 * 响应用时 in the daily log: buyer questions taken with the question hotkey and answered from
 * the panel. A question is counted once, by its first reply (a copy and then a paste of the same
 * question share its taking time); the seeds ask for a first reply within 15 s.
 */
import { and, count, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { phraseUsages } from '../../../db/schema';
import type { ResponseFigures } from '../../../common/reports/daily-log-schema';
import { RESPONSE_TARGET_MS, responseFigures } from '../../../common/reports/response-figures';

export function responsesOf(
  db: KefuDb,
  a: { shopId: string; agent: { id: string } },
  start: number,
  end: number,
): ResponseFigures {
  const mine = (extra: ReturnType<typeof and>) =>
    and(
      eq(phraseUsages.ownerId, a.agent.id),
      eq(phraseUsages.shopId, a.shopId),
      isNull(phraseUsages.deletedAt),
      gte(phraseUsages.usedAt, start),
      lt(phraseUsages.usedAt, end),
      extra,
    );
  // Each question's first reply: deliveries of one taken question share used_at − response_ms.
  const firstReplies = db
    .select({ ms: sql<number>`min(${phraseUsages.responseMs})`.as('ms') })
    .from(phraseUsages)
    .where(mine(and(isNotNull(phraseUsages.responseMs))))
    .groupBy(sql`${phraseUsages.usedAt} - ${phraseUsages.responseMs}`)
    .as('first_replies');
  const timed = db
    .select({
      timed: count(),
      totalMs: sql<number>`coalesce(sum(${firstReplies.ms}), 0)`,
      within15s: sql<number>`coalesce(sum(${firstReplies.ms} <= ${RESPONSE_TARGET_MS}), 0)`,
    })
    .from(firstReplies)
    .get()!;
  const picked = db
    .select({ picked: count() })
    .from(phraseUsages)
    .where(mine(and(eq(phraseUsages.source, 'suggestion'))))
    .get()!;
  return responseFigures(timed.timed, timed.totalMs, timed.within15s, picked.picked);
}
