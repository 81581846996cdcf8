/**
 * Names for the agent ids synced rows carry (invoice steps, escalations, 已读): the desk's local
 * `agents` table — the signed-in agent and the shop's roster the sync engine keeps
 * (team-roster-store.ts), disabled agents included — and, for an id the table does not know,
 * the latest daily log that agent synced (a supervisor's desk bound to a server without the roster).
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { agents, dailyLogs } from '../../../db/schema';
import type { Tx } from '../customers/customer-service';

export interface AgentLabel {
  agentCode: string | null;
  name: string | null;
}

/** An agent id with what the desk knows of it, as views show a step's or case's agent. */
export interface AgentRef extends AgentLabel {
  id: string;
}

/** id → 工号 and name, for the ids any source knows; unknown ids are absent. */
export function agentLabels(
  db: KefuDb | Tx,
  shopId: string,
  ids: Iterable<string | null | undefined>,
): Map<string, AgentLabel> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  const labels = new Map<string, AgentLabel>();
  if (wanted.length === 0) return labels;
  const known = db
    .select({ id: agents.id, agentCode: agents.agentCode, name: agents.name })
    .from(agents)
    .where(and(eq(agents.shopId, shopId), inArray(agents.id, wanted)))
    .all();
  for (const row of known) labels.set(row.id, { agentCode: row.agentCode, name: row.name });
  const missing = wanted.filter((id) => !labels.has(id));
  if (missing.length === 0) return labels;
  const logged = db
    .select({
      ownerId: dailyLogs.ownerId,
      agentCode: sql<string | null>`json_extract(${dailyLogs.payload}, '$.agent.agentCode')`,
      name: sql<string | null>`json_extract(${dailyLogs.payload}, '$.agent.name')`,
    })
    .from(dailyLogs)
    .where(
      and(eq(dailyLogs.shopId, shopId), isNull(dailyLogs.deletedAt), inArray(dailyLogs.ownerId, missing)),
    )
    .orderBy(desc(dailyLogs.day))
    .all();
  // The newest log comes first: a 工号 or name changed since is shown as it is now.
  for (const row of logged)
    if (row.ownerId && !labels.has(row.ownerId))
      labels.set(row.ownerId, { agentCode: row.agentCode, name: row.name });
  return labels;
}

/** The id with its label; null for no id, nulls for an id nobody names. */
export function agentRef(labels: Map<string, AgentLabel>, id: string | null | undefined): AgentRef | null {
  if (!id) return null;
  const label = labels.get(id);
  return { id, agentCode: label?.agentCode ?? null, name: label?.name ?? null };
}
