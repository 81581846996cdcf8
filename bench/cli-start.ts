/**
 * How long the `kefu` command line takes to start (issue 14, item 15), against the start of Node
 * itself, measured side by side: each round runs `node -e 0`, `kefu --help` and `kefu phrases
 * search fh` (on a set-up desk with the default phrase pack) in turn, so load on the machine falls
 * on all three alike. Medians over the rounds and their ratios to `node -e 0`; goals ≤ 6× and
 * ≤ 10×. Measures the built CLI (bin/kefu.js runs out/cli when it is current): the CLI bundle is
 * built first when it is missing or older than its sources. Prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../bin/built-cli.js';
import { setUpShop } from '../electron/cli/cli-test-harness';

const ROUNDS = 15;
const WARM_UP = 2;
const GOALS = { help: 6, search: 10 };

const root = fileURLToPath(new URL('../', import.meta.url));

if (!buildIsCurrent()) {
  const vite = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
  spawnSync(vite, ['build', '-c', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
  if (!buildIsCurrent())
    throw new Error('out/cli is not current after building it: a source changed meanwhile');
}

const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-cli-'));
setUpShop(dataDir);
const kefu = join(root, 'bin', 'kefu.js');
const COMMANDS = {
  node: ['-e', '0'],
  help: [kefu, '--help'],
  search: [kefu, '--data-dir', dataDir, 'phrases', 'search', 'fh'],
} as const;
type Name = keyof typeof COMMANDS;

function timeOnce(name: Name): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, COMMANDS[name], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${name} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const names = Object.keys(COMMANDS) as Name[];
const samples: Record<Name, number[]> = { node: [], help: [], search: [] };
for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
  // Each round starts with another command, so none is always the one after a cold cache.
  for (let i = 0; i < names.length; i += 1) {
    const name = names[(round + i) % names.length]!;
    const ms = timeOnce(name);
    if (round >= WARM_UP) samples[name].push(ms);
  }
}

const medians = Object.fromEntries(names.map((name) => [name, +median(samples[name]).toFixed(1)])) as Record<
  Name,
  number
>;
const ratio = (name: 'help' | 'search') => +(medians[name] / medians.node).toFixed(2);
console.log(
  JSON.stringify(
    {
      bench: 'cli-start',
      rounds: ROUNDS,
      node: process.version,
      medianMs: { nodeE0: medians.node, kefuHelp: medians.help, kefuPhrasesSearchFh: medians.search },
      ratio: { kefuHelp: ratio('help'), kefuPhrasesSearchFh: ratio('search') },
      goal: { kefuHelp: GOALS.help, kefuPhrasesSearchFh: GOALS.search },
      met: { kefuHelp: ratio('help') <= GOALS.help, kefuPhrasesSearchFh: ratio('search') <= GOALS.search },
    },
    null,
    2,
  ),
);
