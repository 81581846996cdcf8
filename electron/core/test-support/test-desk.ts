/**
 * One shop's desk for tests: a fresh SQLite file in its own folder with every core service over
 * it, set up like first-run (SAMPLE_SETTINGS, optionally another role). The file is closed and the
 * folder removed after each test of the file that imports this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import type { Clock } from '../clock';
import { createCoreServices, type CoreDeps } from '../core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../platform/headless-shell';
import type { Notifier } from '../platform/notifier';
import type { PasteInjector } from '../platform/paste-injector';
import { createMemoryNotifier } from './memory-notifier';
import { SAMPLE_SETTINGS } from './sample-settings';

const opened: { database: OpenedDatabase; dir: string }[] = [];

afterEach(() => {
  for (const { database, dir } of opened.splice(0)) {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

export interface TestDeskOptions {
  clock: Clock;
  /** Names the temporary folder, so a leftover one says which test made it. */
  prefix?: string;
  notifier?: Notifier;
  injector?: PasteInjector;
  /** Null leaves the shop before first-run setup. */
  role?: 'agent' | 'supervisor' | null;
  /** What the sync engine tells a server; 'test' is outside any server's range. */
  appVersion?: string;
  /** An existing folder: a second desk over the same file, as after a restart. */
  dir?: string;
  /** Replaces the sync engine's HTTP transport (a server that lacks a route, a faulty network). */
  syncTransport?: CoreDeps['syncTransport'];
}

export function openTestDesk({
  clock,
  prefix = 'kefu-test-',
  notifier = createMemoryNotifier(),
  injector = HEADLESS_INJECTOR,
  role = 'agent',
  appVersion = 'test',
  dir: reopen,
  syncTransport,
}: TestDeskOptions) {
  const dir = reopen ?? mkdtempSync(join(tmpdir(), prefix));
  const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
  opened.push({ database, dir });
  const core = createCoreServices({
    database,
    clock,
    shell: HEADLESS_SHELL,
    injector,
    notifier,
    dataDir: dir,
    appVersion,
    ...(syncTransport ? { syncTransport } : {}),
  });
  if (role && !reopen) core.settings.save({ ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role } });
  const count = (table: string) =>
    database.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
  return { dir, database, core, count };
}
