/**
 * Opening the local SQLite store: integrity check, schema-version guard, pragmas, migrations.
 * A database written by a newer app is refused before anything touches the file.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { DatabaseOpenError } from './database-open-error';
import { applyPendingRestore, type RestoreOutcome } from './restore';

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
}

export interface OpenedDatabase {
  db: KefuDb;
  sqlite: Database.Database;
  file: string;
  /** As given: another thread opening the same file (the order import's) loads the same binary. */
  nativeBinding?: string;
  schemaVersion: number;
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
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return 0;
  if (read < header.length || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new DatabaseOpenError('db.unreadable', { file, reason: 'not a SQLite database' });
  }
  return header.readUInt32BE(USER_VERSION_OFFSET);
}

function refuseNewer(file: string, found: number, supported: number): void {
  if (found > supported) throw new DatabaseOpenError('db.newerSchema', { file, found, supported });
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const version = shippedSchemaVersion(migrationsFolder);
  const restore = applyPendingRestore(options.file, version, new Date(), options.nativeBinding);
  if (existsSync(options.file)) refuseNewer(options.file, readHeaderVersion(options.file), version);
  else if (options.mustExist) throw new DatabaseOpenError('db.missing', { file: options.file });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(options.file, {
      nativeBinding: options.nativeBinding,
      fileMustExist: options.mustExist ?? false,
    });
  } catch (cause) {
    // Removed between the check above and the open.
    if (options.mustExist && !existsSync(options.file))
      throw new DatabaseOpenError('db.missing', { file: options.file });
    throw new DatabaseOpenError('db.unreadable', { file: options.file, reason: String(cause) });
  }
  try {
    // Checked before any pragma or migration writes: a damaged file is reported, not modified.
    const check = quickCheck(sqlite);
    if (check !== 'ok') throw new DatabaseOpenError('db.corrupt', { file: options.file, check });
    // The header may lag behind an un-checkpointed WAL; the live value is authoritative.
    refuseNewer(options.file, sqlite.pragma('user_version', { simple: true }) as number, version);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${version}`);
    return {
      db,
      sqlite,
      file: options.file,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      schemaVersion: version,
      restore,
      close: () => sqlite.close(),
    };
  } catch (cause) {
    sqlite.close();
    if (cause instanceof DatabaseOpenError) throw cause;
    throw new DatabaseOpenError('db.migrationFailed', { file: options.file, reason: String(cause) });
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
