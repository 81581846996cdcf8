/**
 * The shop's agents as the server lists them (`GET /v1/team`), kept in the desk's local `agents`
 * table so the ids on synced rows (invoice steps, escalations, 已读) can be named offline.
 * `agents` is not a synced table: it has no outbox triggers and nothing here is ever pushed.
 *
 * Upsert by id; the signed-in agent's row (settings-service, binding) keeps its id, owner and
 * scope — only its name, 工号 and role follow the server, as binding already does, and so does
 * its 岗位 when the server has one: a supervisor's change in the console reaches the desk with
 * the next roster, not only when Settings is opened. A disabled
 * agent is kept with `deleted_at` set: still named on the rows it stamped, no longer on the team.
 * Agents the server no longer lists stay as they were (the last roster holds while offline).
 */
import type Database from 'better-sqlite3';
import type { TeamAgent } from '../../../common/sync/protocol';
import { POSITION_SETTING } from '../settings/position-setting';

/** Stores the roster in one transaction; answers how many local rows changed. */
export function storeTeamRoster(
  sqlite: Database.Database,
  shopId: string,
  roster: readonly TeamAgent[],
  now: number,
): number {
  const current = sqlite.prepare(`select value from settings where key = 'currentAgentId'`).get() as
    { value: string } | undefined;
  const currentAgentId = current ? (JSON.parse(current.value) as string) : null;
  // A row of another id holding the same 工号 is stale (an agent the desk made before binding,
  // or a 工号 moved on the server): it steps aside so the unique 工号 index holds.
  const stepAside = sqlite.prepare(
    `update agents set deleted_at = @now, updated_at = @now
     where shop_id = @shopId and agent_code = @code and id <> @id and deleted_at is null
       and id is not @currentAgentId`,
  );
  const holder = sqlite.prepare(
    `select id from agents where shop_id = ? and agent_code = ? and id <> ? and deleted_at is null`,
  );
  const upsert = sqlite.prepare(
    `insert into agents (id, shop_id, owner_id, scope, name, agent_code, role, created_at, updated_at, deleted_at)
     values (@id, @shopId, @id, 'personal', @name, @code, @role, @now, @now, @deletedAt)
     on conflict (id) do update set shop_id = excluded.shop_id, name = excluded.name,
       agent_code = excluded.agent_code, role = excluded.role, updated_at = excluded.updated_at,
       deleted_at = case when excluded.deleted_at is null then null else coalesce(agents.deleted_at, excluded.deleted_at) end
     where agents.shop_id is not excluded.shop_id or agents.name is not excluded.name
       or agents.agent_code is not excluded.agent_code or agents.role is not excluded.role
       or (agents.deleted_at is null) <> (excluded.deleted_at is null)`,
  );
  const ownPosition = sqlite.prepare(
    `insert into settings (key, value, updated_at) values (@key, @value, @now)
     on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at
     where settings.value is not excluded.value`,
  );
  return sqlite.transaction(() => {
    let changed = 0;
    const position = roster.find((agent) => agent.id === currentAgentId)?.position;
    if (position)
      changed += ownPosition.run({ key: POSITION_SETTING, value: JSON.stringify(position), now }).changes;
    for (const agent of roster) {
      // The signed-in agent is never disabled from here: its token still works.
      const disabled = agent.disabled && agent.id !== currentAgentId;
      const params = {
        id: agent.id,
        shopId,
        name: agent.name,
        code: agent.code,
        role: agent.role,
        now,
        currentAgentId,
        deletedAt: disabled ? now : null,
      };
      if (!disabled) {
        changed += stepAside.run(params).changes;
        // The signed-in agent holds the 工号 under another id (cannot happen once bound): leave both.
        if (holder.get(shopId, agent.code, agent.id)) continue;
      }
      changed += upsert.run(params).changes;
    }
    return changed;
  })();
}
