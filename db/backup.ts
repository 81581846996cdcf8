/** `VACUUM INTO` snapshots: consistent even while the app keeps writing, and compacted. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

const BACKUP_NAME = /^kefu-(\d{8}-\d{6})\.sqlite$/;

function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
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
  const file = backupDatabase(sqlite, join(dir, `kefu-${stamp(at)}.sqlite`));
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse();
  const removed = backups.slice(keep).map((name) => join(dir, name));
  for (const old of removed) rmSync(old, { force: true });
  return { file, removed };
}
