/**
 * What one checked mutation does to the row the server holds: the row after it, or a rejection
 * carrying the current row so the client can roll back. Pure: the push transaction loads the
 * rows, runs the batch through this in arrival order and writes what changed.
 *
 * Scope comes from the caller and the stored row's owner (a put's own owner_id for a new row);
 * nobody moves a row to another owner, and an order's, invoice's or escalation's status only moves
 * forward (common/sync/status-forward.ts). A put creates a
 * row (or revives a tombstone); onto a live row it only fills the stored row's blank fields. Who
 * may set which columns (actor stamps, an escalation's supervisor fields) is checked on the row
 * as it would be stored, against the stored one (common/sync/column-access.ts). A patch merges
 * its fields over the stored ones, so concurrent edits of different fields both survive and the
 * later arrival wins a field both changed.
 */
import { checkColumnWrites } from '../../common/sync/column-access';
import type { ParsedMutation } from '../../common/sync/mutation-args';
import type { MutationResult } from '../../common/sync/protocol';
import { statusBackward } from '../../common/sync/status-forward';
import { mayWrite, type RowScope, type SyncTable } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import { checkNewRowId } from './natural-id-check';
import { visibleSyncRow, type StoredRow } from './sync-row';

export type Decision = {
  result: Omit<MutationResult, 'id'>;
  /** The row after the mutation; absent when nothing changes. */
  next?: StoredRow;
};

const ownerOf = (fields: Record<string, unknown>): string | null =>
  typeof fields.owner_id === 'string' ? fields.owner_id : null;

const scopeOf = (data: Record<string, unknown> | undefined): RowScope =>
  data?.scope === 'personal' ? 'personal' : 'team';

/** A refusal, with the stored row only when the caller may read it. */
export function rejectedFor(
  caller: Caller,
  code: string,
  message: string,
  existing: StoredRow | undefined,
): Decision {
  return {
    result: {
      outcome: 'rejected',
      error: { code, message },
      serverRow: visibleSyncRow(caller, existing),
    },
  };
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || value === '[]';

/** The stored row, with the put's values only where the stored ones are still blank. */
function fillBlanks(stored: Record<string, unknown>, put: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...stored };
  for (const [column, value] of Object.entries(put))
    if (isBlank(merged[column]) && !isBlank(value)) merged[column] = value;
  return merged;
}

const applied = (next?: StoredRow): Decision => ({ result: { outcome: 'applied' }, ...(next && { next }) });

export function decideMutation(
  caller: Caller,
  mutation: ParsedMutation,
  existing: StoredRow | undefined,
  version: number,
  /** The owner of another row the server holds (or that this push created before). */
  storedOwner: (table: SyncTable, id: string) => string | null | undefined = () => undefined,
): Decision {
  const rejected = (code: string, message: string, row: StoredRow | undefined) =>
    rejectedFor(caller, code, message, row);
  const label = `${mutation.table} ${mutation.id}`;
  if (mutation.op !== 'put' && !existing)
    return rejected('notFound', `${label} does not exist on the server.`, existing);
  if (!existing) {
    const refusal = checkNewRowId(caller, mutation.table, mutation.id, mutation.fields, storedOwner);
    if (refusal) return rejected(refusal.code, refusal.message, existing);
  }
  // A stored row keeps its owner: a put (two desks creating "the same" row under one natural id
  // offline) writes over it under the stored owner; a patch asking for another owner is refused.
  const ownerId = existing ? existing.ownerId : ownerOf(mutation.fields);
  if (mutation.op === 'patch' && 'owner_id' in mutation.fields && ownerOf(mutation.fields) !== ownerId)
    return rejected(
      'forbidden',
      `owner_id: ${label} belongs to ${ownerId ?? 'nobody'}; its owner cannot change.`,
      existing,
    );
  // Both the row as stored and as it would be: an agent cannot turn a team phrase personal or
  // publish a personal one to the team.
  const scopes = new Set([
    scopeOf(existing?.data ?? mutation.fields),
    scopeOf({ ...existing?.data, ...mutation.fields }),
  ]);
  if ([...scopes].some((scope) => !mayWrite(mutation.table, caller.role, caller.agentId, ownerId, scope)))
    return rejected(
      'forbidden',
      `${caller.role} ${caller.agentCode} may not write ${label} (owner ${ownerId ?? 'none'}).`,
      existing,
    );

  const key = { shopId: caller.shopId, tableName: mutation.table, id: mutation.id, ownerId, version };
  /**
   * The row as it would be stored, if the caller may set what changes in it and the status it
   * asks for does not move back (asked for, even where a put onto a live row would keep the
   * stored one: the desk learns its write was refused).
   */
  const written = (next: StoredRow): Decision => {
    const refusal = checkColumnWrites(mutation.table, caller, existing?.data, next.data);
    if (refusal)
      return rejected(
        'forbidden',
        `${refusal.message} (${caller.role} ${caller.agentCode}, ${label})`,
        existing,
      );
    const backward =
      existing && 'status' in mutation.fields
        ? statusBackward(mutation.table, mutation.id, existing.data.status, mutation.fields.status)
        : null;
    return backward ? rejected('statusBackward', backward, existing) : applied(next);
  };
  switch (mutation.op) {
    case 'put': {
      // A second creation of a live row (two desks made "the same" natural-id row offline, or a
      // desk re-bound to the server) merges into the stored one: it only fills what is still
      // empty there, and the new version sends the result back to the putting desk. Replacing
      // the row would bring back what others changed since: a completed task reopened.
      if (existing && existing.deletedAt === null)
        return written({ ...key, deletedAt: null, data: fillBlanks(existing.data, mutation.fields) });
      const deletedAt = typeof mutation.fields.deleted_at === 'number' ? mutation.fields.deleted_at : null;
      return written({ ...key, deletedAt, data: { ...mutation.fields, owner_id: ownerId } });
    }
    case 'patch': {
      const row = existing!;
      if (row.deletedAt !== null && !('deleted_at' in mutation.fields))
        return rejected('rowDeleted', `${label} was deleted; a patch cannot change it.`, existing);
      const deletedAt =
        'deleted_at' in mutation.fields ? (mutation.fields.deleted_at as number | null) : row.deletedAt;
      return written({ ...key, deletedAt, data: { ...row.data, ...mutation.fields } });
    }
    case 'delete': {
      const row = existing!;
      // Deleting a tombstone again changes nothing: the first deletion keeps its time and version.
      if (row.deletedAt !== null) return applied();
      const deletedAt = mutation.fields.deleted_at as number;
      return applied({ ...key, deletedAt, data: { ...row.data, deleted_at: deletedAt } });
    }
  }
}
