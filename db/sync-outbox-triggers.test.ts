import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from './open-database';
import { latestTriggerMigration } from './latest-trigger-migration';
import { syncOutboxTriggerSql } from './sync-outbox-triggers';

describe('outbox trigger migration', () => {
  // A column added to a synced table changes the generated column list (its own test), so the
  // triggers generated from it no longer match the migration until a new one is written.
  it('holds exactly the triggers generated from the synced tables (after a schema change: `npx drizzle-kit generate --custom --name sync_outbox_triggers`, then `npx tsx scripts/generate-sync-triggers.ts`)', () => {
    const migration = latestTriggerMigration(defaultMigrationsFolder());
    expect(readFileSync(migration, 'utf8')).toBe(syncOutboxTriggerSql());
  });
});
