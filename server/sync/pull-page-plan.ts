/**
 * Where a pull page ends, decided before any row is read out: whole versions from the cursor,
 * taken while the page has fewer rows than asked for and the next version still fits within the
 * byte cap. The first version is taken however large: a version is one push (at most
 * PUSH_LIMITS.maxMutations rows, each within the field limits), and splitting it would put the
 * cursor inside a push.
 *
 * Versions are read a stretch at a time, each stretch a range of version numbers on the
 * (shop_id, version) index, so a step costs what its stretch holds whatever plan the database
 * picks (PGlite keeps no statistics: given the rest of the shop at once it sorted all of it on
 * disk for every page). Each version comes as its row count and bytes, counted by the database:
 * a row stored uncompressed counts its stored size (about its JSON length, known without
 * printing it: printing every row's JSON twice, here and for the answer, cost a third of a first
 * sync's database time), a compressed one its JSON length (its stored size would hide it).
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows } from '../database/schema';
import type { ServerDb } from '../database/storage';

type Tx = Parameters<Parameters<ServerDb['transaction']>[0]>[0];

/** What a row adds to the answer besides its data: table, id, version, tombstone, punctuation. */
const ROW_ENVELOPE_BYTES = 100;
/** Versions in the first stretch; later ones hold about what the room left takes. */
const FIRST_STRETCH = 32;
const LONGEST_STRETCH = 1024;

const rowBytes = sql`case when pg_column_compression(${rows.data}) is null
  then pg_column_size(${rows.data}) else octet_length(${rows.data}::text) end`;

export type PagePlan =
  /** Rows up to `through` make the page; more readable rows follow it. */
  | { hasMore: true; through: number }
  /** Everything readable after the cursor fits. */
  | { hasMore: false };

type VersionSize = { version: number; rows: number; bytes: number };

async function versionSizes(tx: Tx, readable: SQL | undefined): Promise<VersionSize[]> {
  // Both drivers (node-postgres, PGlite) answer raw SQL with `rows`.
  const result = (await tx.execute(
    sql`select ${rows.version} as version, count(*)::int as rows,
          (sum(${rowBytes}) + count(*) * ${ROW_ENVELOPE_BYTES})::float8 as bytes
        from ${rows} where ${readable}
        group by ${rows.version} order by ${rows.version}`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map((row) => ({
    version: Number(row.version),
    rows: Number(row.rows),
    bytes: Number(row.bytes),
  }));
}

export async function planPage(
  tx: Tx,
  /** The caller's readable rows of the versions after `after` up to `upTo`. */
  readable: (after: number, upTo: number) => SQL | undefined,
  since: number,
  upTo: number,
  limit: number,
  maxBytes: number,
): Promise<PagePlan> {
  let through = since;
  let scanned = since;
  let pageRows = 0;
  let pageBytes = 0;
  let stretch = FIRST_STRETCH;
  while (scanned < upTo) {
    const end = Math.min(upTo, scanned + stretch);
    for (const next of await versionSizes(tx, readable(scanned, end))) {
      if (pageRows > 0 && (pageRows >= limit || pageBytes + next.bytes > maxBytes))
        return { hasMore: true, through };
      through = next.version;
      pageRows += next.rows;
      pageBytes += next.bytes;
    }
    scanned = end;
    // Nothing readable yet: a longer stretch. Else about the room left at the rows and bytes
    // per version number so far, and one more to see where the page ends.
    const seen = scanned - since;
    const room = Math.min(
      (maxBytes - pageBytes) / (pageBytes / seen),
      (limit - pageRows) / (pageRows / seen),
    );
    stretch = pageRows === 0 ? stretch * 2 : Math.min(LONGEST_STRETCH, Math.max(1, Math.ceil(room)) + 1);
  }
  return { hasMore: false };
}
