/**
 * Checks a push's mutations before anything touches the database: ids consecutive within the
 * batch, and every mutation well-formed for its table (the same parser the client builds them
 * with). A malformed batch is refused whole (400) so nothing of it is written.
 */
import { parseMutation, type ParsedMutation } from '../../common/sync/mutation-args';
import type { Mutation } from '../../common/sync/protocol';
import { SyncError } from '../http/sync-error';

export type CheckedMutation = { id: number; parsed: ParsedMutation };

export function checkMutationBatch(mutations: readonly Mutation[]): CheckedMutation[] {
  const first = mutations[0]?.id ?? 0;
  return mutations.map((mutation, index) => {
    if (mutation.id !== first + index)
      throw new SyncError(
        'badRequest',
        `mutations[${index}].id: ids must be consecutive within a push (expected ${first + index}, got ${mutation.id}).`,
        { field: `mutations[${index}].id`, mutationId: mutation.id },
      );
    const parsed = parseMutation(mutation);
    if (!parsed.ok)
      throw new SyncError(
        'badRequest',
        `mutations[${index}] (id ${mutation.id}, ${mutation.name}): ${parsed.message}`,
        { field: `mutations[${index}]`, mutationId: mutation.id, name: mutation.name },
      );
    return { id: mutation.id, parsed: parsed.value };
  });
}
