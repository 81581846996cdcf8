/**
 * A desk of the integration tests: a real SQLite desk (openTestDesk) driven through the same
 * dispatcher the shell uses, bound to the lab's server with an agent's token. `call` answers a
 * method's value or throws its error; `sync` syncs and expects a clean run.
 */
import { expect } from 'vitest';
import type { ApiResult } from '../../electron/api/api-result';
import type { MethodName, MethodOutput } from '../../electron/api/contract';
import { createDispatcher } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openTestDesk, type TestDeskOptions } from '../../electron/core/test-support/test-desk';

export async function openSyncedDesk(serverUrl: string, token: string, options: TestDeskOptions) {
  const opened = openTestDesk({ appVersion: '0.1.0', ...options });
  const dispatch = createDispatcher(createHandlers(opened.core), () => undefined);
  const call = async <M extends MethodName>(method: M, input: unknown = {}) => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  expect(await opened.core.sync.configure({ serverUrl, token })).toMatchObject({ state: 'synced' });
  const sync = async () => expect(await opened.core.sync.now()).toMatchObject({ state: 'synced', issues: 0 });
  return { ...opened, dispatch, call, sync };
}
