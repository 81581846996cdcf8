/**
 * POST /v1/push in one transaction: lock the shop's version row (versions commit in order, so a
 * pull cursor never skips one), lock or register the client, skip ids already applied, refuse a
 * gap, apply the new mutations under one new shop version, advance the client's lastMutationId.
 * A retry of any delivery changes nothing: it answers `duplicate`, or `rejected` again for a
 * mutation the server refused.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { MutationResult, PushRequest, PushResponse } from '../../common/sync/protocol';
import { isSyncTable, type SyncTable } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';
import { clients, rejectedMutations, rows, shopVersions } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { SyncError } from '../http/sync-error';
import { decideMutation, rejectedFor } from './decide-mutation';
import { checkMutationBatch, type CheckedMutation } from './mutation-batch';
import { visibleSyncRow, type StoredRow } from './sync-row';
import { isValueError, writeChangedRows } from './write-rows';

const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

type RowTarget = { table: string; id: string };

/** The row a mutation is about, whether it parsed or was refused on its values. */
function targetOf(mutation: CheckedMutation): RowTarget {
  return mutation.parsed
    ? { table: mutation.parsed.table, id: mutation.parsed.id }
    : { table: mutation.refusal.table, id: mutation.refusal.rowId };
}

/**
 * Rows another row's check needs: a legacy checklist item's day, to see whose it is
 * (natural-id-check.ts).
 */
function parentsOf(mutation: CheckedMutation): RowTarget[] {
  const parsed = mutation.parsed;
  if (parsed?.op !== 'put' || parsed.table !== 'checklist_items') return [];
  return typeof parsed.fields.day_id === 'string'
    ? [{ table: 'checklist_days', id: parsed.fields.day_id }]
    : [];
}

/** The shop's stored rows of these targets, in one query. */
async function loadRows(tx: ServerDb, shopId: string, targets: readonly RowTarget[]) {
  const idsByTable = new Map<string, Set<string>>();
  for (const { table, id } of targets)
    if (isSyncTable(table) && id) idsByTable.set(table, (idsByTable.get(table) ?? new Set()).add(id));
  if (!idsByTable.size) return new Map<string, StoredRow>();
  const found = await tx
    .select()
    .from(rows)
    .where(
      and(
        eq(rows.shopId, shopId),
        or(
          ...[...idsByTable].map(([table, ids]) =>
            and(eq(rows.tableName, table), inArray(rows.id, [...ids])),
          ),
        ),
      ),
    );
  return new Map(found.map((row) => [rowKey(row.tableName, row.id), row]));
}

/**
 * Answers for ids the client sent before: `duplicate`, or `rejected` again with the current row
 * when the server refused it, so a desk that lost the first answer still rolls its edit back.
 */
async function repeatedResults(
  tx: ServerDb,
  caller: Caller,
  clientId: string,
  repeated: readonly CheckedMutation[],
): Promise<MutationResult[]> {
  if (!repeated.length) return [];
  const refused = await tx
    .select()
    .from(rejectedMutations)
    .where(
      and(
        eq(rejectedMutations.clientId, clientId),
        inArray(
          rejectedMutations.mutationId,
          repeated.map((mutation) => mutation.id),
        ),
      ),
    );
  if (!refused.length) return repeated.map((mutation) => ({ id: mutation.id, outcome: 'duplicate' }));
  const byId = new Map(refused.map((row) => [row.mutationId, row]));
  const current = await loadRows(
    tx,
    caller.shopId,
    refused.map((rejection) => ({ table: rejection.tableName, id: rejection.rowId })),
  );
  return repeated.map((mutation): MutationResult => {
    const rejection = byId.get(mutation.id);
    if (!rejection) return { id: mutation.id, outcome: 'duplicate' };
    return {
      id: mutation.id,
      outcome: 'rejected',
      error: { code: rejection.code, message: rejection.message },
      serverRow: visibleSyncRow(caller, current.get(rowKey(rejection.tableName, rejection.rowId))),
    };
  });
}

/** The client row, registered to the caller on first sight; another agent's client is refused. */
export async function lockClient(tx: ServerDb, caller: Caller, clientId: string): Promise<number> {
  await tx
    .insert(clients)
    .values({ clientId, agentId: caller.agentId, shopId: caller.shopId })
    .onConflictDoNothing({ target: clients.clientId });
  const [client] = await tx.select().from(clients).where(eq(clients.clientId, clientId)).for('update');
  if (!client || client.agentId !== caller.agentId)
    throw new SyncError('forbidden', `clientId: ${clientId} is registered to another agent.`, {
      field: 'clientId',
    });
  return client.lastMutationId;
}

