// `npm run server` (and the console's e2e) run this first: builds the supervisor console into
// out/console when there is no build or a file it was made from changed since, as bin/built-cli.js
// decides for the CLIs. So a fresh clone serves the sign-in page at `/` with no other setup.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../bin/built-cli.js';

const root = new URL('../', import.meta.url);
// CONSOLE_BUILD_DIR of server/console/console-build.ts, which plain Node cannot import;
// server/console/console-build.test.ts keeps the two equal.
const outDir = 'out/console';

if (!buildIsCurrent(root, outDir)) {
  console.log('kefu: building the supervisor console (vite build -c vite.console.config.ts)…');
  const windows = process.platform === 'win32';
  const vite = join(fileURLToPath(root), 'node_modules', '.bin', windows ? 'vite.cmd' : 'vite');
  const run = spawnSync(vite, ['build', '-c', 'vite.console.config.ts'], {
    cwd: fileURLToPath(root),
    stdio: 'inherit',
    shell: windows,
  });
  if (run.status !== 0) {
    console.error('kefu: the console build failed; `npm install` installs vite (a dev dependency).');
    process.exit(run.status ?? 1);
  }
}
