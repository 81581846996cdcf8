/**
 * POST /v1/pull: the caller's shop's rows newer than `since` that the caller may read, in
 * version order then the tables' apply order then id. A page holds whole versions only, so a
 * cursor always stands between two whole pushes; where it ends is planned first (pull-page-plan:
 * up to the rows asked for and PULL_PAGE.maxBytes of row JSON), then its rows are read in one
 * range scan of the (shop_id, version) index.
 *
 * A clientId registered to another agent is answered as an unknown one (lastMutationId 0): the
 * rows are the caller's own view either way, and a different answer would tell that it exists.
 */
import { and, asc, eq, gt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { PULL_PAGE, type PullResponse } from '../../common/sync/protocol';
import { OWNER_READ_TABLES, SYNC_TABLES, TABLE_ACCESS } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import { clients, rows, shopVersions } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { SyncError } from '../http/sync-error';
import { planPage } from './pull-page-plan';
import { toSyncRow } from './sync-row';

export type PullInput = { clientId: string; since: number; limit: number };

const LIBRARY_TABLES = SYNC_TABLES.filter((table) => TABLE_ACCESS[table] === 'library');

/**
 * mayRead as SQL: an agent sees the team's rows, and of `own` and `escalation` tables and
 * personal library rows only their own; supervisors see everything.
 */
function readable(caller: Caller): SQL | undefined {
  if (caller.role !== 'agent') return undefined;
  return or(
    eq(rows.ownerId, caller.agentId),
    and(
      notInArray(rows.tableName, [...OWNER_READ_TABLES]),
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
      .select({ lastMutationId: clients.lastMutationId })
      .from(clients)
      .where(and(eq(clients.clientId, input.clientId), eq(clients.agentId, caller.agentId)));
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

    const window = (after: number, upTo: number) =>
      and(eq(rows.shopId, caller.shopId), gt(rows.version, after), lte(rows.version, upTo), readable(caller));
    const plan = await planPage(tx, window, input.since, shop.version, input.limit, PULL_PAGE.maxBytes);
    // Versions past the page that hold nothing this caller may read are complete as well.
    const cursor = plan.hasMore ? plan.through : shop.version;
    const page = await tx
      .select()
      .from(rows)
      .where(window(input.since, cursor))
      .orderBy(asc(rows.version), applyOrder, asc(rows.id));
    return {
      rows: page.map(toSyncRow),
      cursor,
      hasMore: plan.hasMore,
      lastMutationId,
      resetRequired: false,
    };
  }) as Promise<PullResponse>;
}
