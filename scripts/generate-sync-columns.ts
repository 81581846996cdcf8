/** Writes common/sync/sync-columns.generated.ts from the drizzle schema (`npx tsx scripts/generate-sync-columns.ts`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syncColumnsSource } from './sync-columns-source';

const target = fileURLToPath(new URL('../common/sync/sync-columns.generated.ts', import.meta.url));
writeFileSync(target, syncColumnsSource());
console.log(`wrote ${target}`);
