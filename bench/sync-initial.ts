/**
 * A fresh desk's initial sync of 100,000 rows (issue 6 "Numbers"): the server is seeded through
 * ordinary pushes (orders, inquiries, phrase uses of agent A01, four desks at once), then a new
 * install of A01 (new SQLite file, every core service, first-run settings) connects through the
 * real desktop sync engine (`sync.configure`: whoami, bind, first run pulling every page) in its
 * own process: wall time and that process's peak RSS. On PostgreSQL and on the embedded PGlite.
 * Prints JSON.
 */
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { StorageKind } from '../server/database/storage';
import { TestDesk } from '../server/test-support/sync-client';
import type { InitialSyncConfig, InitialSyncReport } from './support/initial-sync-desk';
import { round } from './support/push-outcomes';
import { benchStorages, startBenchServer, type BenchServer } from './support/sync-bench-server';
import { ROWS_MIX, deskBatches, rowsAfter } from './support/sync-mutations';

const ROWS = 100_000;
const SEED_DESKS = 4;
const BATCHES_PER_DESK = ROWS / rowsAfter(1, ROWS_MIX) / SEED_DESKS;
const SEED = 100_000;
const CLIENT =
  'the desktop sync engine (electron/core/sync via createCoreServices().sync.configure) over its HTTP transport, in a fresh process with a new desk SQLite file (bench/support/initial-sync-desk.ts)';

async function seed(server: BenchServer) {
  const agent = server.agents[0]!;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SEED_DESKS }, async (_, index) => {
      const desk = new TestDesk(server.url, agent.token);
      for (const batch of deskBatches(agent.agentId, BATCHES_PER_DESK, SEED + index, ROWS_MIX))
        await desk.push(...batch);
    }),
  );
  const seconds = round((performance.now() - started) / 1000, 2);
  const state = await server.request<'state'>({ type: 'state' });
  if (state.rows !== ROWS) throw new Error(`seeding left ${state.rows} rows on the server, not ${ROWS}`);
  return { rows: state.rows, pushes: SEED_DESKS * BATCHES_PER_DESK, seconds };
}

function initialSync(config: InitialSyncConfig): Promise<InitialSyncReport & { wallMs: number }> {
  const started = performance.now();
  const child = fork(fileURLToPath(new URL('./support/initial-sync-desk.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, KEFU_BENCH_DESK: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (report: InitialSyncReport) =>
      resolve({ ...report, wallMs: performance.now() - started }),
    );
    child.once('exit', (code) =>
      reject(new Error(`the initial sync client exited (${code}) without a report`)),
    );
  });
}

async function measure(kind: StorageKind) {
  const server = await startBenchServer(kind, 1);
  try {
    const seeded = await seed(server);
    const report = await initialSync({ url: server.url, token: server.agents[0]!.token });
    if (report.state !== 'synced' || report.rowsPulled !== ROWS)
      throw new Error(
        `the first sync ended ${report.state} with ${report.rowsPulled} rows pulled, not ${ROWS}`,
      );
    return {
      storage: kind,
      seeded,
      initialSync: {
        rows: report.rowsPulled,
        pages: report.pages,
        seconds: round(report.syncMs / 1000, 2),
        rowsPerSecond: Math.round(report.rowsPulled / (report.syncMs / 1000)),
        pageAnswersSeconds: round(report.pullMs / 1000, 2),
        pageAnswerMs: {
          first: round(report.firstPullMs),
          last: round(report.lastPullMs),
          slowest: round(report.slowestPullMs),
        },
        processWallSeconds: round(report.wallMs / 1000, 2),
        openDeskMs: round(report.openMs),
        syncState: report.state,
        localRows: report.localRows,
        rssAfterOpenMB: report.rssAfterOpenMB,
        peakRssMB: report.maxRssMB,
      },
      server: await server.close(),
    };
  } catch (error) {
    await server.close().catch(() => undefined);
    throw error;
  }
}

const loadAtStart = loadavg()[0]!;
const { kinds, postgresSkipped } = benchStorages('sync-initial');
const results = [];
for (const kind of kinds) results.push(await measure(kind));

console.log(
  JSON.stringify(
    {
      bench: 'sync-initial',
      machine: { cores: availableParallelism(), loadAverage1mAtStart: round(loadAtStart, 2) },
      rows: ROWS,
      mix: ROWS_MIX,
      client: CLIENT,
      timed:
        'seconds: sync.configure, from whoami to the first run done, in the desk process; pageAnswersSeconds sums each pull from request to checked answer (the desk asks for the next page before applying the current one, so this overlaps the applying); processWallSeconds adds starting Node and opening the new desk (migrations, core services, first-run settings)',
      ...(postgresSkipped && { postgres: { measured: false, reason: postgresSkipped } }),
      results,
    },
    null,
    2,
  ),
);
