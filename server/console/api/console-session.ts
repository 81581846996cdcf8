/**
 * Console sessions: a supervisor's or admin's token exchanged for a random session id. Only the
 * id's sha256 is stored (console_sessions), so a leaked table opens nothing; every lookup checks
 * the session against its token and agent, so revoking the token, disabling the agent or making
 * them an agent ends it at once on every instance.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Caller } from '../../auth/caller';
import { agents, consoleSessions, shops, tokens } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { SESSION_TTL_MS } from '../console-api';

export type ConsoleCaller = Pick<
  Caller,
  'shopId' | 'shopName' | 'agentId' | 'agentCode' | 'agentName' | 'tokenId'
> & { role: 'supervisor' | 'admin'; csrfToken: string; expiresAt: number };

const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

/** Opens a session for an authenticated supervisor or admin; answers the cookie's id. */
export async function openSession(
  db: ServerDb,
  who: Caller & { role: 'supervisor' | 'admin' },
  now = Date.now(),
): Promise<{ sessionId: string; caller: ConsoleCaller }> {
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = now + SESSION_TTL_MS;
  // Expired sessions of any shop go as new ones come, so the table holds about 12 h of sign-ins.
  await db.delete(consoleSessions).where(lt(consoleSessions.expiresAt, new Date(now)));
  await db.insert(consoleSessions).values({
    idHash: hashSessionId(sessionId),
    shopId: who.shopId,
    agentId: who.agentId,
    tokenId: who.tokenId,
    csrfToken,
    expiresAt: new Date(expiresAt),
  });
  return {
    sessionId,
    caller: {
      shopId: who.shopId,
      shopName: who.shopName,
      agentId: who.agentId,
      agentCode: who.agentCode,
      agentName: who.agentName,
      tokenId: who.tokenId,
      role: who.role,
      csrfToken,
      expiresAt,
    },
  };
}

/** The live session of this id, or null (unknown, expired, token revoked, agent disabled or demoted). */
export async function findSession(db: ServerDb, sessionId: string): Promise<ConsoleCaller | null> {
  const [found] = await db
    .select({
      shopId: shops.id,
      shopName: shops.name,
      agentId: agents.id,
      agentCode: agents.code,
      agentName: agents.name,
      role: agents.role,
      tokenId: tokens.id,
      csrfToken: consoleSessions.csrfToken,
      expiresAt: consoleSessions.expiresAt,
    })
    .from(consoleSessions)
    .innerJoin(tokens, eq(tokens.id, consoleSessions.tokenId))
    .innerJoin(agents, eq(agents.id, consoleSessions.agentId))
    .innerJoin(shops, eq(shops.id, consoleSessions.shopId))
    .where(
      and(
        eq(consoleSessions.idHash, hashSessionId(sessionId)),
        gt(consoleSessions.expiresAt, sql`now()`),
        isNull(tokens.revokedAt),
        eq(agents.disabled, false),
        inArray(agents.role, ['supervisor', 'admin']),
      ),
    );
  if (!found || found.role === 'agent') return null;
  return { ...found, role: found.role, expiresAt: found.expiresAt.getTime() };
}

export async function endSession(db: ServerDb, sessionId: string): Promise<void> {
  await db.delete(consoleSessions).where(eq(consoleSessions.idHash, hashSessionId(sessionId)));
}
