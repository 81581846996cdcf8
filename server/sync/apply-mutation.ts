/**
 * Applies one checked mutation inside the push transaction, or rejects it with the server's row
 * so the client can roll back. Scope comes from the caller and the stored row's owner; a put
 * may not move a row to another owner, and an order's status only moves forward.
 */
import { and, eq, sql } from 'drizzle-orm';
import { mayMoveOrderStatus, type SyncedOrderStatus } from '../../common/orders/order-status-forward';
import type { ParsedMutation } from '../../common/sync/mutation-args';
import type { MutationResult } from '../../common/sync/protocol';
import { mayWrite } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import { rows } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { toSyncRow, type StoredRow } from './sync-row';

export type Applied = { result: Omit<MutationResult, 'id'>; changed: boolean };

const ownerOf = (fields: Record<string, unknown>): string | null =>
  typeof fields.owner_id === 'string' ? fields.owner_id : null;

function rejected(code: string, message: string, existing: StoredRow | undefined): Applied {
  return {
    result: {
      outcome: 'rejected',
      error: { code, message },
      serverRow: existing ? toSyncRow(existing) : null,
    },
    changed: false,
  };
}

function statusBackward(
  mutation: ParsedMutation,
  existing: StoredRow | undefined,
): { from: string; to: string } | null {
  if (mutation.table !== 'orders' || !existing || typeof mutation.fields.status !== 'string') return null;
  const from = existing.data.status as SyncedOrderStatus;
  const to = mutation.fields.status as SyncedOrderStatus;
  return mayMoveOrderStatus(from, to) ? null : { from, to };
}

export async function applyMutation(
  tx: ServerDb,
  caller: Caller,
  mutation: ParsedMutation,
  version: number,
): Promise<Applied> {
  const key = and(
    eq(rows.shopId, caller.shopId),
    eq(rows.tableName, mutation.table),
    eq(rows.id, mutation.id),
  );
  const [existing] = await tx.select().from(rows).where(key);
  const label = `${mutation.table} ${mutation.id}`;

  const ownerId = mutation.op === 'put' ? ownerOf(mutation.fields) : (existing?.ownerId ?? null);
  if (mutation.op !== 'put' && !existing)
    return rejected('notFound', `${label} does not exist on the server.`, existing);
  if (existing && 'owner_id' in mutation.fields && ownerOf(mutation.fields) !== existing.ownerId)
    return rejected(
      'forbidden',
      `owner_id: ${label} belongs to ${existing.ownerId ?? 'nobody'}; its owner cannot change.`,
      existing,
    );
  if (!mayWrite(mutation.table, caller.role, caller.agentId, ownerId))
    return rejected(
      'forbidden',
      `${caller.role} ${caller.agentCode} may not write ${label} (owner ${ownerId ?? 'none'}).`,
      existing,
    );
  const backward = statusBackward(mutation, existing);
  if (backward)
    return rejected(
      'statusBackward',
      `status: order ${mutation.id} cannot go from ${backward.from} back to ${backward.to}.`,
      existing,
    );

  switch (mutation.op) {
    case 'put': {
      const deletedAt = typeof mutation.fields.deleted_at === 'number' ? mutation.fields.deleted_at : null;
      const values = { ownerId, version, deletedAt, data: mutation.fields };
      await tx
        .insert(rows)
        .values({ shopId: caller.shopId, tableName: mutation.table, id: mutation.id, ...values })
        .onConflictDoUpdate({ target: [rows.shopId, rows.tableName, rows.id], set: values });
      return { result: { outcome: 'applied' }, changed: true };
    }
    case 'patch': {
      if (existing!.deletedAt !== null && !('deleted_at' in mutation.fields))
        return rejected('rowDeleted', `${label} was deleted; a patch cannot change it.`, existing);
      const deletedAt =
        'deleted_at' in mutation.fields ? (mutation.fields.deleted_at as number | null) : undefined;
      await tx
        .update(rows)
        .set({
          version,
          data: sql`${rows.data} || ${JSON.stringify(mutation.fields)}::jsonb`,
          ...(deletedAt !== undefined && { deletedAt }),
        })
        .where(key);
      return { result: { outcome: 'applied' }, changed: true };
    }
    case 'delete': {
      // Deleting a tombstone again changes nothing: the first deletion keeps its time and version.
      if (existing!.deletedAt !== null) return { result: { outcome: 'applied' }, changed: false };
      await tx
        .update(rows)
        .set({
          version,
          deletedAt: mutation.fields.deleted_at as number,
          data: sql`${rows.data} || ${JSON.stringify(mutation.fields)}::jsonb`,
        })
        .where(key);
      return { result: { outcome: 'applied' }, changed: true };
    }
  }
}
