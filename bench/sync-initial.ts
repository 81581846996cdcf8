/**
 * A fresh desk's initial sync of 100,000 rows (issue 6 "Numbers"): the server is seeded through
 * ordinary pushes (orders, inquiries, phrase uses of agent A01, four desks at once), then a new
 * install of A01 (new SQLite file, new clientId) pulls until done, in its own process: wall time
 * and that process's peak RSS. On PostgreSQL and on the embedded PGlite. Prints JSON.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { StorageKind } from '../server/database/storage';
import { TestDesk } from '../server/test-support/sync-client';
import type { InitialPullConfig, InitialPullReport } from './support/initial-pull-client';
import { round } from './support/push-outcomes';
import { benchStorages, startBenchServer, type BenchServer } from './support/sync-bench-server';
import { ROWS_MIX, deskBatches, rowsAfter } from './support/sync-mutations';

const ROWS = 100_000;
const SEED_DESKS = 4;
const BATCHES_PER_DESK = ROWS / rowsAfter(1, ROWS_MIX) / SEED_DESKS;
const SEED = 100_000;
const CLIENT =
  'pull side only: the desktop sync engine (electron/core/sync) was not committed when this ran, so a stand-in pulls every page over HTTP and upserts it into a fresh desk SQLite file the way a desk copies server rows in (bench/support/initial-pull-client.ts)';

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

function initialSync(config: InitialPullConfig): Promise<InitialPullReport & { wallMs: number }> {
  const started = performance.now();
  const child = fork(fileURLToPath(new URL('./support/initial-pull-client.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, KEFU_BENCH_PULL: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (report: InitialPullReport) =>
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
    const report = await initialSync({
      url: server.url,
      token: server.agents[0]!.token,
      clientId: randomUUID(),
    });
    return {
      storage: kind,
      seeded,
      initialSync: {
        rows: report.rowsPulled,
        pages: report.pages,
        seconds: round(report.syncMs / 1000, 2),
        rowsPerSecond: Math.round(report.rowsPulled / (report.syncMs / 1000)),
        waitingForPagesSeconds: round(report.pullMs / 1000, 2),
        applyingPagesSeconds: round(report.applyMs / 1000, 2),
        pageAnswerMs: {
          first: round(report.firstPullMs),
          last: round(report.lastPullMs),
          slowest: round(report.slowestPullMs),
        },
        processWallSeconds: round(report.wallMs / 1000, 2),
        openDatabaseMs: round(report.openMs),
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
        'seconds: from whoami to the last page applied, in the client process; processWallSeconds adds starting Node and opening (migrating) the new desk file',
      ...(postgresSkipped && { postgres: { measured: false, reason: postgresSkipped } }),
      results,
    },
    null,
    2,
  ),
);
