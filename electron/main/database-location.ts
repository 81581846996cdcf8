/**
 * Where the desktop app's database, migrations and native SQLite binding live. In development
 * better-sqlite3 needs the Electron-ABI build kept beside the Node one (see db/native-binding.ts),
 * named after the installed better-sqlite3 version read from the project; a packaged app carries
 * its own rebuilt binding. Migrations are read from the app folder because the bundled main
 * process no longer sits next to db/.
 */
import { join } from 'node:path';
import type { OpenDatabaseOptions } from '../../db/open-database';
import { electronBindingPath, installedBetterSqliteVersion } from '../../db/native-binding';
import { databaseFile } from '../core/data-dir';

export interface DatabaseLocationInput {
  /** `app.getAppPath()`: the project root in development, the app archive when packaged. */
  appPath: string;
  /** `app.getPath('userData')`. */
  dataDir: string;
  isPackaged: boolean;
  electronVersion: string;
  platform: string;
  arch: string;
}

export function databaseOpenOptions(input: DatabaseLocationInput): OpenDatabaseOptions {
  return {
    file: databaseFile(input.dataDir),
    migrationsFolder: join(input.appPath, 'db', 'migrations'),
    nativeBinding: input.isPackaged
      ? undefined
      : electronBindingPath(input.appPath, {
          betterSqliteVersion: installedBetterSqliteVersion(input.appPath),
          electronVersion: input.electronVersion,
          platform: input.platform,
          arch: input.arch,
        }),
  };
}
