/**
 * Where the desktop app keeps its data, mirroring Electron's `app.getPath('userData')` for the
 * product name, so the CLI and the web host find the same database without being told.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_DIR_NAME = 'Kefu Desk';
export const DATABASE_FILE = 'kefu.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.KEFU_DATA_DIR) return env.KEFU_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_DIR_NAME);
}

export const databaseFile = (dataDir: string): string => join(dataDir, DATABASE_FILE);
