/**
 * The migration that last (re)created the outbox triggers: a schema change adds a new
 * `…_sync_outbox_triggers` migration holding the regenerated SQL, the older ones stay as they were.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function latestTriggerMigration(migrationsFolder: string): string {
  const found = readdirSync(migrationsFolder)
    .filter((name) => name.endsWith('_sync_outbox_triggers.sql'))
    .sort();
  const last = found.at(-1);
  if (!last) throw new Error(`no *_sync_outbox_triggers.sql migration in ${migrationsFolder}`);
  return join(migrationsFolder, last);
}
