import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syncColumnsSource } from './sync-columns-source';

describe('common/sync/sync-columns.generated.ts', () => {
  it('matches the drizzle schema (run `npx tsx scripts/generate-sync-columns.ts` after a schema change)', () => {
    const path = fileURLToPath(new URL('../common/sync/sync-columns.generated.ts', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(syncColumnsSource());
  });
});
