/**
 * Where a pull page ends, decided before any row is read out: whole versions from the cursor,
 * taken while the page has fewer rows than asked for and the next version still fits within the
 * byte cap. The first version is taken however large: a version is one push (at most
 * PUSH_LIMITS.maxMutations rows, each within the field limits), and splitting it would put the
 * cursor inside a push. Versions are read from the (shop_id, version) index a few at a time,
 * each as its row count and bytes, counted by the database: a row stored uncompressed counts its
 * stored size (about its JSON length, known without printing it: printing every row's JSON
 * twice, here and for the answer, cost a third of a first sync's database time), a compressed
 * one its JSON length (its stored size would hide what it is).
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows } from '../database/schema';
import type { ServerDb } from '../database/storage';

type Tx = Parameters<Parameters<ServerDb['transaction']>[0]>[0];

/** What a row adds to the answer besides its data: table, id, version, tombstone, punctuation. */
const ROW_ENVELOPE_BYTES = 100;
/** Versions read in the first step; later steps ask for about as many as the room left holds. */
const FIRST_STEP = 32;

const rowBytes = sql`case when pg_column_compression(${rows.data}) is null
  then pg_column_size(${rows.data}) else octet_length(${rows.data}::text) end`;
const LARGEST_STEP = 1024;

export type PagePlan =
  /** Rows up to `through` make the page; more readable rows follow it. */
  | { hasMore: true; through: number }
  /** Everything readable after the cursor fits. */
  | { hasMore: false };

type VersionSize = { version: number; rows: number; bytes: number };

export async function planPage(
  tx: Tx,
  /** The caller's readable rows after a version (the window up to the shop's version). */
  after: (version: number) => SQL | undefined,
  since: number,
  limit: number,
  maxBytes: number,
): Promise<PagePlan> {
  let through = since;
  let taken = 0;
  let pageRows = 0;
  let pageBytes = 0;
  let step = FIRST_STEP;
  for (;;) {
    // Both drivers (node-postgres, PGlite) answer raw SQL with `rows`.
    const result = (await tx.execute(
      sql`select ${rows.version} as version, count(*)::int as rows,
            (sum(${rowBytes}) + count(*) * ${ROW_ENVELOPE_BYTES})::float8 as bytes
          from ${rows} where ${after(through)}
          group by ${rows.version} order by ${rows.version} limit ${step}`,
    )) as unknown as { rows: Record<string, unknown>[] };
    const versions = result.rows.map((row): VersionSize => ({
      version: Number(row.version),
      rows: Number(row.rows),
      bytes: Number(row.bytes),
    }));
    for (const next of versions) {
      if (pageRows > 0 && (pageRows >= limit || pageBytes + next.bytes > maxBytes))
        return { hasMore: true, through };
      through = next.version;
      taken += 1;
      pageRows += next.rows;
      pageBytes += next.bytes;
    }
    if (versions.length < step) return { hasMore: false };
    // One more than the room left holds at the average version so far, to see where it ends.
    const room = Math.min(
      (maxBytes - pageBytes) / (pageBytes / taken),
      (limit - pageRows) / (pageRows / taken),
    );
    step = Math.min(LARGEST_STEP, Math.max(1, Math.ceil(room)) + 1);
  }
}
