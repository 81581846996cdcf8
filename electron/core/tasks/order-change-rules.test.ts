import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { createCoreServices } from '../core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../platform/headless-shell';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';

const FIXTURE = new URL('../orders/fixtures/taobao-orders-sample.csv', import.meta.url);
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function desk() {
  const database = openDatabase({
    file: join(mkdtempSync(join(tmpdir(), 'kefu-order-rules-')), 'kefu.sqlite'),
  });
  opened.push(database);
  const core = createCoreServices({
    database,
    clock: { now: () => Date.now() },
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  core.settings.save(SAMPLE_SETTINGS);
  return core;
}

const openTasks = (core: ReturnType<typeof desk>) => {
  const list = core.tasks.list({ due: 'all', includeClosed: true, limit: 500 });
  return { open: [...list.overdue, ...list.today, ...list.upcoming], closed: list.closed };
};

describe('rules on every order change', () => {
  it('importing the Taobao fixture brings its 催付 and 核对收件信息 tasks without a manual run', async () => {
    const core = desk();
    await core.orders.importApply('taobao-orders-sample.csv', readFileSync(FIXTURE));
    const kinds = new Set(openTasks(core).open.map((t) => t.kind));
    expect(kinds).toContain('urgePayment');
    expect(kinds).toContain('verifyAddress');
    expect(core.tasks.runAllRules()).toEqual({ created: 0, reopened: 0, closed: 0 });
  });

  it('verifying an address through the orders service closes its 核对收件信息 at once', async () => {
    const core = desk();
    await core.orders.importApply('taobao-orders-sample.csv', readFileSync(FIXTURE));
    const verify = openTasks(core).open.find((t) => t.kind === 'verifyAddress')!;
    core.orders.verifyAddress(verify.orderId!);
    expect(openTasks(core).closed.find((t) => t.id === verify.id)).toMatchObject({
      status: 'cancelled',
      autoCloseKey: 'tasks.autoClose.addressVerified',
    });
  });
});
