/**
 * Pulls pages from the stored cursor until the server has no more. Each page is applied in one
 * transaction: server rows copied in, acknowledged outbox entries dropped, this install's
 * still-pending mutations of the touched rows re-applied on top, and the cursor stored — so a
 * first sync stopped half-way resumes from the last page it kept.
 */
import type Database from 'better-sqlite3';
import { PULL_PAGE, SYNC_SCHEMA_VERSION } from '../../../common/sync/protocol';
import { inSyncTransaction } from './apply-guard';
import type { Outbox } from './outbox-batches';
import { rebaseRows } from './rebase';
import type { RowApply } from './row-apply';
import type { SyncStateStore } from './sync-state-store';
import type { SyncTransport } from './sync-transport';

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
      // Tombstones older than our cursor are gone on the server: start over from 0. Pending
      // local changes stay in the outbox and go on top of what comes back.
      if (++resets > 1) throw new Error('pull: the server asked for a reset twice in one run');
      inSyncTransaction(sqlite, () => state.set('cursor', 0));
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
    });
    pulled += page.rows.length;
    if (!page.hasMore) return { pulled, tables };
  }
}
