/** A stored row as the protocol carries it (pull rows, and the server row of a rejection). */
import type { SyncRow } from '../../common/sync/protocol';
import { isSyncTable, mayRead } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import type { rows } from '../database/schema';

export type StoredRow = typeof rows.$inferSelect;

export const toSyncRow = (row: StoredRow): SyncRow => ({
  table: row.tableName,
  id: row.id,
  version: row.version,
  deletedAt: row.deletedAt,
  data: row.data,
});

/**
 * The stored row as a rejection may show it: only to a caller who may read it (a pull would
 * send it to them anyway). Refusing another agent's own row must not hand it over.
 */
export function visibleSyncRow(caller: Caller, row: StoredRow | undefined): SyncRow | null {
  if (!row || !isSyncTable(row.tableName)) return null;
  const scope = row.data.scope === 'personal' ? 'personal' : 'team';
  return mayRead(row.tableName, caller.role, caller.agentId, row.ownerId, scope) ? toSyncRow(row) : null;
}
