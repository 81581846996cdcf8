/**
 * A private copy of a database to read when its folder may not be written. SQLite reads a
 * WAL-mode database only with a -shm file beside it and cannot create one in a read-only
 * folder (SQLITE_READONLY_DIRECTORY); a copy in the temp folder, with its WAL, reads the same
 * committed data. Nothing else writes there while the folder is read-only to this user.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function readOnlySnapshot(file: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-read-only-'));
  const copy = join(dir, basename(file));
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  } catch (cause) {
    rmSync(dir, { recursive: true, force: true });
    throw cause;
  }
  return { file: copy, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