type Refusal = { code: string; message: string };

export async function push(db: ServerDb, caller: Caller, request: PushRequest): Promise<PushResponse> {
  const batch = checkMutationBatch(request.mutations);
  try {
    return await pushBatch(db, caller, request, batch, false);
  } catch (error) {
    // The first attempt rolled back whole; the careful one finds the row the storage refuses.
    if (!isValueError(error)) throw error;
    return pushBatch(db, caller, request, batch, true);
  }
}

function pushBatch(
  db: ServerDb,
  caller: Caller,
  request: PushRequest,
  batch: readonly CheckedMutation[],
  careful: boolean,
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const [shop] = await tx
      .select({ version: shopVersions.version })
      .from(shopVersions)
      .where(eq(shopVersions.shopId, caller.shopId))
      .for('update');
    if (!shop) throw new SyncError('internal', `Shop ${caller.shopId} has no version row.`);
    const lastMutationId = await lockClient(tx, caller, request.clientId);

    const fresh = batch.filter((mutation) => mutation.id > lastMutationId);
    if (fresh.length && fresh[0]!.id !== lastMutationId + 1)
      throw new SyncError(
        'mutationGap',
        `mutations[0].id: the server has applied up to ${lastMutationId}; the next mutation must be ${lastMutationId + 1}, got ${fresh[0]!.id}.`,
        { lastMutationId },
      );

    const results = await repeatedResults(
      tx,
      caller,
      request.clientId,
      batch.filter((mutation) => mutation.id <= lastMutationId),
    );
    if (!fresh.length) return { lastMutationId, results };

    const version = shop.version + 1;
    const current = await loadRows(tx, caller.shopId, [...fresh.map(targetOf), ...fresh.flatMap(parentsOf)]);
    const stored = new Map(current);
    const ownerOf = (table: SyncTable, id: string) => current.get(rowKey(table, id))?.ownerId;
    const changed = new Map<string, StoredRow>();
    /** Which mutations made each changed row, so a row the storage refuses takes them back. */
    const makers = new Map<string, number[]>();
    const refusals = new Map<number, Refusal>();
    const answers = new Map<number, MutationResult>();
    for (const mutation of fresh) {
      const target = targetOf(mutation);
      const key = rowKey(target.table, target.id);
      if (mutation.refusal) {
        const { code, message } = mutation.refusal;
        refusals.set(mutation.id, { code, message });
        answers.set(mutation.id, {
          id: mutation.id,
          ...rejectedFor(caller, code, message, current.get(key)).result,
        });
        continue;
      }
      const decision = decideMutation(caller, mutation.parsed, current.get(key), version, ownerOf);
      answers.set(mutation.id, { id: mutation.id, ...decision.result });
      const { error } = decision.result;
      if (decision.result.outcome === 'rejected' && error) refusals.set(mutation.id, error);
      if (!decision.next) continue;
      current.set(key, decision.next);
      changed.set(key, decision.next);
      makers.set(key, [...(makers.get(key) ?? []), mutation.id]);
    }
    // A value the storage cannot hold after all rejects the mutations that made its row.
    for (const { key, message } of await writeChangedRows(tx, changed, careful)) {
      for (const id of makers.get(key)!) {
        refusals.set(id, { code: 'unstorable', message });
        answers.set(id, { id, ...rejectedFor(caller, 'unstorable', message, stored.get(key)).result });
      }
      changed.delete(key);
    }
    results.push(...fresh.map((mutation) => answers.get(mutation.id)!));
    const refused = fresh.flatMap((mutation) => {
      const refusal = refusals.get(mutation.id);
      if (!refusal) return [];
      const target = targetOf(mutation);
      return [
        {
          clientId: request.clientId,
          mutationId: mutation.id,
          tableName: target.table,
          rowId: target.id,
          ...refusal,
        },
      ];
    });
    if (refused.length) await tx.insert(rejectedMutations).values(refused);
    const newLast = fresh[fresh.length - 1]!.id;
    if (changed.size)
      await tx.update(shopVersions).set({ version }).where(eq(shopVersions.shopId, caller.shopId));
    await tx.update(clients).set({ lastMutationId: newLast }).where(eq(clients.clientId, request.clientId));
    return { lastMutationId: newLast, results };
  }) as Promise<PushResponse>;
}

/** Bytes of the mutations as JSON, against PUSH_LIMITS.maxBytes. */
export const mutationBytes = (request: Pick<PushRequest, 'mutations'>): number =>
  Buffer.byteLength(JSON.stringify(request.mutations));
