/**
 * zod schemas of a synced row as it travels (SQLite column names and values: text, integer,
 * null), built from the generated column list and the shared field limits, so client and server
 * validate the same shape. A refusal's message is one of FIELD_PROBLEMS, so both ends can say
 * what is wrong in their own words.
 */
import { z } from 'zod';
import { isStorableText } from '../text/stored-text';
import {
  DAY_PATTERN,
  ID_MAX_LENGTH,
  ID_PATTERN,
  isIdColumn,
  isNonNegativeColumn,
  isPhraseIdList,
  isQuestionList,
  TAX_NO_PATTERN,
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

/**
 * Values of one table's column with a form of their own, beyond length and storability; a value
 * out of form is refused as `invalid` (the message names the form).
 */
const COLUMN_FORMS: Partial<Record<SyncTable, Record<string, (text: string) => boolean>>> = {
  invoices: {
    tax_no: (text) => TAX_NO_PATTERN.test(text),
    issued_on: (text) => text === '' || DAY_PATTERN.test(text),
  },
  briefings: {
    day: (text) => DAY_PATTERN.test(text),
    phrase_ids: isPhraseIdList,
  },
};

const FORM_MESSAGES: Record<string, string> = {
  tax_no: 'uppercase letters and digits only, at most 20',
  issued_on: 'a day as YYYY-MM-DD',
  day: 'a day as YYYY-MM-DD',
  phrase_ids: 'a JSON list of at most 20 phrase ids',
};

function columnSchema(table: SyncTable, column: string, spec: ColumnSpec): z.ZodType {
  const form = COLUMN_FORMS[table]?.[column];
  const base =
    spec.type === 'integer'
      ? isNonNegativeColumn(column)
        ? z.number().int().safe().nonnegative(problem('negative'))
        : z.number().int().safe()
      : spec.enum
        ? z.enum(spec.enum as [string, ...string[]])
        : form
          ? textSchema(column).refine(form, { message: FORM_MESSAGES[column] ?? 'wrong form' })
          : textSchema(column);
  return spec.notNull ? base : base.nullable();
}

function build(table: SyncTable) {
  const columns = SYNC_COLUMNS[table] as Record<string, ColumnSpec>;
  const shape = Object.fromEntries(
    Object.entries(columns)
      .filter(([name]) => !(SERVER_COLUMNS as readonly string[]).includes(name))
      .map(([name, spec]) => [name, columnSchema(table, name, spec)]),
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
