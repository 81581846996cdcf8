/**
 * One set-based SQL statement over the synced rows, answered as plain records: both drivers
 * (node-postgres, PGlite) answer raw SQL with `rows`. The console's figures are each one such
 * statement, so a shop's size costs the database, never a loop here.
 */
import type { SQL } from 'drizzle-orm';
import type { ServerDb } from '../../database/storage';

export async function queryRows<T extends Record<string, unknown>>(db: ServerDb, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A count or sum as a JS number (PostgreSQL answers bigint and numeric as strings). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
export const rateOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
