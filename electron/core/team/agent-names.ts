/**
 * Names for the agent ids synced rows carry (invoice steps, escalations, 已读): the desk's local
 * `agents` table — the signed-in agent and the shop's roster the sync engine keeps
 * (team-roster-store.ts), disabled agents included — and, for an id the table does not know,
 * the latest daily log that agent synced (a supervisor's desk bound to an older server).
 */
import type { KefuDb } from '../../../db/open-database';

export interface AgentLabel {
  agentCode: string | null;
  name: string | null;
}

/** id → 工号 and name, for the ids any source knows; unknown ids are absent. */
export function agentLabels(
  db: KefuDb,
  shopId: string,
  ids: Iterable<string | null | undefined>,
): Map<string, AgentLabel> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  const labels = new Map<string, AgentLabel>();
  if (wanted.length === 0) return labels;
  const sqlite = db.$client;
  const list = JSON.stringify(wanted);
  const known = sqlite
    .prepare(
      `select id, agent_code, name from agents
       where shop_id = ? and id in (select value from json_each(?))
       order by deleted_at is null`,
    )
    .all(shopId, list) as { id: string; agent_code: string; name: string }[];
  // Live rows come last and win over a stale copy of the same id (there is one row per id).
  for (const row of known) labels.set(row.id, { agentCode: row.agent_code, name: row.name });
  const missing = wanted.filter((id) => !labels.has(id));
  if (missing.length === 0) return labels;
  const logged = sqlite
    .prepare(
      `select owner_id, json_extract(payload, '$.agent.agentCode') as agent_code,
              json_extract(payload, '$.agent.name') as name
       from daily_logs
       where shop_id = ? and deleted_at is null and owner_id in (select value from json_each(?))
       order by day desc`,
    )
    .all(shopId, JSON.stringify(missing)) as {
    owner_id: string;
    agent_code: string | null;
    name: string | null;
  }[];
  for (const row of logged)
    if (!labels.has(row.owner_id)) labels.set(row.owner_id, { agentCode: row.agent_code, name: row.name });
  return labels;
}

/** One id's label, or null. */
export function agentLabel(db: KefuDb, shopId: string, id: string | null | undefined): AgentLabel | null {
  return id ? (agentLabels(db, shopId, [id]).get(id) ?? null) : null;
}
