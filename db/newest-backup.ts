/** The newest daily backup beside a database, to point an agent at when the database is lost. */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** As rotateBackup names them (backup.ts); the stamp sorts by time. */
const DAILY_BACKUP = /^kefu-\d{8}-\d{6}\.sqlite$/;

export function newestBackup(dataFile: string): string | null {
  const dir = join(dirname(dataFile), 'backups');
  if (!existsSync(dir)) return null;
  const newest = readdirSync(dir)
    .filter((name) => DAILY_BACKUP.test(name))
    .sort()
    .at(-1);
  return newest ? join(dir, newest) : null;
}
