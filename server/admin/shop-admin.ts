/**
 * The administrator's operations, shared by the CLI and the admin endpoints: shops, agents and
 * their tokens, and pruning old tombstones. Each multi-row change runs in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Position } from '../../common/positions';
import type { SyncRole } from '../../common/sync/sync-tables';
import { adminAudit, agents, rows, shops, shopVersions, tokens, AGENT_ROLES } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { parseRequest } from '../http/request-body';
import { SyncError } from '../http/sync-error';
import { hashToken, newToken } from '../auth/token';
import {
  agentCodeSchema,
  newAgentFields,
  positionSchema,
  shopNameSchema,
  tokenIdSchema,
} from './admin-fields';

const newAgentSchema = z.object({ shopId: z.string(), ...newAgentFields });
export type NewAgent = z.input<typeof newAgentSchema>;
export type IssuedToken = { agentId: string; tokenId: string; token: string };

const DAY_MS = 86_400_000;

export const isAgentRole = (role: string): role is SyncRole =>
  (AGENT_ROLES as readonly string[]).includes(role);

export async function createShop(db: ServerDb, shopName: string): Promise<{ shopId: string }> {
  const { name } = parseRequest(z.object({ name: shopNameSchema }), { name: shopName });
  const shopId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(shops).values({ id: shopId, name });
    await tx.insert(shopVersions).values({ shopId });
  });
  return { shopId };
}

/** A shop by id or by its exact name (the CLI accepts either). */
export async function findShop(db: ServerDb, shopIdOrName: string): Promise<{ id: string; name: string }> {
  const { shop: idOrName } = parseRequest(z.object({ shop: shopNameSchema }), { shop: shopIdOrName });
  const found = await db
    .select({ id: shops.id, name: shops.name })
    .from(shops)
    .where(or(eq(shops.id, idOrName), eq(shops.name, idOrName)));
  if (found.length === 0) throw new SyncError('notFound', `shop: no shop with id or name "${idOrName}".`);
  if (found.length > 1)
    throw new SyncError('badRequest', `shop: several shops are named "${idOrName}"; pass the shop id.`);
  return found[0]!;
}

async function issueToken(db: ServerDb, agentId: string): Promise<IssuedToken> {
  const token = newToken();
  const tokenId = randomUUID();
  await db.insert(tokens).values({ id: tokenId, agentId, tokenHash: hashToken(token) });
  return { agentId, tokenId, token };
}

/** Creates the agent and its first token; the token is returned once and never stored. */
export async function createAgent(db: ServerDb, agent: NewAgent): Promise<IssuedToken> {
  const { shopId, code, name, role, position } = parseRequest(newAgentSchema, agent);
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: agents.id })
      .from(agents)
      .where(and(eq(agents.shopId, shopId), eq(agents.code, code)));
    if (taken.length)
      throw new SyncError('badRequest', `code: 工号 ${code} already exists in this shop.`, { field: 'code' });
    const agentId = randomUUID();
    await tx.insert(agents).values({ id: agentId, shopId, code, name, role, position: position ?? null });
    return issueToken(tx as unknown as ServerDb, agentId);
  });
}

/** Revokes every live token of the agent with 工号 `agentCode` in the shop; answers how many. */
export async function revokeAgentTokens(db: ServerDb, shopId: string, code: string): Promise<number> {
  const { agentCode } = parseRequest(z.object({ agentCode: agentCodeSchema }), { agentCode: code });
  const [agent] = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.shopId, shopId), eq(agents.code, agentCode)));
  if (!agent) throw new SyncError('notFound', `agent: no agent with 工号 ${agentCode} in this shop.`);
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(tokens.agentId, agent.id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  return revoked.length;
}

/** Revokes one token by its id; `shopId` limits it to that shop's agents when given. */
export async function revokeTokenById(db: ServerDb, id: string, shopId?: string): Promise<number> {
  const { tokenId } = parseRequest(z.object({ tokenId: tokenIdSchema }), { tokenId: id });
  const [owner] = await db
    .select({ shopId: agents.shopId })
    .from(tokens)
    .innerJoin(agents, eq(agents.id, tokens.agentId))
    .where(eq(tokens.id, tokenId));
  if (!owner || (shopId && owner.shopId !== shopId))
    throw new SyncError('notFound', `tokenId: no token with id ${tokenId}.`);
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(tokens.id, tokenId), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  return revoked.length;
}

