/**
 * Concurrent sync pushes (issue 6 and issue 12 "Numbers"): 20, then 40 simulated agents of one
 * shop, each with its own token and clientId, push batches of 100 realistic mutations at the
 * same time, each desk one push after the other. Total throughput (mutations/s) and push latency p50/p99 as the desks see
 * it, on PostgreSQL and on the embedded PGlite in one run. One shop is the realistic case and the
 * hard one: every push of a shop takes the shop's version lock, so its pushes commit one at a
 * time. The server runs in its own process (bench/support/sync-server-child.ts). Prints JSON.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { StorageKind } from '../server/database/storage';
import { TestDesk } from '../server/test-support/sync-client';
import { cpuSecondsSince, noOutcomes, percentile, round, tally } from './support/push-outcomes';
import { benchStorages, startBenchServer } from './support/sync-bench-server';
import { DESK_MIX, deskBatches, rowsAfter } from './support/sync-mutations';

/** Desks pushing at once, one run each. */
const DESK_COUNTS = [20, 40];
const BATCHES_PER_AGENT = 25;
const BATCH = 100;
const SEED = 6_020;

async function measure(kind: StorageKind, agents: number) {
  const server = await startBenchServer(kind, agents);
  try {
    const desks = server.agents.map((agent, index) => ({
      desk: new TestDesk(server.url, agent.token),
      batches: deskBatches(agent.agentId, BATCHES_PER_AGENT, SEED + index),
    }));
    const outcomes = noOutcomes();
    const latencies: number[] = [];
    const before = await server.request<'state'>({ type: 'state' });
    const clientCpu = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      desks.map(async ({ desk, batches }) => {
        for (const batch of batches) {
          const sent = performance.now();
          tally(outcomes, await desk.push(...batch));
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const ms = performance.now() - started;
    const clientCpuSeconds = cpuSecondsSince(clientCpu);
    const state = await server.request<'state'>({ type: 'state' });
    const mutations = agents * BATCHES_PER_AGENT * BATCH;
    return {
      storage: kind,
      agents,
      mutations,
      pushes: latencies.length,
      seconds: round(ms / 1000, 2),
      mutationsPerSecond: Math.round(mutations / (ms / 1000)),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p99: round(percentile(latencies, 99)),
        max: round(Math.max(...latencies)),
      },
      outcomes,
      cpuSeconds: {
        desks: clientCpuSeconds,
        server: round(state.cpuSeconds - before.cpuSeconds, 2),
      },
      server: {
        rows: state.rows,
        expectedRows: agents * rowsAfter(BATCHES_PER_AGENT, DESK_MIX),
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
const { kinds, postgresSkipped } = benchStorages('sync-concurrent');
const results = [];
for (const kind of kinds) for (const agents of DESK_COUNTS) results.push(await measure(kind, agents));

console.log(
  JSON.stringify(
    {
      bench: 'sync-concurrent',
      machine: { cores: availableParallelism(), loadAverage1mAtStart: round(loadAtStart, 2) },
      shops: 1,
      pushesPerAgent: BATCHES_PER_AGENT,
      batchSize: BATCH,
      mix: DESK_MIX,
      ...(postgresSkipped && { postgres: { measured: false, reason: postgresSkipped } }),
      results,
    },
    null,
    2,
  ),
);
