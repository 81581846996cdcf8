import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WhoAmI } from '../../../common/sync/protocol';
import { openDatabase } from '../../../db/open-database';
import { CLIENT_ID_KEY } from '../../../db/sync-outbox-triggers';
import { createCoreServices } from '../core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../platform/headless-shell';
import type { SyncTransport } from '../sync/sync-transport';
import { createSyncStateStore } from '../sync/sync-state-store';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { openTestDesk } from '../test-support/test-desk';
import { positionInputSchema } from './position-choice';

const NOW = Date.UTC(2026, 10, 24, 1, 0);

describe('岗位 on the desk', () => {
  it('is chosen while the desk works alone, and cleared', () => {
    const { core } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-position-' });
    expect(core.position.get()).toEqual({ position: null, fromServer: false });
    expect(core.position.save('aftersale')).toEqual({ position: 'aftersale', fromServer: false });
    expect(core.settings.position()).toBe('aftersale');
    expect(core.position.save(null).position).toBeNull();
  });

  it('is the server’s once bound: shown, not changed', () => {
    const { core, database } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-position-' });
    core.position.save('presale');
    createSyncStateStore(database.sqlite, () => NOW).set(CLIENT_ID_KEY, 'client-1');
    expect(core.position.get()).toEqual({ position: 'presale', fromServer: true });
    expect(() => core.position.save('orderDesk')).toThrow(
      expect.objectContaining({ code: 'conflict', messageKey: 'errors.position.fromServer' }),
    );
    expect(core.settings.position()).toBe('presale');
  });

  it('takes only the three positions, naming the field', () => {
    const parsed = positionInputSchema.safeParse({ position: 'manager' });
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ['position'], message: 'validation.position.unknown' }),
    ]);
  });

  it('refreshes from the server once bound: a position set in the console reaches the desk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-position-'));
    const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
    const server = { position: 'aftersale' as WhoAmI['position'], reachable: true };
    const transport = {
      async whoAmI(): Promise<WhoAmI> {
        if (!server.reachable) throw new Error('offline');
        const { shopId, agentId } = core.settings.identity()!;
        return {
          shopId,
          shopName: '小鹿家居旗舰店',
          agentId,
          agentCode: 'KF007',
          agentName: '林小雨',
          role: 'agent',
          position: server.position,
        };
      },
    } as SyncTransport;
    const core = createCoreServices({
      database,
      clock: { now: () => NOW },
      shell: HEADLESS_SHELL,
      injector: HEADLESS_INJECTOR,
      notifier: createMemoryNotifier(),
      dataDir: dir,
      appVersion: 'test',
      syncTransport: () => transport,
    });
    try {
      core.settings.save(SAMPLE_SETTINGS);
      core.position.save('presale');
      expect(await core.position.refresh()).toEqual({ position: 'presale', fromServer: false });
      const store = createSyncStateStore(database.sqlite, () => NOW);
      const { shopId, agentId } = core.settings.identity()!;
      store.set(CLIENT_ID_KEY, 'client-1');
      store.set('serverUrl', 'http://127.0.0.1:1');
      store.set('token', 'kefu_test');
      store.set('binding', {
        shopId,
        shopName: '小鹿家居旗舰店',
        agentId,
        agentCode: 'KF007',
        agentName: '林小雨',
        role: 'agent',
      });
      expect(await core.position.refresh()).toEqual({ position: 'aftersale', fromServer: true });
      server.reachable = false;
      server.position = 'orderDesk';
      expect(await core.position.refresh()).toEqual({ position: 'aftersale', fromServer: true });
      server.reachable = true;
      expect((await core.position.refresh()).position).toBe('orderDesk');
    } finally {
      database.close();
    }
  });
});
