/** `VACUUM INTO` snapshots: consistent even while the app keeps writing, and compacted. */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

const BACKUP_NAME = /^kefu-(\d{8}-\d{6})\.sqlite$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDD` of the local calendar day: "today" is the agent's day, not UTC's. */
function localDay(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
}

/** `YYYYMMDD-HHmmss` in local time, as backup file names carry it. */
export function backupStamp(at: Date): string {
  return `${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

export function backupDatabase(sqlite: Database.Database, targetFile: string): string {
  sqlite.prepare('VACUUM INTO ?').run(targetFile);
  return targetFile;
}

/** Writes `kefu-YYYYMMDD-HHmmss.sqlite` into `dir` and keeps only the newest `keep` backups. */
export function rotateBackup(
  sqlite: Database.Database,
  dir: string,
  at: Date,
  keep = 7,
): { file: string; removed: string[] } {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `kefu-${backupStamp(at)}.sqlite`);
  // Two backups in the same second (立即备份 right after the start's daily one): the first stands.
  const file = existsSync(target) ? target : backupDatabase(sqlite, target);
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse();
  const removed = backups.slice(keep).map((name) => join(dir, name));
  for (const old of removed) rmSync(old, { force: true });
  return { file, removed };
}

/**
 * The daily backup, run at every start of the app and the web host: writes one rotating backup
 * unless `dir` already holds a `kefu-YYYYMMDD-*` backup of today's local date. Returns the new
 * file, or null when today's backup already exists.
 */
export function ensureDailyBackup(
  sqlite: Database.Database,
  dir: string,
  now: Date,
  keep = 7,
): { file: string; removed: string[] } | null {
  const today = `kefu-${localDay(now)}-`;
  const existing = existsSync(dir) ? readdirSync(dir) : [];
  if (existing.some((name) => BACKUP_NAME.test(name) && name.startsWith(today))) return null;
  return rotateBackup(sqlite, dir, now, keep);
}
