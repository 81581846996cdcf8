/**
 * One 100,000-row order import in a fresh process and a fresh database file, so that what the
 * previous import left running (the task rules it triggers, its checkpoint) does not weigh on the
 * next. `KEFU_BENCH_IMPORT` names the scenario:
 * - `ui`: the dry run, then the write (what the 导入订单 dialog does);
 * - `direct`: the write alone (`kefu orders import FILE`);
 * - `bound`: as `ui`, on a desk bound to a server, so every row also goes to the sync outbox.
 * The import thread is started first, as the app does at start. Prints one JSON line.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open-database';
import { createCoreServices } from '../../electron/core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../../electron/core/platform/headless-shell';
import { createSyncStateStore } from '../../electron/core/sync/sync-state-store';
import { createMemoryNotifier } from '../../electron/core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../../electron/core/test-support/sample-settings';
import { taobaoOrdersCsv } from '../order-fixture-rows';

export type ImportScenario = 'ui' | 'direct' | 'bound';

const scenario = process.env.KEFU_BENCH_IMPORT as ImportScenario;
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const bytes = taobaoOrdersCsv(rows);
const database = openDatabase({
  file: join(mkdtempSync(join(tmpdir(), 'kefu-bench-orders-')), 'kefu.sqlite'),
});
const core = createCoreServices({
  database,
  clock: { now: () => Date.now() },
  shell: HEADLESS_SHELL,
  injector: HEADLESS_INJECTOR,
  notifier: createMemoryNotifier(),
  dataDir: tmpdir(),
  appVersion: 'bench',
});
core.settings.save(SAMPLE_SETTINGS);
if (scenario === 'bound') {
  createSyncStateStore(database.sqlite, Date.now).set('clientId', '0b7c0c4e-3a3e-4d4a-9d7e-2f1b3c4d5e6f');
}
await core.orders.warmUpImports();

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
const started = performance.now();
const preview = scenario === 'direct' ? null : await core.orders.importPreview('ExportOrderList.csv', bytes);
const previewSeconds = (performance.now() - started) / 1000;
const applied = await core.orders.importApply('ExportOrderList.csv', bytes);
const totalSeconds = (performance.now() - started) / 1000;
histogram.disable();

const count = (table: string) =>
  database.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const ms = (ns: number) => Math.round(ns / 1e4) / 100;
const seconds = (s: number) => Math.round(s * 100) / 100;
console.log(
  JSON.stringify({
    scenario,
    rows,
    fileMB: Math.round(bytes.length / 1e4) / 100,
    encoding: (preview ?? applied).encoding,
    added: applied.added,
    customersCreated: applied.customersToCreate,
    ordersStored: count('orders'),
    outboxEntries: count('sync_outbox'),
    ...(preview ? { previewSeconds: seconds(previewSeconds) } : {}),
    totalSeconds: seconds(totalSeconds),
    eventLoopStallMaxMs: ms(histogram.max),
    eventLoopStallP99Ms: ms(histogram.percentile(99)),
  }),
);
process.exit(0);
