/**
 * 客服与令牌: the shop's agents with their tokens and when they were last seen, and the admin's
 * changes — create an agent (its token answered once), change a role, revoke a token — and the
 * supervisor's: an agent's 岗位 — through
 * the same functions as the admin endpoints and the CLI (server/admin/shop-admin.ts). Each change
 * and its audit row (who, when, what; never a token) commit together.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Position } from '../../../common/positions';
import { changeAgentPosition, changeAgentRole, createAgent, revokeTokenById } from '../../admin/shop-admin';
import { adminAudit, agents, tokens, type AUDIT_ACTIONS } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { SyncError } from '../../http/sync-error';
import type { AgentsResponse, ConsoleRole, CreateAgentRequest } from '../console-api';
import { ConsoleError } from './console-error';
import type { ConsoleCaller } from './console-session';

const AUDIT_SHOWN = 100;

const time = (value: Date | null) => (value ? value.getTime() : null);

export async function listAgents(db: ServerDb, caller: ConsoleCaller): Promise<AgentsResponse> {
  const [found, audit] = await Promise.all([
    db
      .select({
        agentId: agents.id,
        code: agents.code,
        name: agents.name,
        role: agents.role,
        position: agents.position,
        disabled: agents.disabled,
        createdAt: agents.createdAt,
        tokenId: tokens.id,
        tokenCreatedAt: tokens.createdAt,
        lastUsedAt: tokens.lastUsedAt,
        revokedAt: tokens.revokedAt,
      })
      .from(agents)
      .leftJoin(tokens, eq(tokens.agentId, agents.id))
      .where(eq(agents.shopId, caller.shopId))
      .orderBy(asc(agents.code), asc(tokens.createdAt)),
    db
      .select({
        at: adminAudit.at,
        actorCode: agents.code,
        action: adminAudit.action,
        target: adminAudit.target,
        detail: adminAudit.detail,
      })
      .from(adminAudit)
      .innerJoin(agents, eq(agents.id, adminAudit.actorAgentId))
      .where(eq(adminAudit.shopId, caller.shopId))
      .orderBy(desc(adminAudit.at))
      .limit(AUDIT_SHOWN),
  ]);
  const byAgent = new Map<string, AgentsResponse['agents'][number]>();
  for (const row of found) {
    const agent = byAgent.get(row.agentId) ?? {
      code: row.code,
      name: row.name,
      role: row.role,
      position: row.position,
      disabled: row.disabled,
      createdAt: row.createdAt.getTime(),
      lastSeenAt: null,
      tokens: [],
    };
    if (row.tokenId) {
      const lastUsedAt = time(row.lastUsedAt);
      agent.tokens.push({
        id: row.tokenId,
        createdAt: row.tokenCreatedAt!.getTime(),
        lastUsedAt,
        revokedAt: time(row.revokedAt),
      });
      if (lastUsedAt !== null && (agent.lastSeenAt === null || lastUsedAt > agent.lastSeenAt))
        agent.lastSeenAt = lastUsedAt;
    }
    byAgent.set(row.agentId, agent);
  }
  return {
    canManage: caller.role === 'admin',
    agents: [...byAgent.values()],
    audit: audit.map((row) => ({ ...row, at: row.at.getTime() })),
  };
}

type Tx = Parameters<Parameters<ServerDb['transaction']>[0]>[0];

const audited = (
  tx: Tx,
  caller: ConsoleCaller,
  action: (typeof AUDIT_ACTIONS)[number],
  target: string,
  detail: string,
) =>
  tx.insert(adminAudit).values({
    id: randomUUID(),
    shopId: caller.shopId,
    actorAgentId: caller.agentId,
    action,
    target,
    detail,
  });

/** The admin functions answer SyncError; the console answers its own codes with messageKeys. */
function asConsoleError(error: unknown, notFound: 'agentNotFound' | 'tokenNotFound'): unknown {
  if (!(error instanceof SyncError)) return error;
  if (error.code === 'notFound') return new ConsoleError(notFound, error.message);
  if (error.code === 'badRequest') return new ConsoleError('badRequest', error.message, error.details);
  return error;
}

export async function createAgentAudited(db: ServerDb, caller: ConsoleCaller, body: CreateAgentRequest) {
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: agents.id })
        .from(agents)
        .where(and(eq(agents.shopId, caller.shopId), eq(agents.code, body.code)));
      if (taken)
        throw new ConsoleError('agentCodeTaken', `code: 工号 ${body.code} already exists in this shop.`, {
          field: 'code',
        });
      const issued = await createAgent(tx as unknown as ServerDb, { shopId: caller.shopId, ...body });
      await audited(
        tx,
        caller,
        'createAgent',
        body.code,
        `${body.name} (${body.role}), token ${issued.tokenId}`,
      );
      return { code: body.code, tokenId: issued.tokenId, token: issued.token };
    });
  } catch (error) {
    throw asConsoleError(error, 'agentNotFound');
  }
}

export async function changeRoleAudited(
  db: ServerDb,
  caller: ConsoleCaller,
  code: string,
  role: ConsoleRole,
) {
  if (code === caller.agentCode)
    throw new ConsoleError('ownRole', 'An admin does not change their own role here (another admin can).');
  try {
    return await db.transaction(async (tx) => {
      const changed = await changeAgentRole(tx as unknown as ServerDb, caller.shopId, code, role);
      await audited(tx, caller, 'changeRole', code, `${changed.previous} → ${role}`);
      return { code, role };
    });
  } catch (error) {
    throw asConsoleError(error, 'agentNotFound');
  }
}

/**
 * 岗位 of an agent of the caller's shop: the admin endpoint's function, which writes its audit row
 * (changeRole, `position A → B`) in the same transaction. Supervisors may: it is their team's work.
 */
export async function changePositionAudited(
  db: ServerDb,
  caller: ConsoleCaller,
  code: string,
  position: Position | null,
) {
  try {
    const changed = await changeAgentPosition(db, caller, code, position);
    return { code, position: changed.position };
  } catch (error) {
    throw asConsoleError(error, 'agentNotFound');
  }
}

export async function revokeTokenAudited(db: ServerDb, caller: ConsoleCaller, tokenId: string) {
  try {
    return await db.transaction(async (tx) => {
      const revoked = await revokeTokenById(tx as unknown as ServerDb, tokenId, caller.shopId);
      await audited(tx, caller, 'revokeToken', tokenId, `revoked ${revoked}`);
      return { revoked };
    });
  } catch (error) {
    throw asConsoleError(error, 'tokenNotFound');
  }
}
