/**
 * The floor a push cannot beat: the same rows written by plain multi-row INSERTs (100 rows a
 * statement, each its own commit as each push is) into a table with the columns of the server's
 * `rows` table and nothing else: no keys, no lookups, no validation, no HTTP. Each mutation
 * becomes one row carrying its payload as jsonb (a put's row, a patch's changed fields).
 */
import { count, sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { ServerDb } from '../../server/database/storage';
import type { MutationInput } from '../../server/test-support/sync-client';

const floorRows = pgTable('bench_floor_rows', {
  shopId: text('shop_id').notNull(),
  tableName: text('table_name').notNull(),
  id: text('id').notNull(),
  ownerId: text('owner_id'),
  version: bigint('version', { mode: 'number' }).notNull(),
  deletedAt: bigint('deleted_at', { mode: 'number' }),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
});

const payloadOf = (mutation: MutationInput): Record<string, unknown> =>
  mutation.name.endsWith('.patch') ? (mutation.args.fields as Record<string, unknown>) : mutation.args;

/** Inserts every batch as one statement; answers the wall time of the inserts alone. */
export async function insertFloor(
  db: ServerDb,
  shopId: string,
  batches: readonly MutationInput[][],
): Promise<{ rows: number; ms: number }> {
  await db.execute(
    sql.raw(`create table bench_floor_rows (shop_id text not null, table_name text not null, id text not null,
      owner_id text, version bigint not null, deleted_at bigint, data jsonb not null)`),
  );
  const statements = batches.map((batch, index) =>
    batch.map((mutation) => ({
      shopId,
      tableName: mutation.name.slice(0, mutation.name.indexOf('.')),
      id: String(mutation.args.id),
      ownerId: typeof mutation.args.owner_id === 'string' ? mutation.args.owner_id : null,
      version: index + 1,
      deletedAt: null,
      data: payloadOf(mutation),
    })),
  );
  const started = performance.now();
  for (const values of statements) await db.insert(floorRows).values(values);
  const ms = performance.now() - started;
  const [counted] = await db.select({ rows: count() }).from(floorRows);
  return { rows: counted!.rows, ms };
}
