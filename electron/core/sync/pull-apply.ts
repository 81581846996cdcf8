/**
 * Pulls pages from the stored cursor until the server has no more. Each page is applied in one
 * transaction: server rows copied in, acknowledged outbox entries dropped, this install's
 * still-pending mutations of the touched rows re-applied on top, and the cursor stored — so a
 * first sync stopped half-way resumes from the last page it kept.
 */
import type Database from 'better-sqlite3';
import { PULL_PAGE, SYNC_SCHEMA_VERSION } from '../../../common/sync/protocol';
import { SYNC_TABLES } from '../../../common/sync/sync-tables';
import { inSyncTransaction } from './apply-guard';
import type { Outbox } from './outbox-batches';
import { rebaseRows } from './rebase';
import type { RowApply } from './row-apply';
import type { SyncStateStore } from './sync-state-store';
import type { SyncTransport } from './sync-transport';

/** The version of a row the server sent before a reset and has not sent again yet. */
const RESET_MARK = -1;

export interface PullDeps {
  sqlite: Database.Database;
  outbox: Outbox;
  rows: RowApply;
  state: SyncStateStore;
  transport: SyncTransport;
  clientId: string;
  shopId: string;
  appVersion: string;
  idle: () => Promise<void>;
  pageSize?: number;
}

export async function pullPages(deps: PullDeps): Promise<{ pulled: number; tables: Set<string> }> {
  const { sqlite, outbox, rows, state, transport, clientId, shopId, appVersion, idle } = deps;
  let pulled = 0;
  let resets = 0;
  const tables = new Set<string>();
  const markForReset = new Map(
    SYNC_TABLES.map((table) => [
      table,
      sqlite.prepare(
        `update "${table}" set version = ${RESET_MARK} where version > 0 and not exists (
           select 1 from sync_outbox where name in ('${table}.put', '${table}.patch', '${table}.delete')
             and json_extract(args, '$.id') = "${table}".id)`,
      ),
    ]),
  );
  const dropUnseen = new Map(
    SYNC_TABLES.map((table) => [
      table,
      sqlite.prepare(`delete from "${table}" where version = ${RESET_MARK}`),
    ]),
  );
  for (;;) {
    const since = state.get('cursor') ?? 0;
    const page = await transport.pull({
      schemaVersion: SYNC_SCHEMA_VERSION,
      appVersion,
      clientId,
      since,
      limit: deps.pageSize ?? PULL_PAGE.default,
    });
    await idle();
    if (page.resetRequired) {
      // Tombstones older than our cursor are gone on the server: start over from 0. Rows the
      // server sent before are marked; whatever the full pull does not bring again was deleted
      // meanwhile and goes at its end. Pending local changes stay and go on top.
      if (++resets > 1) throw new Error('pull: the server asked for a reset twice in one run');
      inSyncTransaction(sqlite, () => {
        for (const table of SYNC_TABLES) markForReset.get(table)!.run();
        state.set('cursor', 0);
        state.set('resetPending', true);
      });
      continue;
    }
    inSyncTransaction(sqlite, () => {
      const touched: { table: string; id: string }[] = [];
      for (const row of page.rows) {
        const table = rows.upsertServerRow(shopId, row);
        if (!table) continue;
        touched.push({ table, id: row.id });
        tables.add(table);
      }
      outbox.dropThrough(page.lastMutationId);
      rebaseRows(outbox, rows, shopId, touched);
      state.set('cursor', page.cursor);
      if (!page.hasMore && state.get('resetPending')) {
        for (const table of SYNC_TABLES) dropUnseen.get(table)!.run();
        state.clear('resetPending');
      }
    });
    pulled += page.rows.length;
    if (!page.hasMore) return { pulled, tables };
  }
}
