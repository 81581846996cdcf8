/** Shared by the CLI tests: run the real `kefu` bin, and prepare a set-up shop for it. */
import { spawn, spawnSync } from 'node:child_process';
import { openDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { databaseFile } from '../core/data-dir';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';

const IN_CHINESE = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** Runs the real `kefu` bin in a child process, as a supervisor's script would, in Chinese. */
export function kefu(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/kefu.js', '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...IN_CHINESE },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** `kefu` without blocking this process: for a server the test serves itself meanwhile. */
export function kefuAsync(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/kefu.js', '--data-dir', dataDir, ...args], {
      env: { ...process.env, ...IN_CHINESE },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** First-run setup done in `dataDir`; the caller closes the database when it has added its rows. */
export function openSetUpShop(dataDir: string, now: () => number = () => 1) {
  const database = openDatabase({ file: databaseFile(dataDir) });
  const core = createCoreServices({
    database,
    clock: { now },
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir,
    appVersion: 'test',
  });
  core.settings.save(SAMPLE_SETTINGS);
  return { database, core };
}

export function setUpShop(dataDir: string): void {
  openSetUpShop(dataDir).database.close();
}
