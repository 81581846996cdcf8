/**
 * The sync engine's own writes (server rows, rollbacks, rebases, binding): one immediate
 * transaction holding the sync_apply_guard row, so the outbox triggers stay quiet — those rows
 * come from the server or are already in the outbox.
 *
 * Foreign keys are off meanwhile: a pull page is ordered by server version, so a child can
 * arrive before a parent that was edited later, and the server is the authority on links.
 * (SQLite ignores the pragma inside a transaction, so it is switched around it.)
 */
import type Database from 'better-sqlite3';

export function inSyncTransaction<T>(sqlite: Database.Database, work: () => T): T {
  sqlite.pragma('foreign_keys = OFF');
  try {
    return sqlite
      .transaction(() => {
        sqlite.prepare('insert into sync_apply_guard (id) values (1)').run();
        const result = work();
        sqlite.prepare('delete from sync_apply_guard').run();
        return result;
      })
      .immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
