/** Wires the core services over one opened database; every shell builds exactly this. */
import type { OpenedDatabase } from '../../db/open-database';
import type { Clock } from './clock';
import { newId as defaultNewId } from './new-id';
import type { ShellPort } from './platform/shell-port';
import { createSettingsService } from './settings/settings-service';

export interface CoreDeps {
  database: OpenedDatabase;
  clock: Clock;
  shell: ShellPort;
  dataDir: string;
  appVersion: string;
  newId?: () => string;
}

export function createCoreServices(deps: CoreDeps) {
  const { db } = deps.database;
  const settings = createSettingsService({ db, clock: deps.clock, newId: deps.newId ?? defaultNewId });
  return {
    settings,
    shell: deps.shell,
    appInfo: () => ({
      appVersion: deps.appVersion,
      schemaVersion: deps.database.schemaVersion,
      dataDir: deps.dataDir,
      shell: deps.shell.kind,
      hotkeys: deps.shell.hotkeys(),
    }),
  };
}

export type CoreServices = ReturnType<typeof createCoreServices>;
