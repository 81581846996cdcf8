/**
 * Order import (issue 4 "Numbers"): 100,000 generated Taobao-layout rows, GBK, imported end to end
 * into a fresh database file, each scenario in its own process (bench/support/order-import-desk.ts).
 * The target is the import as the agent runs it through the contract: the file in pieces, the dry
 * run, the write, on a desk of its own. The order service's write alone, and the dialog's import
 * on a desk bound to a server (every row also queued for sync), are measured beside it. Also reports the event loop's longest
 * stall, measured with `perf_hooks.monitorEventLoopDelay`: the process serving the hotkey must
 * stay responsive. Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ImportScenario } from './support/order-import-desk';

const TARGETS = { totalSeconds: 5, maxStallMs: 50 };
const desk = fileURLToPath(new URL('./support/order-import-desk.ts', import.meta.url));

function run(scenario: ImportScenario): Record<string, number | string> {
  const child = spawnSync(process.execPath, ['--import', 'tsx', desk], {
    env: { ...process.env, KEFU_BENCH_IMPORT: scenario },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`order import bench (${scenario}) failed: ${child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number | string>;
}

const ui = run('dialog');
const writeOnly = run('writeOnly');
const bound = run('bound');
const pass =
  Number(ui.totalSeconds) <= TARGETS.totalSeconds &&
  Number(ui.eventLoopStallMaxMs) <= TARGETS.maxStallMs &&
  ui.ordersStored === ui.rows;
console.log(
  JSON.stringify(
    {
      bench: 'order-import',
      targets: TARGETS,
      pass,
      dialog: ui,
      writeOnly,
      boundToServer: bound,
    },
    null,
    2,
  ),
);
