/** A stored row as the protocol carries it (pull rows, and the server row of a rejection). */
import type { SyncRow } from '../../common/sync/protocol';
import type { rows } from '../database/schema';

export type StoredRow = typeof rows.$inferSelect;

export const toSyncRow = (row: StoredRow): SyncRow => ({
  table: row.tableName,
  id: row.id,
  version: row.version,
  deletedAt: row.deletedAt,
  data: row.data,
});
