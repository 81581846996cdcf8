/**
 * Checks a push's mutations before anything touches the database. Ids must be consecutive
 * within the batch: a batch that breaks that is refused whole (400) and nothing of it is
 * written. A mutation whose values are wrong (the same parser the client builds them with), or
 * that the client marked as too large to send, is answered `rejected` on its own: its id is used
 * up and the rest of the batch goes on, so no value can stop a desk's queue.
 */
import { parseMutation, type ParsedMutation } from '../../common/sync/mutation-args';
import {
  parseMutationName,
  PUSH_LIMITS,
  type Mutation,
  type RejectionCode,
} from '../../common/sync/protocol';
import { ID_MAX_LENGTH } from '../../common/sync/field-limits';
import { cleanText } from '../../common/text/stored-text';
import { SyncError } from '../http/sync-error';

export type CheckedMutation =
  | { id: number; parsed: ParsedMutation; refusal?: undefined }
  | {
      id: number;
      parsed?: undefined;
      /** Recorded as the rejection's table and row: cleaned and cut so they can be stored. */
      refusal: { code: RejectionCode; message: string; table: string; rowId: string };
    };

/** A name and id the rejection record can hold, whatever the mutation carried. */
function refusalTarget(mutation: Mutation): { table: string; rowId: string } {
  const name = parseMutationName(mutation.name);
  const id = mutation.args.id;
  return {
    table: name?.table ?? cleanText(mutation.name).slice(0, 64),
    rowId: typeof id === 'string' ? cleanText(id).slice(0, ID_MAX_LENGTH) : '',
  };
}

/** Messages quote names and keys the request sent: stored, so cleaned and cut like the rest. */
const storedMessage = (message: string) => cleanText(message).slice(0, 1_000);

function checkOne(mutation: Mutation): CheckedMutation {
  if (mutation.oversizeBytes !== undefined)
    return {
      id: mutation.id,
      refusal: {
        code: 'tooLarge',
        message: storedMessage(
          `${mutation.name}: ${mutation.oversizeBytes} bytes on its own; a push carries at most ${PUSH_LIMITS.maxBytes}.`,
        ),
        ...refusalTarget(mutation),
      },
    };
  const parsed = parseMutation(mutation);
  if (parsed.ok) return { id: mutation.id, parsed: parsed.value };
  return {
    id: mutation.id,
    refusal: {
      code: 'invalid',
      message: storedMessage(`${mutation.name}: ${parsed.message}`),
      ...refusalTarget(mutation),
    },
  };
}

export function checkMutationBatch(mutations: readonly Mutation[]): CheckedMutation[] {
  const first = mutations[0]?.id ?? 0;
  return mutations.map((mutation, index) => {
    if (mutation.id !== first + index)
      throw new SyncError(
        'badRequest',
        `mutations[${index}].id: ids must be consecutive within a push (expected ${first + index}, got ${mutation.id}).`,
        { field: `mutations[${index}].id`, mutationId: mutation.id },
      );
    return checkOne(mutation);
  });
}
