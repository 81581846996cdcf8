/**
 * Who is calling: the shop, agent and role behind a bearer token. Every scope decision derives
 * from this, never from anything the request body claims.
 */
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { SyncRole } from '../../common/sync/sync-tables';
import type { ServerDb } from '../database/storage';
import { agents, shops, tokens } from '../database/schema';
import { SyncError } from '../http/sync-error';
import { hashToken } from './token';

export type Caller = {
  shopId: string;
  shopName: string;
  agentId: string;
  agentCode: string;
  agentName: string;
  role: SyncRole;
  tokenId: string;
};

/** `last_used_at` is refreshed at most this often, so reads do not each cost a write. */
const LAST_USED_GRANULARITY = sql`interval '1 minute'`;

/**
 * The token of a `Bearer <token>` header, however "Bearer" is cased and spaced; null when the
 * header is not one. The rate limit counts by this too, so spelling cannot open a new bucket.
 */
export function parseBearer(authorization: string | undefined): string | null {
  return (authorization && /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1]) || null;
}

export function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw new SyncError('unauthorized', 'Authorization header is missing (Bearer token).');
  const token = parseBearer(authorization);
  if (!token) throw new SyncError('unauthorized', 'Authorization header must be "Bearer <token>".');
  return token;
}

/**
 * `recordUse: false` checks the token without stamping `last_used_at`: that stamp is a desk's last
 * sync (今日团队's 在线), and a supervisor signing in to the console with the same token is not one.
 */
export async function authenticate(
  db: ServerDb,
  authorization: string | undefined,
  { recordUse = true }: { recordUse?: boolean } = {},
): Promise<Caller> {
  const token = bearerToken(authorization);
  const [found] = await db
    .select({
      tokenId: tokens.id,
      revokedAt: tokens.revokedAt,
      agentId: agents.id,
      agentCode: agents.code,
      agentName: agents.name,
      role: agents.role,
      disabled: agents.disabled,
      shopId: shops.id,
      shopName: shops.name,
    })
    .from(tokens)
    .innerJoin(agents, eq(agents.id, tokens.agentId))
    .innerJoin(shops, eq(shops.id, agents.shopId))
    .where(eq(tokens.tokenHash, hashToken(token)));
  if (!found) throw new SyncError('unauthorized', 'The token is not known to this server.');
  if (found.revokedAt) throw new SyncError('unauthorized', 'The token has been revoked.');
  if (found.disabled) throw new SyncError('unauthorized', `Agent ${found.agentCode} is disabled.`);
  if (recordUse)
    await db
      .update(tokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(tokens.id, found.tokenId),
          or(isNull(tokens.lastUsedAt), lt(tokens.lastUsedAt, sql`now() - ${LAST_USED_GRANULARITY}`)),
        ),
      );
  const { revokedAt: _revoked, disabled: _disabled, ...caller } = found;
  return caller;
}
