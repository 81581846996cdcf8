/**
 * Whether this process may change a database: the file, its WAL sidecars and the folder they
 * live in (SQLite creates -wal, -shm and journals there). access(2) answers for the real user,
 * root included (a read-only mount, an immutable file).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/** The first of folder, file, -wal, -shm that exists and cannot be written; null when all can. */
export function unwritablePath(file: string): string | null {
  const candidates = [dirname(file), file, `${file}-wal`, `${file}-shm`];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      return path;
    }
  }
  return null;
}
