/**
 * One 100,000-row order import in a fresh process and a fresh database file, so that what the
 * previous import left running (the task rules it triggers, its checkpoint) does not weigh on the
 * next. `KEFU_BENCH_IMPORT` names the scenario:
 * - `dialog`: what the 导入订单 dialog and `kefu orders import FILE` do, through the contract:
 *   the file in 1 MB pieces (`orders.importUpload`), the dry run, then the write. The pieces are
 *   base64-encoded before the clock starts: the renderer (another process) does that;
 * - `writeOnly`: the order service's write alone, no dry run before it;
 * - `bound`: as `dialog`, on a desk bound to a server, so every row also goes to the sync outbox.
 * The import thread is started first, as the app does at start. Prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ApiResult } from '../../electron/api/api-result';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract';
import { createDispatcher } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { createSyncStateStore } from '../../electron/core/sync/sync-state-store';
import { taobaoOrdersCsv } from '../order-fixture-rows';
import { openBenchDesk } from './bench-desk';

export type ImportScenario = 'dialog' | 'writeOnly' | 'bound';

const scenario = process.env.KEFU_BENCH_IMPORT as ImportScenario;
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const bytes = taobaoOrdersCsv(rows);
const { database, core, close } = openBenchDesk('orders');
if (scenario === 'bound') {
  createSyncStateStore(database.sqlite, Date.now).set('clientId', '0b7c0c4e-3a3e-4d4a-9d7e-2f1b3c4d5e6f');
}
await core.orders.warmUpImports();
const dispatch = createDispatcher(createHandlers(core));
const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
  const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
};
const PIECE = 1 << 20;
const pieces = Array.from({ length: Math.ceil(bytes.length / PIECE) }, (_, i) => ({
  offset: i * PIECE,
  contentBase64: bytes.subarray(i * PIECE, (i + 1) * PIECE).toString('base64'),
}));
const fileName = 'ExportOrderList.csv';
const uploadId = randomUUID();

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
const started = performance.now();
let uploadSeconds = 0;
let previewSeconds = 0;
let preview: MethodOutput<'orders.importPreview'> | null = null;
let applied: MethodOutput<'orders.importApply'>;
if (scenario === 'writeOnly') applied = await core.orders.importApply(fileName, bytes);
else {
  for (const piece of pieces) await call('orders.importUpload', { uploadId, ...piece });
  uploadSeconds = (performance.now() - started) / 1000;
  preview = await call('orders.importPreview', { fileName, uploadId });
  previewSeconds = (performance.now() - started) / 1000;
  applied = await call('orders.importApply', { fileName, uploadId });
}
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
    ...(preview
      ? { uploadSeconds: seconds(uploadSeconds), uploadAndDryRunSeconds: seconds(previewSeconds) }
      : {}),
    totalSeconds: seconds(totalSeconds),
    eventLoopStallMaxMs: ms(histogram.max),
    eventLoopStallP99Ms: ms(histogram.percentile(99)),
  }),
);
await close();
process.exit(0);
