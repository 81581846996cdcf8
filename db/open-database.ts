/**
 * Opening the local SQLite store: integrity check, schema-version guard, pragmas, migrations.
 * A database written by a newer app is refused before anything touches the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { DatabaseOpenError } from './database-open-error';

export type KefuDb = BetterSQLite3Database<typeof schema>;

export interface OpenDatabaseOptions {
  file: string;
  /** Folder of drizzle-kit migrations; the Electron shell passes its packaged copy. */
  migrationsFolder?: string;
  /** Path to a better-sqlite3 binary built for the running ABI (Electron in development). */
  nativeBinding?: string;
}

export interface OpenedDatabase {
  db: KefuDb;
  sqlite: Database.Database;
  file: string;
  schemaVersion: number;
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

function inspectExisting(file: string, shippedVersion: number, nativeBinding?: string): void {
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (cause) {
    throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
  }
  try {
    const found = probe.pragma('user_version', { simple: true }) as number;
    if (found > shippedVersion) {
      throw new DatabaseOpenError('db.newerSchema', { file, found, supported: shippedVersion });
    }
    const check = quickCheck(probe);
    if (check !== 'ok') throw new DatabaseOpenError('db.corrupt', { file, check });
  } catch (cause) {
    if (cause instanceof DatabaseOpenError) throw cause;
    throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
  } finally {
    probe.close();
  }
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const version = shippedSchemaVersion(migrationsFolder);
  if (existsSync(options.file)) inspectExisting(options.file, version, options.nativeBinding);

  const sqlite = new Database(options.file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${version}`);
    return { db, sqlite, file: options.file, schemaVersion: version, close: () => sqlite.close() };
  } catch (cause) {
    sqlite.close();
    if (cause instanceof DatabaseOpenError) throw cause;
    throw new DatabaseOpenError('db.migrationFailed', { file: options.file, reason: String(cause) });
  }
}

export function checkDatabase(sqlite: Database.Database): { ok: boolean; quickCheck: string; schemaVersion: number } {
  const result = quickCheck(sqlite);
  return {
    ok: result === 'ok',
    quickCheck: result,
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
  };
}
