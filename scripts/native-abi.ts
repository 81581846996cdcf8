/**
 * `tsx scripts/native-abi.ts node|electron` — run before tests (node) and before `npm start` /
 * `npm run dev` (electron) so better-sqlite3 loads in that runtime without a manual rebuild.
 * Prints one line saying what was done and why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_CACHE_DIR, installedBetterSqliteVersion } from '../db/native-binding';
import { buildElectronBinding } from './build-electron-binding';
import { inspectElectronInstall } from './electron-install';
import { planNativeBinding, type NativeDecision, type NativeTarget } from './native-abi-plan';
import { probeNodeBuild } from './native-abi-probe';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

function say(line: string): void {
  console.log(`native-abi: ${line}`);
}

function shown(file: string): string {
  return relative(projectRoot, file);
}

function parseTarget(argv: string[]): NativeTarget {
  const target = argv[2];
  if (target === 'node' || target === 'electron') return target;
  console.error('usage: tsx scripts/native-abi.ts node|electron');
  process.exit(2);
}

function rebuildNode(decision: NativeDecision): void {
  say(`rebuilding better-sqlite3 for Node ${process.versions.node}: ${decision.reason}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const after = probeNodeBuild(projectRoot);
  if (run.status !== 0 || after.probe !== 'ok') {
    say(
      `npm rebuild better-sqlite3 did not produce a loadable Node build (${after.detail ?? `exit ${run.status}`})`,
    );
    process.exit(1);
  }
  say(`rebuilt ${shown(decision.file)} for Node ${process.versions.node}`);
}

async function buildElectron(
  decision: NativeDecision,
  electronVersion: string,
  electronExecutable: string,
): Promise<void> {
  say(`building better-sqlite3 for Electron ${electronVersion}, once per version: ${decision.reason}`);
  const started = Date.now();
  try {
    await buildElectronBinding({
      projectRoot,
      electronVersion,
      electronExecutable,
      arch: process.arch,
      destination: decision.file,
    });
  } catch (error) {
    say(`could not build better-sqlite3 for Electron ${electronVersion}: ${(error as Error).message}`);
    say('it needs either a prebuilt binary from GitHub or Electron headers from electronjs.org plus a C++');
    say(
      'toolchain (Python 3, make and g++ / Xcode / Visual Studio Build Tools); the Node build was not touched.',
    );
    process.exit(1);
  }
  say(`wrote ${shown(decision.file)} in ${Math.round((Date.now() - started) / 1000)} s`);
}

function explainElectronUnavailable(decision: NativeDecision): never {
  say(`cannot prepare Electron: ${decision.reason}.`);
  say('`npm start` and `npm run dev` need the Electron binary: run `npm install` without');
  say('ELECTRON_SKIP_BINARY_DOWNLOAD set. Without Electron, `npm run web` serves the same app in a browser.');
  process.exit(1);
}

async function main(): Promise<void> {
  const target = parseTarget(process.argv);
  const electron = inspectElectronInstall(projectRoot);
  const probe = probeNodeBuild(projectRoot);
  let betterSqliteVersion: string;
  try {
    betterSqliteVersion = installedBetterSqliteVersion(projectRoot);
  } catch (error) {
    say(`better-sqlite3 is not installed (${(error as Error).message}); run \`npm install\` first.`);
    process.exit(1);
  }
  const cacheDir = join(projectRoot, NATIVE_CACHE_DIR);
  const decision = planNativeBinding({
    target,
    projectRoot,
    electronVersion: electron.version,
    betterSqliteVersion,
    electronBinaryPresent: electron.executable !== null,
    platform: process.platform,
    arch: process.arch,
    nodeProbe: probe.probe,
    nodeProbeDetail: probe.detail,
    electronCacheFiles: existsSync(cacheDir) ? readdirSync(cacheDir) : [],
  });
  switch (decision.action) {
    case 'none':
      say(`nothing to do for ${target}: ${decision.reason} (${shown(decision.file)})`);
      return;
    case 'rebuild-node':
      rebuildNode(decision);
      return;
    case 'build-electron':
      if (electron.version && electron.executable)
        await buildElectron(decision, electron.version, electron.executable);
      return;
    case 'skip-electron-unavailable':
      explainElectronUnavailable(decision);
  }
}

await main();
