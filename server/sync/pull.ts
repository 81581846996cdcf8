/**
 * POST /v1/pull: the caller's shop's rows newer than `since` that the caller may read, in
 * version order then the tables' apply order then id. A page never splits a version (the last
 * version's rows are always finished), so a cursor always stands between two whole pushes.
 */
import { and, asc, eq, gt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { PullResponse } from '../../common/sync/protocol';
import { SYNC_TABLES, TABLE_ACCESS } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import { clients, rows, shopVersions } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { SyncError } from '../http/sync-error';
import { toSyncRow } from './sync-row';

export type PullInput = { clientId: string; since: number; limit: number };

const OWN_TABLES = SYNC_TABLES.filter((table) => TABLE_ACCESS[table] === 'own');
const LIBRARY_TABLES = SYNC_TABLES.filter((table) => TABLE_ACCESS[table] === 'library');

/**
 * mayRead as SQL: an agent sees the team's rows, and of `own` tables and personal library rows
 * only their own; supervisors see everything.
 */
function readable(caller: Caller): SQL | undefined {
  if (caller.role !== 'agent') return undefined;
  return or(
    eq(rows.ownerId, caller.agentId),
    and(
      notInArray(rows.tableName, OWN_TABLES),
      or(
        notInArray(rows.tableName, LIBRARY_TABLES),
        sql`coalesce(${rows.data}->>'scope', 'team') <> 'personal'`,
      ),
    ),
  );
}

const applyOrder = sql`array_position(${sql.raw(`ARRAY[${SYNC_TABLES.map((table) => `'${table}'`).join(',')}]::text[]`)}, ${rows.tableName})`;

export async function pull(db: ServerDb, caller: Caller, input: PullInput): Promise<PullResponse> {
  return db.transaction(async (tx) => {
    const [client] = await tx
      .select({ agentId: clients.agentId, lastMutationId: clients.lastMutationId })
      .from(clients)
      .where(eq(clients.clientId, input.clientId));
    if (client && client.agentId !== caller.agentId)
      throw new SyncError('forbidden', `clientId: ${input.clientId} is registered to another agent.`, {
        field: 'clientId',
      });
    const lastMutationId = client?.lastMutationId ?? 0;
    // Read the shop's version first: every row up to it is committed (pushes commit in version
    // order under the shop lock), so it is a safe upper bound for this answer.
    const [shop] = await tx
      .select({ version: shopVersions.version, floor: shopVersions.retentionFloor })
      .from(shopVersions)
      .where(eq(shopVersions.shopId, caller.shopId));
    if (!shop) throw new SyncError('internal', `Shop ${caller.shopId} has no version row.`);
    // Older than the newest pruned tombstone, or newer than anything here (the database was
    // restored from a backup): the desk's copy cannot be brought up to date row by row.
    if ((input.since > 0 && input.since < shop.floor) || input.since > shop.version)
      return { rows: [], cursor: 0, hasMore: true, lastMutationId, resetRequired: true };

    const window = (upTo: number) =>
      and(
        eq(rows.shopId, caller.shopId),
        gt(rows.version, input.since),
        lte(rows.version, upTo),
        readable(caller),
      );
    const ordered = (upTo: number) =>
      tx.select().from(rows).where(window(upTo)).orderBy(asc(rows.version), applyOrder, asc(rows.id));

    const page = await ordered(shop.version).limit(input.limit + 1);
    if (page.length <= input.limit)
      return {
        rows: page.map(toSyncRow),
        cursor: shop.version,
        hasMore: false,
        lastMutationId,
        resetRequired: false,
      };

    const lastVersion = page[input.limit - 1]!.version;
    const whole =
      page[input.limit]!.version === lastVersion ? await ordered(lastVersion) : page.slice(0, input.limit);
    const [more] = await tx
      .select({ one: sql`1` })
      .from(rows)
      .where(and(window(shop.version), gt(rows.version, lastVersion)))
      .limit(1);
    // Versions past the page that hold nothing this caller may read are complete as well.
    return {
      rows: whole.map(toSyncRow),
      cursor: more ? lastVersion : shop.version,
      hasMore: more !== undefined,
      lastMutationId,
      resetRequired: false,
    };
  }) as Promise<PullResponse>;
}
