/**
 * Restoring a backup. A running app holds the database open, so a restore is staged: the backup
 * is copied beside the database as `<file>.restore` after it passed every check, and the next
 * open swaps it in (`applyPendingRestore`), first keeping the current database as a
 * `kefu-before-restore-*.sqlite` copy in the backups folder. Each step is a copy or an atomic
 * rename, so a crash at any point leaves either the old database or the restored one, and the
 * staged file until the swap is done.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { backupStamp } from './backup';
import { DatabaseOpenError } from './database-open-error';

export const pendingRestoreFile = (dataFile: string) => `${dataFile}.restore`;

export interface BackupSummary {
  schemaVersion: number;
  orders: number;
  customers: number;
  phrases: number;
}

const removeSidecars = (file: string) => {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
};

/**
 * Checks a candidate backup: a SQLite file, intact (`quick_check`), a 客服台 database, and not
 * from a newer app. Opens it read-only; pass a copy, since SQLite may leave -shm beside it.
 */
export function inspectBackup(file: string, supportedVersion: number, nativeBinding?: string): BackupSummary {
  if (!existsSync(file)) throw new DatabaseOpenError('db.missing', { file });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (cause) {
    throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
  }
  try {
    let check: string;
    try {
      check = (sqlite.pragma('quick_check') as { quick_check: string }[])
        .map((r) => r.quick_check)
        .join('; ');
    } catch (cause) {
      throw new DatabaseOpenError('db.unreadable', { file, reason: String(cause) });
    }
    if (check !== 'ok') throw new DatabaseOpenError('db.corrupt', { file, check });
    const tables = new Set(
      sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    if (!['settings', 'orders', 'customers', 'phrases'].every((name) => tables.has(name)))
      throw new DatabaseOpenError('db.notKefu', { file });
    const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > supportedVersion)
      throw new DatabaseOpenError('db.newerSchema', {
        file,
        found: schemaVersion,
        supported: supportedVersion,
      });
    const count = (table: string) =>
      sqlite.prepare(`select count(*) from ${table} where deleted_at is null`).pluck().get() as number;
    return {
      schemaVersion,
      orders: count('orders'),
      customers: count('customers'),
      phrases: count('phrases'),
    };
  } finally {
    sqlite.close();
  }
}

/** Copies `backupFile` beside the database as the staged restore, once the copy passed the checks. */
export function stageRestore(
  dataFile: string,
  backupFile: string,
  supportedVersion: number,
  nativeBinding?: string,
): BackupSummary {
  if (!existsSync(backupFile)) throw new DatabaseOpenError('db.missing', { file: backupFile });
  const staging = `${pendingRestoreFile(dataFile)}.tmp`;
  copyFileSync(backupFile, staging);
  try {
    const summary = inspectBackup(staging, supportedVersion, nativeBinding);
    removeSidecars(staging);
    renameSync(staging, pendingRestoreFile(dataFile));
    return summary;
  } catch (cause) {
    rmSync(staging, { force: true });
    removeSidecars(staging);
    // The agent picked the backup, not our staging copy: name their file.
    if (cause instanceof DatabaseOpenError)
      throw new DatabaseOpenError(cause.code, { ...cause.details, file: backupFile });
    throw cause;
  }
}

/**
 * Keeps the database about to be replaced: a compacted copy of a sound one; a damaged or empty
 * one (the usual reason to restore) as it is, byte for byte with its WAL, since SQLite cannot
 * copy what it cannot read.
 */
function keepCurrent(dataFile: string, previousCopy: string, nativeBinding?: string): void {
  if (statSync(dataFile).size > 0) {
    try {
      const current = new Database(dataFile, { fileMustExist: true, nativeBinding });
      try {
        // Everything committed moves into the main file, so dropping the WAL later loses nothing.
        current.pragma('wal_checkpoint(TRUNCATE)');
        current.prepare('VACUUM INTO ?').run(previousCopy);
        return;
      } finally {
        current.close();
      }
    } catch {
      rmSync(previousCopy, { force: true });
    }
  }
  copyFileSync(dataFile, previousCopy);
  if (existsSync(`${dataFile}-wal`)) copyFileSync(`${dataFile}-wal`, `${previousCopy}-wal`);
}

export type RestoreOutcome =
  | { status: 'restored'; previousCopy: string | null; summary: BackupSummary }
  | { status: 'refused'; code: string; refusedFile: string };

/**
 * Swaps a staged restore in, before the database is opened. A staged file that no longer
 * passes the checks is set aside as `<file>.restore-refused` and the current database stays.
 */
export function applyPendingRestore(
  dataFile: string,
  supportedVersion: number,
  now: Date,
  nativeBinding?: string,
): RestoreOutcome | null {
  const pending = pendingRestoreFile(dataFile);
  if (!existsSync(pending)) return null;
  let summary: BackupSummary;
  try {
    summary = inspectBackup(pending, supportedVersion, nativeBinding);
    removeSidecars(pending);
  } catch (cause) {
    const refusedFile = `${dataFile}.restore-refused`;
    removeSidecars(pending);
    renameSync(pending, refusedFile);
    return {
      status: 'refused',
      code: cause instanceof DatabaseOpenError ? cause.code : 'db.unreadable',
      refusedFile,
    };
  }
  let previousCopy: string | null = null;
  if (existsSync(dataFile)) {
    const backups = join(dirname(dataFile), 'backups');
    mkdirSync(backups, { recursive: true });
    previousCopy = join(backups, `kefu-before-restore-${backupStamp(now)}.sqlite`);
    if (!existsSync(previousCopy)) keepCurrent(dataFile, previousCopy, nativeBinding);
  }
  removeSidecars(dataFile);
  renameSync(pending, dataFile);
  return { status: 'restored', previousCopy, summary };
}
