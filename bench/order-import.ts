/**
 * Order import (issue 4 "Numbers"): 100,000 generated Taobao-layout rows, GBK, imported end to end
 * through the order service (preview, then apply) into a fresh database file. Reports the total
 * time and the event loop's longest stall during the import, measured with
 * `perf_hooks.monitorEventLoopDelay` — the process serving the hotkey must stay responsive.
 * Prints one JSON object.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openDatabase } from '../db/open-database';
import { createCoreServices } from '../electron/core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../electron/core/platform/headless-shell';
import { createMemoryNotifier } from '../electron/core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../electron/core/test-support/sample-settings';
import { taobaoOrdersCsv } from './order-fixture-rows';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TARGETS = { totalSeconds: 5, maxStallMs: 50 };

const bytes = taobaoOrdersCsv(ROWS);
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
// As the app does at start: the import thread is loaded before the agent picks a file.
await core.orders.warmUpImports();

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
const started = performance.now();
const preview = await core.orders.importPreview('ExportOrderList.csv', bytes);
const previewSeconds = (performance.now() - started) / 1000;
const applied = await core.orders.importApply('ExportOrderList.csv', bytes);
const totalSeconds = (performance.now() - started) / 1000;
histogram.disable();

const stored = database.sqlite.prepare('select count(*) from orders').pluck().get() as number;
database.close();
const ms = (ns: number) => Math.round(ns / 1e4) / 100;
const result = {
  bench: 'order-import',
  rows: ROWS,
  fileMB: Math.round(bytes.length / 1e4) / 100,
  encoding: preview.encoding,
  invalid: preview.invalid.length,
  added: applied.added,
  customersCreated: applied.customersToCreate,
  ordersStored: stored,
  previewSeconds: Math.round(previewSeconds * 100) / 100,
  totalSeconds: Math.round(totalSeconds * 100) / 100,
  eventLoopStallMaxMs: ms(histogram.max),
  eventLoopStallP99Ms: ms(histogram.percentile(99)),
  targets: TARGETS,
  pass: totalSeconds <= TARGETS.totalSeconds && ms(histogram.max) <= TARGETS.maxStallMs && stored === ROWS,
};
console.log(JSON.stringify(result, null, 2));
