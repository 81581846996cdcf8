/**
 * A desk for a benchmark: a fresh SQLite file in its own temporary folder with every core service
 * over it, set up like first run (SAMPLE_SETTINGS). `close()` stops the import thread, closes the
 * file and removes the folder: a desk holding 100,000 orders is over 100 MB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import type { Clock } from '../../electron/core/clock';
import { createCoreServices, type CoreDeps } from '../../electron/core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../../electron/core/platform/headless-shell';
import { createMemoryNotifier } from '../../electron/core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../../electron/core/test-support/sample-settings';

export interface BenchDeskOptions {
  clock?: Clock;
  appVersion?: string;
  syncTransport?: CoreDeps['syncTransport'];
}

export function openBenchDesk(name: string, options: BenchDeskOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), `kefu-bench-${name}-`));
  const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
  const core = createCoreServices({
    database,
    clock: options.clock ?? { now: () => Date.now() },
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir: dir,
    appVersion: options.appVersion ?? 'bench',
    ...(options.syncTransport ? { syncTransport: options.syncTransport } : {}),
  });
  core.settings.save(SAMPLE_SETTINGS);
  return {
    dir,
    database,
    core,
    close: async () => {
      await core.orders.stopImports();
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
