/**
 * Order import (issue 4 "Numbers", issue 14 item 20): 100,000 generated Taobao-layout rows, GBK,
 * imported end to end into a fresh database file, each scenario in its own process
 * (bench/support/order-import-desk.ts). The target is the import as the agent runs it through the
 * contract: the file in pieces, the dry run, the write, on a desk of its own. The order service's
 * write alone, and the dialog's import on a desk bound to a server (every row also queued for
 * sync), are measured beside it. Also reports the event loop's longest stall, measured with
 * `perf_hooks.monitorEventLoopDelay`: the process serving the hotkey must stay responsive.
 *
 * The target is a ratio, not a wall time: the same file decoded, parsed and written with plain
 * prepared INSERTs in one transaction (bench/support/order-import-floor.ts) is measured in the
 * same run, on the same machine under the same load. Goal: the dialog's import within 1.5× that
 * floor, the serving thread never stalled over 50 ms. `BENCH_ROUNDS` rounds (3 by default), each
 * running every scenario once, in an order rotated per round; medians, per-round ratios, and the
 * worst stall. Prints one JSON object.
 */
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ImportScenario } from './support/order-import-desk';

type Scenario = ImportScenario | 'floor';
type Result = Record<string, unknown> & { totalSeconds: number; rows: number; ordersStored: number };

const GOAL = { dialogToFloor: 1.5, maxStallMs: 50 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SCENARIOS: Scenario[] = ['floor', 'dialog', 'writeOnly', 'bound'];
const desk = fileURLToPath(new URL('./support/order-import-desk.ts', import.meta.url));
const floor = fileURLToPath(new URL('./support/order-import-floor.ts', import.meta.url));
const idleLoop = fileURLToPath(new URL('./support/idle-event-loop.ts', import.meta.url));

function run(scenario: Scenario): Result {
  const child = spawnSync(process.execPath, ['--import', 'tsx', scenario === 'floor' ? floor : desk], {
    env: { ...process.env, KEFU_BENCH_IMPORT: scenario },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`order import bench (${scenario}) failed: ${child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result;
}

/** The floor, with an idle process measuring its own event loop beside it (idle-event-loop.ts). */
async function runFloor(): Promise<Result> {
  const sampler = spawn(process.execPath, ['--import', 'tsx', idleLoop], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let sampled = '';
  sampler.stdout.on('data', (chunk: Buffer) => (sampled += chunk.toString()));
  const exited = new Promise((resolve) => sampler.on('exit', resolve));
  // Started (tsx loaded) before the floor's clock: give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = run('floor');
  sampler.stdin.end();
  await exited;
  const idle = JSON.parse(sampled.trim()) as Record<string, number>;
  return {
    ...result,
    idleProcessStallMaxMs: idle.eventLoopStallMaxMs,
    idleProcessStallP99Ms: idle.eventLoopStallP99Ms,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

const rounds: Record<Scenario, Result>[] = [];
const loadBefore = loadavg().map(round2);
for (let r = 0; r < ROUNDS; r += 1) {
  const results: Partial<Record<Scenario, Result>> = {};
  for (let i = 0; i < SCENARIOS.length; i += 1) {
    const scenario = SCENARIOS[(i + r) % SCENARIOS.length]!;
    results[scenario] = scenario === 'floor' ? await runFloor() : run(scenario);
  }
  rounds.push(results as Record<Scenario, Result>);
}
const loadAfter = loadavg().map(round2);

const seconds = (scenario: Scenario) => rounds.map((round) => round[scenario].totalSeconds);
const ratios = (scenario: Scenario) =>
  rounds.map((round) => round2(round[scenario].totalSeconds / round.floor.totalSeconds));
const stalls = rounds.map((round) => Number(round.dialog.eventLoopStallMaxMs));
const medians = Object.fromEntries(SCENARIOS.map((s) => [s, round2(median(seconds(s)))])) as Record<
  Scenario,
  number
>;
const dialogToFloor = round2(medians.dialog / medians.floor);
const worstStallMs = Math.max(...stalls);
const complete = rounds.every((round) => SCENARIOS.every((s) => round[s].ordersStored === round[s].rows));
const pass = dialogToFloor <= GOAL.dialogToFloor && worstStallMs <= GOAL.maxStallMs && complete;

console.log(
  JSON.stringify(
    {
      bench: 'order-import',
      goal: GOAL,
      pass,
      rounds: ROUNDS,
      loadAverage: { before: loadBefore, after: loadAfter },
      medianSeconds: medians,
      ratios: {
        dialogToFloor,
        writeOnlyToFloor: round2(medians.writeOnly / medians.floor),
        boundToFloor: round2(medians.bound / medians.floor),
        perRound: { dialogToFloor: ratios('dialog'), writeOnlyToFloor: ratios('writeOnly') },
      },
      seconds: Object.fromEntries(SCENARIOS.map((s) => [s, seconds(s)])),
      eventLoopStallMaxMs: {
        dialog: stalls,
        writeOnly: rounds.map((round) => Number(round.writeOnly.eventLoopStallMaxMs)),
        bound: rounds.map((round) => Number(round.bound.eventLoopStallMaxMs)),
      },
      eventLoopStallP99Ms: { dialog: rounds.map((round) => Number(round.dialog.eventLoopStallP99Ms)) },
      idleProcessBesideFloor: {
        stallMaxMs: rounds.map((round) => Number(round.floor.idleProcessStallMaxMs)),
        stallP99Ms: rounds.map((round) => Number(round.floor.idleProcessStallP99Ms)),
      },
      allRowsStored: complete,
      runs: rounds,
    },
    null,
    2,
  ),
);
