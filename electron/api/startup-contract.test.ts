import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../core/test-support/test-desk';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

describe('开机启动 over the contract', () => {
  it('keeps the choice, says where the shell cannot register itself, and refuses a malformed one', async () => {
    const { core } = openTestDesk({ clock: { now: () => Date.now() }, prefix: 'kefu-startup-' });
    const dispatch = createDispatcher(createHandlers(core), () => undefined);
    expect(await dispatch('startup.get', {})).toEqual({
      ok: true,
      value: { settings: { startAtLogin: false, startHidden: true }, state: 'unsupported' },
    });
    expect(await dispatch('startup.save', { startAtLogin: true, startHidden: false })).toEqual({
      ok: true,
      value: { settings: { startAtLogin: true, startHidden: false }, state: 'unsupported' },
    });
    expect(await dispatch('startup.get', {})).toMatchObject({ value: { settings: { startAtLogin: true } } });
    expect(await dispatch('startup.save', { startAtLogin: 'yes', startHidden: false })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
