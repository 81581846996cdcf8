/**
 * Opening the local SQLite store: integrity check, schema-version guard, pragmas, migrations.
 * A database written by a newer app is refused before anything touches the file; a damaged,
 * empty or unwritable one is refused saying which, and what to do.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { backupStamp } from './backup';
import { DatabaseOpenError } from './database-open-error';
import { newestBackup } from './newest-backup';
import { readOnlySnapshot } from './read-only-snapshot';
import { applyPendingRestore, type RestoreOutcome } from './restore';
import { sqliteFailure } from './sqlite-failure';
import { unwritablePath } from './write-access';

/** As drizzle() returns it: with the better-sqlite3 handle underneath (`$client`). */
export type KefuDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  file: string;
  /** Folder of drizzle-kit migrations; the Electron shell passes its packaged copy. */
  migrationsFolder?: string;
  /** Path to a better-sqlite3 binary built for the running ABI (Electron in development). */
  nativeBinding?: string;
  /**
   * Refuse a file that does not exist (`db.missing`) instead of creating one: for maintenance
   * commands (`kefu db check|backup`) that must not conjure up an empty database.
   */
  mustExist?: boolean;
  /**
   * When the file or its folder may not be written, open read-only instead of refusing
   * (`db.readOnly`): for commands that only read. No staged restore is applied then.
   */
  readOnlyIfNotWritable?: boolean;
}

export interface OpenedDatabase {
  db: KefuDb;
  sqlite: Database.Database;
  file: string;
  /** As given: another thread opening the same file (the order import's) loads the same binary. */
  nativeBinding?: string;
  schemaVersion: number;
  /** Opened read-only (readOnlyIfNotWritable on a file that may not be written): writes fail. */
  readOnly: boolean;
  /** A staged backup restore swapped in (or refused) by this open; null when none was staged. */
  restore: RestoreOutcome | null;
  close(): void;
}

export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL('./migrations', import.meta.url));
}

/** The schema version this build writes: the number of migrations it ships. */
export function shippedSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

function quickCheck(sqlite: Database.Database): string {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** `PRAGMA user_version` is the big-endian u32 at byte 60 of the database header. */
const USER_VERSION_OFFSET = 60;

/**
 * Reads the header bytes instead of opening the file with SQLite: even a read-only connection
 * to a WAL database leaves -wal/-shm files behind, and a refused file must stay untouched.
 */
function readHeaderVersion(file: string): number {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (cause) {
    throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
  }
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < header.length || header.toString('latin1', 0, 16) !== SQLITE_MAGIC)
    throw damaged(file, 'not a SQLite database');
  return header.readUInt32BE(USER_VERSION_OFFSET);
}

/** Damaged: point at the newest daily backup and how to restore it, or say there is none. */
function damaged(file: string, reason: string): DatabaseOpenError {
  const backup = newestBackup(file);
  // quick_check may list every broken page: the first line says enough.
  const short = reason.split('\n')[0]!.slice(0, 200);
  return backup
    ? new DatabaseOpenError('db.damaged', { file, reason: short, backup, dataDir: dirname(file) })
    : new DatabaseOpenError('db.damagedNoBackup', { file, reason: short });
}

/**
 * A 0-byte file holds no data, but it stands where the agent's database was: SQLite would take
 * it for a new database and the first-run form would appear as if everything were gone.
 * - With backups beside it the data existed and was lost: refuse and point at the newest one.
 * - Without backups (a crash during the very first start; every later start writes one) there
 *   is nothing to restore: keep the file aside under a dated name and refuse once, saying so,
 *   so the agent reads it before the next start creates a new database; a synced shop's data
 *   comes back from the server after setup. A read-only open changes nothing and only reports.
 */
function refuseEmpty(file: string, mayChange: boolean): never {
  const backup = newestBackup(file);
  if (backup) throw new DatabaseOpenError('db.emptyWithBackup', { file, backup, dataDir: dirname(file) });
  if (!mayChange) throw new DatabaseOpenError('db.emptyNoBackup', { file });
  const keptAs = `${file}.empty-${backupStamp(new Date())}`;
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(file + suffix)) renameSync(file + suffix, keptAs + suffix);
  renameSync(file, keptAs);
  throw new DatabaseOpenError('db.emptySetAside', { file, keptAs });
}

