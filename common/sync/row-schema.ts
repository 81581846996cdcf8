/**
 * zod schemas of a synced row as it travels (SQLite column names and values: text, integer,
 * null), built from the generated column list and the shared field limits, so client and server
 * validate the same shape. A refusal's message is one of FIELD_PROBLEMS, so both ends can say
 * what is wrong in their own words.
 */
import { z } from 'zod';
import { isStorableText } from '../text/stored-text';
import {
  ID_MAX_LENGTH,
  ID_PATTERN,
  isIdColumn,
  isNonNegativeColumn,
  isQuestionList,
  textLimit,
} from './field-limits';
import { SYNC_COLUMNS } from './sync-columns.generated';
import type { SyncTable } from './sync-tables';

type ColumnSpec = { type: 'text' | 'integer'; notNull: boolean; enum?: readonly string[] };

/** Row fields the server owns; a client never sets them. */
export const SERVER_COLUMNS = ['shop_id', 'version'] as const;

/** Why a value is refused (the zod message of our own checks). */
export const FIELD_PROBLEMS = ['tooLong', 'unstorable', 'badId', 'negative'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

const problem = (code: FieldProblem) => ({ message: code });

function textSchema(column: string): z.ZodType<string> {
  // A row's own id is never empty; a reference may be ('' where the desk has no such row).
  if (column === 'id')
    return z.string().max(ID_MAX_LENGTH, problem('badId')).regex(ID_PATTERN, problem('badId'));
  if (isIdColumn(column))
    return z
      .string()
      .max(ID_MAX_LENGTH, problem('badId'))
      .refine((id) => id === '' || ID_PATTERN.test(id), problem('badId'));
  const text = z
    .string()
    .max(textLimit(column), problem('tooLong'))
    .refine(isStorableText, problem('unstorable'));
  // A phrase's example questions: each one and their number have limits of their own.
  return column === 'questions' ? text.refine(isQuestionList, problem('tooLong')) : text;
}

function columnSchema(column: string, spec: ColumnSpec): z.ZodType {
  const base =
    spec.type === 'integer'
      ? isNonNegativeColumn(column)
        ? z.number().int().safe().nonnegative(problem('negative'))
        : z.number().int().safe()
      : spec.enum
        ? z.enum(spec.enum as [string, ...string[]])
        : textSchema(column);
  return spec.notNull ? base : base.nullable();
}

function build(table: SyncTable) {
  const columns = SYNC_COLUMNS[table] as Record<string, ColumnSpec>;
  const shape = Object.fromEntries(
    Object.entries(columns)
      .filter(([name]) => !(SERVER_COLUMNS as readonly string[]).includes(name))
      .map(([name, spec]) => [name, columnSchema(name, spec)]),
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

/** A row id as every mutation carries it. */
export const rowIdSchema = textSchema('id');
