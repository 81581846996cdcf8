import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NATIVE_CACHE_DIR } from '../../db/native-binding';
import { databaseFile } from '../core/data-dir';
import { databaseOpenOptions } from './database-location';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project checkout with better-sqlite3 `version` installed, as `app.getAppPath()` sees it in dev. */
function projectWith(version: string): string {
  const appPath = mkdtempSync(join(tmpdir(), 'kefu-app-'));
  dirs.push(appPath);
  const packageDir = join(appPath, 'node_modules', 'better-sqlite3');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version }));
  return appPath;
}

const base = {
  dataDir: '/home/dev/.config/Kefu Desk',
  electronVersion: '40.8.0',
  platform: 'linux',
  arch: 'x64',
};

describe('databaseOpenOptions', () => {
  it('uses the Electron-ABI SQLite build of the installed better-sqlite3 in development', () => {
    const appPath = projectWith('12.6.2');
    const options = databaseOpenOptions({ ...base, appPath, isPackaged: false });
    expect(options).toEqual({
      file: databaseFile(base.dataDir),
      migrationsFolder: join(appPath, 'db', 'migrations'),
      nativeBinding: join(appPath, NATIVE_CACHE_DIR, 'better-sqlite3-12.6.2-electron-40.8.0-linux-x64.node'),
    });
  });

  it('follows a better-sqlite3 upgrade to a new cache file', () => {
    const before = databaseOpenOptions({ ...base, appPath: projectWith('12.6.2'), isPackaged: false });
    const after = databaseOpenOptions({ ...base, appPath: projectWith('12.7.0'), isPackaged: false });
    expect(after.nativeBinding).toMatch(/better-sqlite3-12\.7\.0-electron-40\.8\.0-linux-x64\.node$/);
    expect(after.nativeBinding?.replace(/.*[\\/]/, '')).not.toBe(
      before.nativeBinding?.replace(/.*[\\/]/, ''),
    );
  });

  it('lets a packaged app load its own rebuilt binding', () => {
    const options = databaseOpenOptions({
      ...base,
      appPath: '/opt/Kefu Desk/resources/app.asar',
      isPackaged: true,
    });
    expect(options.nativeBinding).toBeUndefined();
    expect(options.migrationsFolder).toBe(join('/opt/Kefu Desk/resources/app.asar', 'db', 'migrations'));
    expect(options.file).toBe(databaseFile(base.dataDir));
  });
});
