/**
 * Checks a mutation's name and args against the synced table's columns (the server re-executes
 * every mutation through this; the client builds them from the same schemas).
 * A valid mutation comes out as the row id and the columns it sets; an invalid one as the first
 * field at fault and why, in words for logs and as a FieldProblem for the desk's own message.
 */
import { z } from 'zod';
import { parseMutationName, type Mutation, type MutationOp } from './protocol';
import { FIELD_PROBLEMS, patchSchema, rowIdSchema, rowSchema, type FieldProblem } from './row-schema';
import type { SyncTable } from './sync-tables';

export type ParsedMutation = {
  table: SyncTable;
  op: MutationOp;
  id: string;
  /** The columns the mutation sets; for `put`, every client column. */
  fields: Record<string, unknown>;
};

export type MutationProblem = {
  ok: false;
  message: string;
  /** The column (or `args`, `fields`, `id`) at fault. */
  field: string;
  /** What is wrong with it; `invalid` for anything but the shared field checks. */
  problem: FieldProblem | 'invalid';
};

const buildPatchArgs = (table: SyncTable) =>
  z.strictObject({
    id: rowIdSchema,
    fields: patchSchema(table).refine((fields) => Object.keys(fields).length > 0, 'no fields to change'),
  });

// Built once per table: a zod schema is compiled on first use, and a push checks 100 mutations.
const patchArgsByTable = new Map<SyncTable, ReturnType<typeof buildPatchArgs>>();
const patchArgs = (table: SyncTable) => {
  let schema = patchArgsByTable.get(table);
  if (!schema) patchArgsByTable.set(table, (schema = buildPatchArgs(table)));
  return schema;
};

const deleteArgs = z.strictObject({ id: rowIdSchema, deletedAt: z.number().int().positive() });

const PROBLEM_WORDS: Record<FieldProblem, string> = {
  tooLong: 'longer than the synced limit',
  unstorable: 'holds a character that cannot be stored (a control character or a broken surrogate)',
  badId: 'not a row id (1–128 printable ASCII characters)',
  negative: 'cannot be negative',
};

const isFieldProblem = (message: string): message is FieldProblem =>
  (FIELD_PROBLEMS as readonly string[]).includes(message);

function failed(error: z.ZodError): MutationProblem {
  const first = error.issues[0]!;
  // A patch's columns sit under `fields.`: the column is what the desk names.
  const path = first.path[0] === 'fields' && first.path.length > 1 ? first.path.slice(1) : first.path;
  const field = path.map(String).join('.') || 'args';
  const problem = isFieldProblem(first.message) ? first.message : 'invalid';
  const lines = error.issues.map((issue) => {
    const words = isFieldProblem(issue.message) ? PROBLEM_WORDS[issue.message] : issue.message;
    return `${issue.path.join('.') || 'args'}: ${words}`;
  });
  const message = [...new Set(lines)].join('; ');
  return { ok: false, message, field, problem };
}

export function parseMutation(
  mutation: Pick<Mutation, 'name' | 'args'>,
): { ok: true; value: ParsedMutation } | MutationProblem {
  const name = parseMutationName(mutation.name);
  if (!name)
    return { ok: false, message: `unknown mutation "${mutation.name}"`, field: 'name', problem: 'invalid' };
  const { table, op } = name;
  switch (op) {
    case 'put': {
      const parsed = rowSchema(table).safeParse(mutation.args);
      if (!parsed.success) return failed(parsed.error);
      const fields = parsed.data as Record<string, unknown> & { id: string };
      return { ok: true, value: { table, op, id: fields.id, fields } };
    }
    case 'patch': {
      const parsed = patchArgs(table).safeParse(mutation.args);
      if (!parsed.success) return failed(parsed.error);
      return { ok: true, value: { table, op, id: parsed.data.id, fields: parsed.data.fields } };
    }
    case 'delete': {
      const parsed = deleteArgs.safeParse(mutation.args);
      if (!parsed.success) return failed(parsed.error);
      return {
        ok: true,
        value: { table, op, id: parsed.data.id, fields: { deleted_at: parsed.data.deletedAt } },
      };
    }
  }
}
