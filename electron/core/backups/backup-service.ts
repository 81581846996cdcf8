/**
 * Backups from Settings: the rotating daily `VACUUM INTO` copies (7 kept) and the copies kept
 * before a restore; 立即备份; and restore, which checks the chosen backup and stages it for the
 * next start (db/restore.ts), then asks the shell to restart.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rotateBackup } from '../../../db/backup';
import { DatabaseOpenError } from '../../../db/database-open-error';
import type { OpenedDatabase } from '../../../db/open-database';
import { stageRestore } from '../../../db/restore';
import { AppError } from '../app-error';
import type { ShellPort } from '../platform/shell-port';
import type { BackupEntry } from './backup-schema';

const BACKUP_FILE = /^kefu-(before-restore-)?(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/;

/** A backup's entry from its name (local time, as the stamp was written); null for other files. */
export function backupEntryOf(name: string, sizeBytes: number): BackupEntry | null {
  const match = BACKUP_FILE.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(2).map(Number);
  return {
    name,
    kind: match[1] ? 'beforeRestore' : 'daily',
    takenAt: new Date(year!, month! - 1, day, hour, minute, second).getTime(),
    sizeBytes,
  };
}

export function createBackupService(deps: {
  database: OpenedDatabase;
  dataDir: string;
  now: () => number;
  shell: ShellPort;
}) {
  const folder = join(deps.dataDir, 'backups');

  function list() {
    const names = existsSync(folder) ? readdirSync(folder) : [];
    const backups = names
      .map((name) => backupEntryOf(name, statSync(join(folder, name)).size))
      .filter((entry): entry is BackupEntry => entry !== null)
      .sort((a, b) => b.takenAt - a.takenAt || b.name.localeCompare(a.name));
    return { folder, backups };
  }

  function create(): BackupEntry {
    const { file } = rotateBackup(deps.database.sqlite, folder, new Date(deps.now()));
    const name = file.slice(folder.length + 1);
    return backupEntryOf(name, statSync(file).size)!;
  }

  function restore({ name }: { name: string }) {
    if (!list().backups.some((entry) => entry.name === name))
      throw new AppError('notFound', 'errors.backup.notFound', { name });
    try {
      const summary = stageRestore(
        deps.database.file,
        join(folder, name),
        deps.database.schemaVersion,
        deps.database.nativeBinding,
      );
      const { orders, customers, phrases } = summary;
      return { orders, customers, phrases, relaunching: deps.shell.relaunch() };
    } catch (cause) {
      if (cause instanceof DatabaseOpenError)
        throw new AppError('backupRefused', `errors.${cause.code}`, cause.details);
      throw cause;
    }
  }

  return { list, create, restore };
}
