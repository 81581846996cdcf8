/** A desk's synced rows next to the server's, compared as the protocol carries them. */
import type Database from 'better-sqlite3';
import { SERVER_COLUMNS } from '../../common/sync/row-schema';
import { mayRead, SYNC_TABLES, type SyncRole, type SyncTable } from '../../common/sync/sync-tables';
import type { ServerRow } from './server-lab';

/** A desk's rows of a synced table (no shop_id, no version), by id. */
export function deskRows(sqlite: Database.Database, table: SyncTable): Map<string, Record<string, unknown>> {
  const rows = sqlite.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
  return new Map(
    rows.map((row) => {
      const data = { ...row };
      for (const column of SERVER_COLUMNS) delete data[column];
      return [String(row.id), data];
    }),
  );
}

/** Key order apart (jsonb keeps its own), two rows are the same row. */
const canonical = (row: Record<string, unknown> | undefined) =>
  row === undefined ? 'absent' : JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));

export interface RowDifference {
  table: SyncTable;
  id: string;
  desk: Record<string, unknown> | undefined;
  server: Record<string, unknown> | undefined;
}

/** Every row where the desk and what the server lets this caller read disagree. */
export function differences(
  sqlite: Database.Database,
  server: readonly ServerRow[],
  caller: { role: SyncRole; agentId: string },
): RowDifference[] {
  const found: RowDifference[] = [];
  for (const table of SYNC_TABLES) {
    const visible = new Map(
      server
        .filter(
          (row) =>
            row.table === table &&
            mayRead(
              table,
              caller.role,
              caller.agentId,
              row.ownerId,
              row.data.scope === 'personal' ? 'personal' : 'team',
            ),
        )
        .map((row) => [row.id, row.data]),
    );
    const local = deskRows(sqlite, table);
    for (const id of new Set([...local.keys(), ...visible.keys()]))
      if (canonical(local.get(id)) !== canonical(visible.get(id)))
        found.push({ table, id, desk: local.get(id), server: visible.get(id) });
  }
  return found;
}
