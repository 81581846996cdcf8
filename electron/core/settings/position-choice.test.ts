import { describe, expect, it } from 'vitest';
import { CLIENT_ID_KEY } from '../../../db/sync-outbox-triggers';
import { createSyncStateStore } from '../sync/sync-state-store';
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
});
