// `npm test`: every check in one run. Each step streams its own output; a failing step does not
// stop the others, so one run shows every failure. Ends with a summary table and the line
// `kefu: N passed, N failed, N skipped`, and exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, playwrightCounts, stepOutcome, vitestCounts } from './test-report.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'kefu-test-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');

const steps = [
  { name: 'native-abi (node)', bin: 'tsx', args: ['scripts/native-abi.ts', 'node'] },
  { name: 'typecheck', bin: 'tsc', args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', bin: 'eslint', args: ['.'] },
  { name: 'format', bin: 'prettier', args: ['--check', '.'] },
  // Before the unit tests: the CLI tests spawn bin/kefu.js, which runs the built CLI when it is
  // current (bin/built-cli.js), so they test what operators run and start in a fraction of tsx's time.
  { name: 'build', bin: 'electron-vite', args: ['build'] },
  { name: 'build (cli)', bin: 'vite', args: ['build', '-c', 'vite.cli.config.ts'] },
  // The supervisor console that kefu-server serves at / (the console's e2e signs in to it).
  { name: 'build (console)', bin: 'vite', args: ['build', '-c', 'vite.console.config.ts'] },
  {
    name: 'unit (vitest)',
    bin: 'vitest',
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    report: vitestReport,
    count: vitestCounts,
  },
  {
    name: 'e2e (playwright)',
    bin: 'playwright',
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    report: playwrightReport,
    count: playwrightCounts,
  },
];

function run(step) {
  const windows = process.platform === 'win32';
  const bin = join(projectRoot, 'node_modules', '.bin', windows ? `${step.bin}.cmd` : step.bin);
  return new Promise((resolve) => {
    const child = spawn(bin, step.args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
      shell: windows,
    });
    child.on('error', (error) => {
      console.error(`kefu: could not start ${step.bin}: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
}

function readCounts(step) {
  if (!existsSync(step.report)) return null;
  try {
    return step.count(JSON.parse(readFileSync(step.report, 'utf8')));
  } catch (error) {
    console.error(`kefu: unreadable ${step.name} report ${step.report}: ${error.message}`);
    return null;
  }
}

const rows = [];
for (const step of steps) {
  console.log(`\n━━ kefu: ${step.name} ━━ ${step.bin} ${step.args.join(' ')}`);
  const started = performance.now();
  const exitCode = await run(step);
  const seconds = (performance.now() - started) / 1000;
  const runsTests = Boolean(step.report);
  const outcome = stepOutcome({ exitCode, counts: runsTests ? readCounts(step) : null, runsTests });
  rows.push({ name: step.name, seconds, runsTests, ...outcome });
}
rmSync(reports, { recursive: true, force: true });

console.log(`\n${formatSummary(rows)}`);
process.exitCode = rows.some((row) => row.status === 'failed') ? 1 : 0;