/**
 * A read-only connection; on a private copy when SQLite cannot read the file in place (a WAL
 * database whose read-only folder cannot hold its -shm: see read-only-snapshot.ts).
 */
function openForReading(file: string, nativeBinding?: string): { sqlite: Database.Database; remove(): void } {
  const options = { readonly: true, fileMustExist: true, nativeBinding };
  const direct = new Database(file, options);
  try {
    direct.pragma('schema_version');
    return { sqlite: direct, remove: () => {} };
  } catch (cause) {
    direct.close();
    if ((cause as { code?: unknown }).code !== 'SQLITE_READONLY_DIRECTORY') throw cause;
  }
  const snapshot = readOnlySnapshot(file);
  try {
    return { sqlite: new Database(snapshot.file, options), remove: snapshot.remove };
  } catch (cause) {
    snapshot.remove();
    throw cause;
  }
}

function refuseNewer(file: string, found: number, supported: number): void {
  if (found > supported) throw new DatabaseOpenError('db.newerSchema', { file, found, supported });
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file } = options;
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const version = shippedSchemaVersion(migrationsFolder);
  const unwritable = unwritablePath(file);
  if (unwritable && !options.readOnlyIfNotWritable)
    throw new DatabaseOpenError('db.readOnly', { file, path: unwritable });
  const readOnly = unwritable !== null;
  const restore = readOnly ? null : applyPendingRestore(file, version, new Date(), options.nativeBinding);
  if (existsSync(file)) {
    if (statSync(file).size === 0) refuseEmpty(file, !options.mustExist && !readOnly);
    refuseNewer(file, readHeaderVersion(file), version);
  } else if (options.mustExist || readOnly) throw new DatabaseOpenError('db.missing', { file });

  let sqlite: Database.Database;
  let removeSnapshot = () => {};
  try {
    if (readOnly) {
      const opened = openForReading(file, options.nativeBinding);
      sqlite = opened.sqlite;
      removeSnapshot = opened.remove;
    } else {
      sqlite = new Database(file, {
        nativeBinding: options.nativeBinding,
        fileMustExist: options.mustExist ?? false,
      });
    }
  } catch (cause) {
    // Removed between the check above and the open.
    if (options.mustExist && !existsSync(file)) throw new DatabaseOpenError('db.missing', { file });
    if (sqliteFailure(cause) === 'damaged')
      throw damaged(file, cause instanceof Error ? cause.message : String(cause));
    throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
  }
  const close = () => {
    sqlite.close();
    removeSnapshot();
  };
  try {
    // Checked before any pragma or migration writes: a damaged file is reported, not modified.
    const check = quickCheck(sqlite);
    if (check !== 'ok') throw damaged(file, check);
    // The header may lag behind an un-checkpointed WAL; the live value is authoritative.
    const found = sqlite.pragma('user_version', { simple: true }) as number;
    refuseNewer(file, found, version);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = drizzle(sqlite, { schema });
    if (readOnly) {
      // Reading an older schema would need the upgrade it cannot write.
      if (found < version) throw new DatabaseOpenError('db.readOnly', { file, path: unwritable });
    } else {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      migrate(db, { migrationsFolder });
      sqlite.pragma(`user_version = ${version}`);
    }
    return {
      db,
      sqlite,
      file,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      schemaVersion: version,
      readOnly,
      restore,
      close,
    };
  } catch (cause) {
    close();
    if (cause instanceof DatabaseOpenError) throw cause;
    const failure = sqliteFailure(cause);
    if (failure === 'damaged') throw damaged(file, cause instanceof Error ? cause.message : String(cause));
    if (failure === 'notWritable') throw new DatabaseOpenError('db.readOnly', { file, path: file });
    throw new DatabaseOpenError('db.migrationFailed', { file, reason: String(cause) });
  }
}

export function checkDatabase(sqlite: Database.Database): {
  ok: boolean;
  quickCheck: string;
  schemaVersion: number;
} {
  const result = quickCheck(sqlite);
  return {
    ok: result === 'ok',
    quickCheck: result,
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
  };
}
