/**
 * The shop's agents as a supervisor's desk knows them. The desk keeps no team list (its `agents`
 * table holds only whoever is signed in); what it does hold is every agent's synced daily logs
 * (日报, own rows the supervisors read), each naming the agent's id, 工号 and name. So the roster
 * is whoever logged a day in the last four weeks, with their latest 工号 and name.
 */
import { and, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { dailyLogs } from '../../../db/schema';
import { addDays } from '../../../common/time/zoned-time';

/** An agent who has not worked for four weeks has left the team, or is on leave: not expected to read. */
const ROSTER_DAYS = 28;

export interface RosterAgent {
  agentId: string;
  agentCode: string | null;
  name: string | null;
}

export function teamRoster(db: KefuDb, shopId: string, day: string): RosterAgent[] {
  const rows = db
    .select({
      ownerId: dailyLogs.ownerId,
      agentCode: sql<string | null>`json_extract(${dailyLogs.payload}, '$.agent.agentCode')`,
      name: sql<string | null>`json_extract(${dailyLogs.payload}, '$.agent.name')`,
    })
    .from(dailyLogs)
    .where(
      and(
        eq(dailyLogs.shopId, shopId),
        isNull(dailyLogs.deletedAt),
        gte(dailyLogs.day, addDays(day, -ROSTER_DAYS)),
        lte(dailyLogs.day, day),
      ),
    )
    .orderBy(desc(dailyLogs.day))
    .all();
  const roster = new Map<string, RosterAgent>();
  for (const row of rows) {
    // The newest log comes first: a 工号 or name changed since is shown as it is now.
    if (row.ownerId && !roster.has(row.ownerId))
      roster.set(row.ownerId, { agentId: row.ownerId, agentCode: row.agentCode, name: row.name });
  }
  return [...roster.values()];
}
