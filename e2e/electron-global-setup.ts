/**
 * Before the `electron` project runs, better-sqlite3 must exist in its Electron-ABI build
 * (node_modules/.kefu-native, see scripts/native-abi.ts), exactly as `npm start` prepares it.
 * Runs only when that project is selected and the Electron binary is installed; elsewhere the
 * electron specs skip themselves loudly (e2e/app-fixture.ts) and nothing is built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

export const ELECTRON_PROJECT = 'electron';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The Electron binary's path, or null where `ELECTRON_SKIP_BINARY_DOWNLOAD` left it out. */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as string;
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The `--project` filters on the command line (`--project a b`, `--project=a`), or null for all. */
function projectFilters(argv: readonly string[]): string[] | null {
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--project=')) filters.push(arg.slice('--project='.length));
    else if (arg === '--project')
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) filters.push(argv[++i]!);
  }
  return filters.length > 0 ? filters : null;
}

/** Playwright's own matching: case-insensitive, `*` as a wildcard. */
function matches(filter: string, name: string): boolean {
  const pattern = filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${pattern}$`, 'i').test(name);
}

export function electronProjectWillRun(config: FullConfig, argv: readonly string[]): boolean {
  if (!config.projects.some((project) => project.name === ELECTRON_PROJECT)) return false;
  const filters = projectFilters(argv);
  return filters === null || filters.some((filter) => matches(filter, ELECTRON_PROJECT));
}

export default function globalSetup(config: FullConfig): void {
  if (!electronProjectWillRun(config, process.argv) || electronBinary() === null) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const run = spawnSync(npx, ['tsx', 'scripts/native-abi.ts', 'electron'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    throw new Error(
      `scripts/native-abi.ts electron failed (exit ${run.status ?? run.signal}); the electron project needs better-sqlite3 built for Electron`,
    );
  }
}
