/**
 * Sync push (issue 6 "Numbers"): one desk pushes 50,000 realistic mutations (orders.put,
 * orders.patch of remark + flag, inquiries.put, phrase_usages.put) to the sync server over real
 * HTTP, in batches of 100 (the protocol's limit), one after the other as one client does. Side by
 * side on PostgreSQL and on the embedded PGlite, and in the same run on the same database: the
 * floor, the same payloads written by plain 100-row INSERTs, and push/floor (goal ≥ 25 %).
 * The server runs in its own process (bench/support/sync-server-child.ts). Prints JSON.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { StorageKind } from '../server/database/storage';
import { TestDesk } from '../server/test-support/sync-client';
import { cpuSecondsSince, noOutcomes, percentile, round, tally } from './support/push-outcomes';
import { benchStorages, startBenchServer } from './support/sync-bench-server';
import { DESK_MIX, deskBatches, rowsAfter } from './support/sync-mutations';

const MUTATIONS = 50_000;
const BATCH = 100;
const BATCHES = MUTATIONS / BATCH;
const SEED = 20_261_124;
const GOAL_RATIO = 0.25;

async function measure(kind: StorageKind) {
  const server = await startBenchServer(kind, 1);
  try {
    const agent = server.agents[0]!;
    const batches = deskBatches(agent.agentId, BATCHES, SEED);
    const floor = await server.request<'floor'>({
      type: 'floor',
      agentId: agent.agentId,
      batches: BATCHES,
      seed: SEED,
      mix: DESK_MIX,
    });

    const desk = new TestDesk(server.url, agent.token);
    const outcomes = noOutcomes();
    const latencies: number[] = [];
    const before = await server.request<'state'>({ type: 'state' });
    const clientCpu = process.cpuUsage();
    const started = performance.now();
    for (const batch of batches) {
      const sent = performance.now();
      tally(outcomes, await desk.push(...batch));
      latencies.push(performance.now() - sent);
    }
    const pushMs = performance.now() - started;
    const clientCpuSeconds = cpuSecondsSince(clientCpu);
    const state = await server.request<'state'>({ type: 'state' });
    const validation = await server.request<'validation'>({
      type: 'validation',
      agentId: agent.agentId,
      batches: BATCHES,
      seed: SEED,
      mix: DESK_MIX,
    });

    const pushRate = MUTATIONS / (pushMs / 1000);
    const floorRate = floor.rows / (floor.ms / 1000);
    return {
      storage: kind,
      push: {
        mutations: MUTATIONS,
        pushes: BATCHES,
        seconds: round(pushMs / 1000, 2),
        mutationsPerSecond: Math.round(pushRate),
        latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
        outcomes,
        cpuSeconds: {
          desks: clientCpuSeconds,
          server: round(state.cpuSeconds - before.cpuSeconds, 2),
          serverParsingJson: round(validation.parseJsonMs / 1000, 2),
          serverValidating: round(validation.validateMs / 1000, 2),
        },
      },
      floor: {
        rows: floor.rows,
        statements: BATCHES,
        seconds: round(floor.ms / 1000, 2),
        rowsPerSecond: Math.round(floorRate),
      },
      pushToFloor: round(pushRate / floorRate, 3),
      goalMet: pushRate / floorRate >= GOAL_RATIO,
      server: {
        rows: state.rows,
        expectedRows: rowsAfter(BATCHES, DESK_MIX),
        version: state.maxVersion,
        ...(await server.close()),
      },
    };
  } catch (error) {
    await server.close().catch(() => undefined);
    throw error;
  }
}

const loadAtStart = loadavg()[0]!;
const { kinds, postgresSkipped } = benchStorages('sync-push');
const results = [];
for (const kind of kinds) results.push(await measure(kind));

console.log(
  JSON.stringify(
    {
      bench: 'sync-push',
      machine: { cores: availableParallelism(), loadAverage1mAtStart: round(loadAtStart, 2) },
      mix: DESK_MIX,
      batchSize: BATCH,
      floorIs:
        'the same payloads as jsonb, 100 rows per multi-row INSERT, one commit each, into a table with the columns of the server rows table and no keys, in the same database, before the pushes',
      goal: { pushToFloorAtLeast: GOAL_RATIO },
      ...(postgresSkipped && { postgres: { measured: false, reason: postgresSkipped } }),
      results,
    },
    null,
    2,
  ),
);
