/**
 * What the outbox triggers cost the biggest local writes: a 100,000-row Taobao import and the
 * first minute tick over it (the full rules pass creating ~136,000 tasks, then the reminders),
 * on a desk that is not bound (triggers idle) and on one bound to a server (every insert also
 * writes its `put`). No server is involved. Prints one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { createSyncStateStore } from '../electron/core/sync/sync-state-store';
import { taobaoOrdersCsv } from './order-fixture-rows';
import { openBenchDesk } from './support/bench-desk';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const bytes = taobaoOrdersCsv(ROWS);

async function measure(bound: boolean) {
  const { database, core, close } = openBenchDesk('outbox');
  if (bound)
    createSyncStateStore(database.sqlite, Date.now).set('clientId', '00000000-0000-4000-8000-000000000001');
  const started = performance.now();
  await core.orders.importApply('ExportOrderList.csv', bytes);
  const importSeconds = (performance.now() - started) / 1000;
  const rulesStarted = performance.now();
  const rules = core.tasks.tick()!.rules;
  const firstTickSeconds = (performance.now() - rulesStarted) / 1000;
  const outbox = database.sqlite.prepare('select count(*) from sync_outbox').pluck().get() as number;
  await close();
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    importSeconds: round(importSeconds),
    firstTickSeconds: round(firstTickSeconds),
    tasksCreated: rules.created,
    outbox,
  };
}

const unbound = await measure(false);
const bound = await measure(true);
console.log(
  JSON.stringify(
    {
      bench: 'sync-outbox-triggers',
      rows: ROWS,
      unbound,
      bound,
      importSlowdown: Math.round((bound.importSeconds / unbound.importSeconds) * 100) / 100,
      firstTickSlowdown: Math.round((bound.firstTickSeconds / unbound.firstTickSeconds) * 100) / 100,
    },
    null,
    2,
  ),
);
