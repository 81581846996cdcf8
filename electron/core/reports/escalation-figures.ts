/**
 * 升级处理 in the daily log, from the synced escalations table: the cases the agent escalated,
 * answered first (a supervisor; a take-over without an answer is a first response too) and
 * closed that day, and the times to a first answer of the cases first answered that day that
 * the agent escalated or answered.
 */
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { escalations } from '../../../db/schema';
import type { EscalationFigures } from '../../../common/reports/daily-log-schema';
import { escalationFigures } from '../../../common/reports/escalation-figures';

export function escalationsOf(
  db: KefuDb,
  a: { shopId: string; agent: { id: string } },
  start: number,
  end: number,
): EscalationFigures {
  const shop = and(eq(escalations.shopId, a.shopId), isNull(escalations.deletedAt));
  const responder = sql`coalesce(${escalations.answeredBy}, ${escalations.takenOverBy})`;
  const counts = db
    .select({
      opened: sql<number>`coalesce(sum(${escalations.ownerId} = ${a.agent.id} and ${escalations.escalatedAt} >= ${start} and ${escalations.escalatedAt} < ${end}), 0)`,
      answered: sql<number>`coalesce(sum(${responder} = ${a.agent.id} and ${escalations.firstAnswerAt} >= ${start} and ${escalations.firstAnswerAt} < ${end}), 0)`,
      closed: sql<number>`coalesce(sum(${escalations.closedBy} = ${a.agent.id} and ${escalations.closedAt} >= ${start} and ${escalations.closedAt} < ${end}), 0)`,
    })
    .from(escalations)
    .where(shop)
    .get()!;
  const durations = db
    .select({ ms: sql<number>`${escalations.firstAnswerAt} - ${escalations.escalatedAt}` })
    .from(escalations)
    .where(
      and(
        shop,
        gte(escalations.firstAnswerAt, start),
        lt(escalations.firstAnswerAt, end),
        or(eq(escalations.ownerId, a.agent.id), sql`${responder} = ${a.agent.id}`),
      ),
    )
    .all()
    .map((r) => r.ms);
  return escalationFigures(counts.opened, counts.answered, counts.closed, durations);
}
