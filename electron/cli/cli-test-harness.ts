/** Shared by the CLI tests: run the real `kefu` bin, and prepare a set-up shop for it. */
import { spawnSync } from 'node:child_process';
import { openDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { databaseFile } from '../core/data-dir';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';

/** Runs the real `kefu` bin in a child process, as a supervisor's script would, in Chinese. */
export function kefu(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/kefu.js', '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
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
