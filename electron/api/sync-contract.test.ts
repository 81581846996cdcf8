import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../core/test-support/test-desk';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

function serve() {
  const clock = { at: Date.UTC(2026, 10, 24, 1, 0), now: () => clock.at };
  const { core } = openTestDesk({ clock, prefix: 'kefu-sync-api-', appVersion: '0.1.0' });
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dispatch, call };
}

describe('sync over the contract', () => {
  it("joins a shop only at first run, and checks the desk's own shop options like the form", async () => {
    const { dispatch } = serve();
    // The test desk is set up: it connects in Settings → 同步, the server is never asked.
    expect(await dispatch('sync.join', { serverUrl: 'http://127.0.0.1:1', token: 'kefu_x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.join.alreadySetUp' },
    });
    expect(
      await dispatch('sync.join', {
        serverUrl: 'http://127.0.0.1:1',
        token: 'kefu_x',
        shop: { cutoffTime: '25:00', name: '别家' },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: {
          issues: [
            { path: ['shop', 'cutoffTime'], messageKey: 'validation.cutoffTime.format' },
            { path: ['shop'], messageKey: 'validation.unrecognized_keys' },
          ],
        },
      },
    });
  });

  it('answers an unconnected desk as unconfigured, with no issues', async () => {
    const { call } = serve();
    expect(await call('sync.status')).toEqual({
      state: 'unconfigured',
      pending: 0,
      lastSyncedAt: null,
      issues: 0,
      error: null,
      serverUrl: null,
      shopName: null,
      agentCode: null,
      role: null,
      rowsChangedAt: null,
    });
    expect(await call('sync.issues')).toEqual([]);
    expect(await call('sync.dismissIssue', { mutationId: 1 })).toEqual({ dismissed: false });
    expect((await call('sync.now')).state).toBe('unconfigured');
    expect((await call('sync.disconnect')).state).toBe('unconfigured');
  });

  it('refuses connect inputs field by field: empty token, an address without http(s), a server that does not answer', async () => {
    const { dispatch } = serve();
    expect(await dispatch('sync.configure', { serverUrl: 'kefu.example.com', token: ' ' })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: {
          issues: [
            { path: ['serverUrl'], messageKey: 'validation.sync.serverUrl' },
            { path: ['token'], messageKey: 'validation.sync.tokenRequired' },
          ],
        },
      },
    });
    expect(
      await dispatch('sync.configure', { serverUrl: 'http://127.0.0.1:1', token: 'kefu_x' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [{ path: ['serverUrl'], messageKey: 'sync.error.unreachable' }] },
      },
    });
  });
});