/**
 * Removes tombstones deleted more than `olderThanDays` ago and raises each shop's retention
 * floor to the newest pruned version: a cursor older than that may have missed a deletion and
 * must start over (`resetRequired`).
 */
export async function pruneTombstones(
  db: ServerDb,
  olderThanDays: number,
  now = Date.now(),
): Promise<{ pruned: number }> {
  if (!Number.isFinite(olderThanDays) || olderThanDays < 0)
    throw new SyncError('badRequest', 'olderThanDays: must be a number of days, 0 or more.');
  const cutoff = now - olderThanDays * DAY_MS;
  return db.transaction(async (tx) => {
    const pruned = await tx
      .delete(rows)
      .where(and(isNotNull(rows.deletedAt), lt(rows.deletedAt, cutoff)))
      .returning({ shopId: rows.shopId, version: rows.version });
    const floors = new Map<string, number>();
    for (const row of pruned) floors.set(row.shopId, Math.max(floors.get(row.shopId) ?? 0, row.version));
    for (const [shopId, floor] of floors)
      await tx
        .update(shopVersions)
        .set({ retentionFloor: sql`greatest(${shopVersions.retentionFloor}, ${floor})` })
        .where(eq(shopVersions.shopId, shopId));
    return { pruned: pruned.length };
  });
}

/** Gives the agent with 工号 `code` in the shop another role; answers the role it had. */
export async function changeAgentRole(
  db: ServerDb,
  shopId: string,
  code: string,
  newRole: SyncRole,
): Promise<{ agentId: string; previous: SyncRole }> {
  const { agentCode, role } = parseRequest(
    z.object({ agentCode: agentCodeSchema, role: z.enum(AGENT_ROLES) }),
    {
      agentCode: code,
      role: newRole,
    },
  );
  const [agent] = await db
    .select({ id: agents.id, role: agents.role })
    .from(agents)
    .where(and(eq(agents.shopId, shopId), eq(agents.code, agentCode)));
  if (!agent) throw new SyncError('notFound', `agent: no agent with 工号 ${agentCode} in this shop.`);
  await db.update(agents).set({ role }).where(eq(agents.id, agent.id));
  return { agentId: agent.id, previous: agent.role };
}

/** Who changes a position: a supervisor or admin of the shop, as the token says. */
export type PositionActor = { shopId: string; agentId: string; role: SyncRole };

/**
 * Sets the 岗位 of the agent with 工号 `code` in the actor's shop (null clears it), with its
 * admin_audit row in the same transaction (action `changeRole`, detail `position A → B`: the
 * console's audit list knows the role actions). Supervisors and admins only.
 */
export async function changeAgentPosition(
  db: ServerDb,
  actor: PositionActor,
  code: string,
  newPosition: Position | null,
): Promise<{ agentId: string; previous: Position | null; position: Position | null }> {
  if (actor.role === 'agent')
    throw new SyncError('forbidden', 'position: only a supervisor or admin of the shop sets positions.');
  const { agentCode, position } = parseRequest(
    z.object({ agentCode: agentCodeSchema, position: positionSchema }),
    { agentCode: code, position: newPosition },
  );
  return db.transaction(async (tx) => {
    const [agent] = await tx
      .select({ id: agents.id, position: agents.position })
      .from(agents)
      .where(and(eq(agents.shopId, actor.shopId), eq(agents.code, agentCode)));
    if (!agent) throw new SyncError('notFound', `agent: no agent with 工号 ${agentCode} in this shop.`);
    await tx.update(agents).set({ position }).where(eq(agents.id, agent.id));
    await tx.insert(adminAudit).values({
      id: randomUUID(),
      shopId: actor.shopId,
      actorAgentId: actor.agentId,
      action: 'changePosition',
      target: agentCode,
      detail: `${agent.position ?? 'none'} → ${position ?? 'none'}`,
    });
    return { agentId: agent.id, previous: agent.position, position };
  });
}

/** An agent's 岗位 by id (whoami answers it). */
export async function agentPosition(db: ServerDb, agentId: string): Promise<Position | null> {
  const [found] = await db.select({ position: agents.position }).from(agents).where(eq(agents.id, agentId));
  return found?.position ?? null;
}
