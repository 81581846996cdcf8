import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planNativeBinding, type NativeFacts } from './native-abi-plan';

const root = '/repo';
const nodeBuild = '/repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const electron40 = '/repo/node_modules/.kefu-native/better-sqlite3-12.6.2-electron-40.10.2-linux-x64.node';

/** A developer machine after `npm install`: Node build fine, Electron binary present, nothing cached. */
function facts(overrides: Partial<NativeFacts>): NativeFacts {
  return {
    target: 'node',
    projectRoot: root,
    electronVersion: '40.10.2',
    betterSqliteVersion: '12.6.2',
    electronBinaryPresent: true,
    platform: 'linux',
    arch: 'x64',
    nodeProbe: 'ok',
    electronCacheFiles: [],
    ...overrides,
  };
}

describe('planNativeBinding for `npm test` (node target)', () => {
  it('does nothing after `npm start` built the Electron binary, because that never replaced the Node build', () => {
    const decision = planNativeBinding(facts({ target: 'node', electronCacheFiles: [basename(electron40)] }));
    expect(decision).toMatchObject({ action: 'none', file: nodeBuild });
  });

  it('does nothing on a fresh install where npm built better-sqlite3 for Node', () => {
    expect(planNativeBinding(facts({ target: 'node' })).action).toBe('none');
  });

  it('rebuilds for Node when someone ran electron-rebuild over the project and the ABI no longer matches', () => {
    const decision = planNativeBinding(
      facts({
        target: 'node',
        nodeProbe: 'abi-mismatch',
        nodeProbeDetail: 'built for NODE_MODULE_VERSION 143, this Node needs 115',
      }),
    );
    expect(decision.action).toBe('rebuild-node');
    expect(decision.file).toBe(nodeBuild);
    expect(decision.reason).toContain('NODE_MODULE_VERSION 143');
  });

  it('rebuilds for Node when the build is missing or fails to load for another reason', () => {
    expect(planNativeBinding(facts({ nodeProbe: 'missing' })).action).toBe('rebuild-node');
    expect(
      planNativeBinding(facts({ nodeProbe: 'broken', nodeProbeDetail: 'invalid ELF header' })),
    ).toMatchObject({
      action: 'rebuild-node',
      reason: expect.stringContaining('invalid ELF header'),
    });
  });

  it('does not care that the Electron binary is absent (CI, web host)', () => {
    const decision = planNativeBinding(facts({ target: 'node', electronBinaryPresent: false }));
    expect(decision.action).toBe('none');
    expect(planNativeBinding(facts({ target: 'node', electronVersion: null })).action).toBe('none');
  });
});

describe('planNativeBinding for `npm start` / `npm run dev` (electron target)', () => {
  it('builds the Electron binary into the versioned cache file on the first start after a fresh install', () => {
    const decision = planNativeBinding(facts({ target: 'electron' }));
    expect(decision).toMatchObject({ action: 'build-electron', file: electron40 });
    expect(decision.reason).toContain('40.10.2');
  });

  it('does nothing on a start after `npm test`, because the cached Electron build is still there', () => {
    const decision = planNativeBinding(
      facts({ target: 'electron', electronCacheFiles: [basename(electron40)] }),
    );
    expect(decision).toMatchObject({ action: 'none', file: electron40 });
  });

  it('ignores the Node build state: tests never touch the Electron cache', () => {
    const decision = planNativeBinding(
      facts({ target: 'electron', electronCacheFiles: [basename(electron40)], nodeProbe: 'missing' }),
    );
    expect(decision.action).toBe('none');
  });

  it('builds a new file when Electron is upgraded, leaving the old version file alone', () => {
    const decision = planNativeBinding(
      facts({ target: 'electron', electronVersion: '41.0.1', electronCacheFiles: [basename(electron40)] }),
    );
    expect(decision.action).toBe('build-electron');
    expect(decision.file).toBe(
      '/repo/node_modules/.kefu-native/better-sqlite3-12.6.2-electron-41.0.1-linux-x64.node',
    );
    expect(decision.file).not.toBe(electron40);
  });

  it('builds a new file when better-sqlite3 is upgraded, so its new JS never loads the old binary', () => {
    const decision = planNativeBinding(
      facts({
        target: 'electron',
        betterSqliteVersion: '12.7.0',
        // The build made for the previous better-sqlite3 is still in the cache.
        electronCacheFiles: [basename(electron40)],
      }),
    );
    expect(decision.action).toBe('build-electron');
    expect(decision.file).toBe(
      '/repo/node_modules/.kefu-native/better-sqlite3-12.7.0-electron-40.10.2-linux-x64.node',
    );
    expect(decision.file).not.toBe(electron40);
    expect(decision.reason).toContain('12.7.0');
  });

  it('names the platform and architecture in the file, so one checkout shared by two machines never mixes them', () => {
    const decision = planNativeBinding(facts({ target: 'electron', platform: 'darwin', arch: 'arm64' }));
    expect(decision.file).toBe(
      '/repo/node_modules/.kefu-native/better-sqlite3-12.6.2-electron-40.10.2-darwin-arm64.node',
    );
  });

  it('refuses with a reason when the Electron binary was skipped at install time', () => {
    const decision = planNativeBinding(facts({ target: 'electron', electronBinaryPresent: false }));
    expect(decision.action).toBe('skip-electron-unavailable');
    expect(decision.reason).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });

  it('refuses with a reason when the electron package is not installed at all', () => {
    const decision = planNativeBinding(
      facts({ target: 'electron', electronVersion: null, electronBinaryPresent: false }),
    );
    expect(decision).toMatchObject({ action: 'skip-electron-unavailable', file: '' });
    expect(decision.reason).toContain('not installed');
  });
});
