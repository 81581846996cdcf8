/**
 * Checks a mutation's name and args against the synced table's columns (the server re-executes
 * every mutation through this; the client builds them from the same schemas).
 * A valid mutation comes out as the row id and the columns it sets.
 */
import { z } from 'zod';
import { parseMutationName, type Mutation, type MutationOp } from './protocol';
import { patchSchema, rowSchema } from './row-schema';
import type { SyncTable } from './sync-tables';

export type ParsedMutation = {
  table: SyncTable;
  op: MutationOp;
  id: string;
  /** The columns the mutation sets; for `put`, every client column. */
  fields: Record<string, unknown>;
};

const buildPatchArgs = (table: SyncTable) =>
  z.strictObject({
    id: z.string().min(1).max(200),
    fields: patchSchema(table).refine((fields) => Object.keys(fields).length > 0, 'no fields to change'),
  });

// Built once per table: a zod schema is compiled on first use, and a push checks 100 mutations.
const patchArgsByTable = new Map<SyncTable, ReturnType<typeof buildPatchArgs>>();
const patchArgs = (table: SyncTable) => {
  let schema = patchArgsByTable.get(table);
  if (!schema) patchArgsByTable.set(table, (schema = buildPatchArgs(table)));
  return schema;
};

const deleteArgs = z.strictObject({ id: z.string().min(1).max(200), deletedAt: z.number().int().positive() });

export function parseMutation(
  mutation: Pick<Mutation, 'name' | 'args'>,
): { ok: true; value: ParsedMutation } | { ok: false; message: string } {
  const name = parseMutationName(mutation.name);
  if (!name) return { ok: false, message: `unknown mutation "${mutation.name}"` };
  const { table, op } = name;
  const failed = (error: z.ZodError) => ({
    ok: false as const,
    message: error.issues.map((issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`).join('; '),
  });
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
