/**
 * Pulls pages from the stored cursor until the server has no more. Each page is applied in one
 * transaction: server rows copied in (one statement per table), acknowledged outbox entries
 * dropped, this install's still-pending mutations of the touched rows re-applied on top, and the
 * cursor stored — so a first sync stopped half-way resumes from the last page it kept. Pages are
 * asked for as large as the server allows: its byte cap (PULL_PAGE.maxBytes) decides their size,
 * so a first sync of small rows takes few round trips and few commits; and the next page is asked
 * for before this one is applied, so the server's work and the desk's overlap.
 */
import type Database from 'better-sqlite3';
import { PULL_PAGE, SYNC_SCHEMA_VERSION, type SyncRow } from '../../../common/sync/protocol';
import { isSyncTable, SYNC_TABLES, TABLE_ACCESS, type SyncTable } from '../../../common/sync/sync-tables';
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
  const role = state.get('binding')?.role ?? 'agent';
  const markForReset = new Map(
    SYNC_TABLES.map((table) => {
      // Never sent: an agent's own copy of the library (it receives the team's, never pushes).
      const sent = TABLE_ACCESS[table] === 'library' && role === 'agent' ? 'version > 0' : 'version >= 0';
      return [
        table,
        sqlite.prepare(
          `update "${table}" set version = ${RESET_MARK} where ${sent} and not exists (
             select 1 from sync_outbox where name in ('${table}.put', '${table}.patch', '${table}.delete')
               and json_extract(args, '$.id') = "${table}".id)`,
        ),
      ];
    }),
  );
  // Which rows have pending mutations, read once a page: most pulled rows have none to rebase.
  const pendingRows = sqlite
    .prepare(`select name, json_extract(args, '$.id') from sync_outbox`)
    .raw() as Database.Statement<[], [string, unknown]>;
  const rowKey = (table: string, id: unknown) => `${table}\n${String(id)}`;
  const dropUnseen = new Map(
    SYNC_TABLES.map((table) => [
      table,
      sqlite.prepare(`delete from "${table}" where version = ${RESET_MARK}`),
    ]),
  );
  /**
   * A pull from 0 that ends with exactly the server's rows: every row without a pending change
   * that was sent is marked (since binding, such a row has reached the server or been refused),
   * and whatever the full pull does not bring again (deleted meanwhile, or refused) goes at its
   * end. Rows with pending local changes stay and get them on top. Resumable.
   */
  function startOver(): void {
    inSyncTransaction(sqlite, () => {
      for (const table of SYNC_TABLES) markForReset.get(table)!.run();
      state.set('cursor', 0);
      state.set('resetPending', true);
      state.clear('recheck');
    });
  }

  const ask = (since: number) => {
    const asked = transport.pull({
      schemaVersion: SYNC_SCHEMA_VERSION,
      appVersion,
      clientId,
      since,
      limit: deps.pageSize ?? PULL_PAGE.max,
    });
    // A page asked for ahead is dropped unread when the run stops first.
    asked.catch(() => undefined);
    return asked;
  };

  // Mutations were settled without their answers: a refused one's local effect may linger.
  if (state.get('recheck')) startOver();
  let next = ask(state.get('cursor') ?? 0);
  for (;;) {
    const page = await next;
    await idle();
    if (page.resetRequired) {
      // Tombstones older than our cursor are gone on the server: start over from 0.
      if (++resets > 1) throw new Error('pull: the server asked for a reset twice in one run');
      startOver();
      next = ask(0);
      continue;
    }
    // The server prepares the next page while this one is applied.
    if (page.hasMore) next = ask(page.cursor);
    inSyncTransaction(sqlite, () => {
      const byTable = new Map<SyncTable, SyncRow[]>();
      for (const row of page.rows) {
        if (!isSyncTable(row.table)) continue;
        const list = byTable.get(row.table);
        if (list) list.push(row);
        else byTable.set(row.table, [row]);
      }
      // Parents before children, as far as one page goes (foreign keys are off meanwhile).
      for (const table of SYNC_TABLES) {
        const list = byTable.get(table);
        if (!list) continue;
        rows.upsertServerRows(shopId, table, list);
        tables.add(table);
      }
      if (outbox.dropThrough(page.lastMutationId) > 0) state.set('recheck', true);
      const pending = new Set(
        pendingRows.all().map(([name, id]) => rowKey(name.slice(0, name.indexOf('.')), id)),
      );
      const touched = page.rows.filter((row) => pending.has(rowKey(row.table, row.id)));
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
