/**
 * `GET /v1/team`: the caller's shop's agents, so a desk can name the ids its synced rows carry.
 * The shop is the token's; nothing in the request chooses it.
 */
import { asc, eq } from 'drizzle-orm';
import type { TeamRoster } from '../../common/sync/protocol';
import type { Caller } from '../auth/caller';
import { agents } from '../database/schema';
import type { ServerDb } from '../database/storage';

export async function teamRoster(db: ServerDb, caller: Pick<Caller, 'shopId'>): Promise<TeamRoster> {
  const found = await db
    .select({
      id: agents.id,
      code: agents.code,
      name: agents.name,
      role: agents.role,
      position: agents.position,
      disabled: agents.disabled,
    })
    .from(agents)
    .where(eq(agents.shopId, caller.shopId))
    .orderBy(asc(agents.code), asc(agents.id));
  return { agents: found.map((agent) => ({ ...agent, position: agent.position ?? null })) };
}
