/**
 * zod schemas of a synced row as it travels (SQLite column names and values: text, integer,
 * null), built from the generated column list so client and server validate the same shape.
 */
import { z } from 'zod';
import { SYNC_COLUMNS } from './sync-columns.generated';
import type { SyncTable } from './sync-tables';

type ColumnSpec = { type: 'text' | 'integer'; notNull: boolean; enum?: readonly string[] };

/** Row fields the server owns; a client never sets them. */
export const SERVER_COLUMNS = ['shop_id', 'version'] as const;

function columnSchema(spec: ColumnSpec): z.ZodType {
  const base =
    spec.type === 'integer'
      ? z.number().int().safe()
      : spec.enum
        ? z.enum(spec.enum as [string, ...string[]])
        : z.string().max(100_000);
  return spec.notNull ? base : base.nullable();
}

function build(table: SyncTable) {
  const columns = SYNC_COLUMNS[table] as Record<string, ColumnSpec>;
  const shape = Object.fromEntries(
    Object.entries(columns)
      .filter(([name]) => !(SERVER_COLUMNS as readonly string[]).includes(name))
      .map(([name, spec]) => [name, columnSchema(spec)]),
  );
  const full = z.strictObject(shape);
  return { full, patch: full.partial().omit({ id: true }) };
}

const SCHEMAS = Object.fromEntries(
  (Object.keys(SYNC_COLUMNS) as SyncTable[]).map((table) => [table, build(table)]),
) as Record<SyncTable, ReturnType<typeof build>>;

/** A whole row, as a `put` carries it (without the server's shop_id and version). */
export const rowSchema = (table: SyncTable) => SCHEMAS[table].full;

/** Some columns of a row, as a `patch` carries them (never its id). */
export const patchSchema = (table: SyncTable) => SCHEMAS[table].patch;

export const columnNames = (table: SyncTable): string[] => Object.keys(SYNC_COLUMNS[table]);
