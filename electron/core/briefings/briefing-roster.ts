/**
 * The shop's agents as a supervisor's desk knows them: the roster the sync engine keeps in the
 * local `agents` table (`GET /v1/team`, team-roster-store.ts) — live agents of role 'agent'.
 * A desk whose table knows nobody but the signed-in agent (unbound, or bound to a server without
 * the roster) falls back to the synced daily logs (日报, own rows the supervisors read), each
 * naming the agent's id, 工号 and name: whoever logged a day in the last four weeks.
 */
import { and, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { agents, dailyLogs } from '../../../db/schema';
import { addDays } from '../../../common/time/zoned-time';

/** An agent who has not worked for four weeks has left the team, or is on leave: not expected to read. */
const ROSTER_DAYS = 28;

export interface RosterAgent {
  agentId: string;
  agentCode: string | null;
  name: string | null;
}

export function teamRoster(db: KefuDb, shopId: string, day: string): RosterAgent[] {
  const known = db
    .select({ id: agents.id, agentCode: agents.agentCode, name: agents.name, role: agents.role })
    .from(agents)
    .where(and(eq(agents.shopId, shopId), isNull(agents.deletedAt)))
    .all();
  if (known.length > 1)
    return known
      .filter((agent) => agent.role === 'agent')
      .sort((a, b) => a.agentCode.localeCompare(b.agentCode))
      .map((agent) => ({ agentId: agent.id, agentCode: agent.agentCode, name: agent.name }));
  return loggedRoster(db, shopId, day);
}

function loggedRoster(db: KefuDb, shopId: string, day: string): RosterAgent[] {
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
