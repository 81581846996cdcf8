/**
 * Writes the outbox triggers into the latest `…_sync_outbox_triggers` migration
 * (`npx tsx scripts/generate-sync-triggers.ts`). After a change to a synced table: run
 * `npx drizzle-kit generate --custom --name sync_outbox_triggers` first, then this.
 */
import { writeFileSync } from 'node:fs';
import { defaultMigrationsFolder } from '../db/open-database';
import { latestTriggerMigration } from '../db/latest-trigger-migration';
import { syncOutboxTriggerSql } from '../db/sync-outbox-triggers';

const target = latestTriggerMigration(defaultMigrationsFolder());
writeFileSync(target, syncOutboxTriggerSql());
console.log(`wrote ${target}`);
