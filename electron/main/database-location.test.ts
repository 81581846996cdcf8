import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../db/native-binding';
import { databaseFile } from '../core/data-dir';
import { databaseOpenOptions } from './database-location';

const base = {
  appPath: '/home/dev/kefu-desk',
  dataDir: '/home/dev/.config/Kefu Desk',
  electronVersion: '40.8.0',
  platform: 'linux',
  arch: 'x64',
};

describe('databaseOpenOptions', () => {
  it('uses the Electron-ABI SQLite build in development', () => {
    const options = databaseOpenOptions({ ...base, isPackaged: false });
    expect(options).toEqual({
      file: databaseFile(base.dataDir),
      migrationsFolder: join(base.appPath, 'db', 'migrations'),
      nativeBinding: electronBindingPath(base.appPath, '40.8.0', 'linux', 'x64'),
    });
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
