/**
 * Pull of a shop whose rows total 200 MB (issue 12 "Numbers", finding 7): orders with their
 * long columns full (address, buyer message and remark at the field limit in Chinese, ~46 KB of
 * JSON each) are pushed by four desks at once; then a new server process on the same store
 * serves one desk pulling everything, then six desks pulling everything at the same time, as
 * a desk asks (PULL_PAGE.max rows a page; the byte cap decides). Its peak RSS is the pulls'
 * alone. On PostgreSQL the database backends' own memory is sampled too. Prints JSON.
 */
import { availableParallelism, loadavg } from 'node:os';
import { PULL_PAGE, PUSH_LIMITS } from '../common/sync/protocol';
import type { StorageKind } from '../server/database/storage';
import { fullRow, TestDesk, type MutationInput } from '../server/test-support/sync-client';
import { createRandom } from './order-fixture-rows';
import { watchPostgresMemory } from './support/postgres-rss';
import { percentile, round } from './support/push-outcomes';
import { benchStorages, startBenchServer, type BenchServer } from './support/sync-bench-server';

const TARGET_BYTES = 200 * 2 ** 20;
/** Characters in each long column: TEXT_LIMITS.long, the most a desk accepts. */
const LONG_TEXT = 5_000;
const SEED_DESKS = 4;
const CONCURRENT_PULLS = 6;
const SEED = 7_200;
const MB = 2 ** 20;

/** Text that does not compress away: random common Chinese characters. */
function chineseText(random: () => number, length: number): string {
  return String.fromCharCode(...Array.from({ length }, () => 0x4e00 + Math.floor(random() * 0x5000)));
}

/** Pushes of as many big orders as fit in one push, until the rows reach `bytes`. */
function bigOrderPushes(bytes: number): MutationInput[][] {
  const { random } = createRandom(SEED);
  const pushes: MutationInput[][] = [];
  let total = 0;
  let orderNo = 4_100_000_000_000_000_000n;
  while (total < bytes) {
    const push: MutationInput[] = [];
    let pushBytes = 0;
    for (;;) {
      orderNo += 1n;
      const row = fullRow('orders', {
        scope: 'team',
        platform: 'taobao',
        order_no: String(orderNo),
        buyer_nick: `大额买家${orderNo % 10_000n}`,
        total_fen: 99_900,
        receiver_name: '张伟',
        receiver_address: chineseText(random, LONG_TEXT),
        buyer_message: chineseText(random, LONG_TEXT),
        remark: chineseText(random, LONG_TEXT),
      });
      const size = Buffer.byteLength(JSON.stringify(row));
      // Room for the mutation's own fields and the request's envelope.
      if (push.length > 0 && pushBytes + size + 1_024 > PUSH_LIMITS.maxBytes) break;
      push.push({ name: 'orders.put', args: row });
      pushBytes += size;
      if (push.length === PUSH_LIMITS.maxMutations) break;
    }
    pushes.push(push);
    total += pushBytes;
  }
  return pushes;
}

async function seed(server: BenchServer, pushes: MutationInput[][]) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_DESKS }, async (_, index) => {
      const desk = new TestDesk(server.url, server.agents[index % server.agents.length]!.token);
      while (next < pushes.length) await desk.push(...pushes[next++]!);
    }),
  );
  const state = await server.request<'state'>({ type: 'state' });
  return { rows: state.rows, pushes: pushes.length, seconds: round((performance.now() - started) / 1000, 2) };
}

/** Every page from 0, as a desk asks for them; sizes and answer times. */
async function pullEverything(server: BenchServer, token: string) {
  const desk = new TestDesk(server.url, token);
  const pageBytes: number[] = [];
  const pageMs: number[] = [];
  let rows = 0;
  let cursor = 0;
  for (;;) {
    const asked = performance.now();
    const answer = await desk.pullRaw(cursor, PULL_PAGE.max);
    pageMs.push(performance.now() - asked);
    if (answer.status !== 200) throw new Error(`pull answered ${answer.status}`);
    pageBytes.push(Buffer.byteLength(JSON.stringify(answer.body)));
    rows += answer.body.rows.length;
    cursor = answer.body.cursor;
    if (!answer.body.hasMore) return { rows, pageBytes, pageMs };
  }
}

async function pullPhase(server: BenchServer, pulls: number) {
  const postgres = watchPostgresMemory(server.database);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: pulls }, (_, index) =>
      pullEverything(server, server.agents[index % server.agents.length]!.token),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const postgresBackendsPeakAnonMB = postgres.stop();
  const { maxRssMB } = await server.request<'state'>({ type: 'state' });
  const bytes = results.flatMap((result) => result.pageBytes);
  const ms = results.flatMap((result) => result.pageMs);
  const totalBytes = bytes.reduce((sum, size) => sum + size, 0);
  return {
    desks: pulls,
    rowsEach: results.map((result) => result.rows),
    pagesEach: results[0]!.pageBytes.length,
    totalMB: round(totalBytes / MB),
    seconds: round(seconds, 2),
    mbPerSecond: round(totalBytes / MB / seconds),
    largestPageMB: round(Math.max(...bytes) / MB, 2),
    pageAnswerMs: { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) },
    serverPeakRssMBSoFar: maxRssMB,
    ...(postgresBackendsPeakAnonMB !== null && { postgresBackendsPeakAnonMB }),
  };
}

async function measure(kind: StorageKind, pushes: MutationInput[][]) {
  const server = await startBenchServer(kind, CONCURRENT_PULLS);
  try {
    const seeded = await seed(server, pushes);
    const seeding = await server.restart();
    const started = await server.request<'state'>({ type: 'state' });
    const one = await pullPhase(server, 1);
    const six = await pullPhase(server, CONCURRENT_PULLS);
    const { maxRssMB } = await server.close();
    return {
      storage: kind,
      seeded: { ...seeded, serverPeakRssMB: seeding.maxRssMB },
      serverRssMBBeforePulls: started.maxRssMB,
      pulls: [one, six],
      serverPeakRssMB: maxRssMB,
      underTarget: maxRssMB < 400,
    };
  } catch (error) {
    await server.close().catch(() => undefined);
    throw error;
  }
}

const loadAtStart = loadavg()[0]!;
const { kinds, postgresSkipped } = benchStorages('sync-pull-bytes');
const pushes = bigOrderPushes(TARGET_BYTES);
const rowBytes = pushes.flat().reduce((sum, push) => sum + Buffer.byteLength(JSON.stringify(push.args)), 0);
const results = [];
for (const kind of kinds) results.push(await measure(kind, pushes));

console.log(
  JSON.stringify(
    {
      bench: 'sync-pull-bytes',
      machine: { cores: availableParallelism(), loadAverage1mAtStart: round(loadAtStart, 2) },
      rows: pushes.flat().length,
      rowsMB: round(rowBytes / MB),
      pageCap: { rows: PULL_PAGE.max, maxBytesMB: round(PULL_PAGE.maxBytes / MB, 2) },
      target: 'serverPeakRssMB < 400: the peak RSS of a server process that served only the pulls',
      timed:
        'pulls: one desk pulling everything from 0, then six desks at once; serverPeakRssMB covers both; postgresBackendsPeakAnonMB is the summed anonymous RSS of the bench database backends at its peak',
      ...(postgresSkipped && { postgres: { measured: false, reason: postgresSkipped } }),
      results,
    },
    null,
    2,
  ),
);
