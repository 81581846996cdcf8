/**
 * A natural id is only a wish: the row holding it may be a tombstone of the same key (a deleted
 * customer created again) or a row whose key was edited since (an order number corrected by
 * hand). Then the new row takes a random id, as before natural ids, rather than fail or revive
 * a row that means something else.
 */
import type Database from 'better-sqlite3';
import type { SyncTable } from '../../common/sync/sync-tables';

export type NaturalIdClaim = (table: SyncTable, candidate: string) => string;

export function createNaturalIdClaim(sqlite: Database.Database, newId: () => string): NaturalIdClaim {
  const taken = new Map<SyncTable, Database.Statement>();
  return (table, candidate) => {
    let statement = taken.get(table);
    if (!statement) {
      statement = sqlite.prepare(`select 1 from "${table}" where id = ?`).pluck();
      taken.set(table, statement);
    }
    return statement.get(candidate) === undefined ? candidate : newId();
  };
}
