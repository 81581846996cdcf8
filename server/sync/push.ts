/**
 * POST /v1/push in one transaction: lock the shop's version row (versions commit in order, so a
 * pull cursor never skips one), lock or register the client, skip ids already applied, refuse a
 * gap, apply the new mutations under one new shop version, advance the client's lastMutationId.
 * A retry of any delivery changes nothing: it answers `duplicate`, or `rejected` again for a
 * mutation the server refused.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { MutationResult, PushRequest, PushResponse } from '../../common/sync/protocol';
import type { Caller } from '../auth/caller';
import { clients, rejectedMutations, rows, shopVersions } from '../database/schema';
import type { ServerDb } from '../database/storage';
import { SyncError } from '../http/sync-error';
import { decideMutation } from './decide-mutation';
import { checkMutationBatch, type CheckedMutation } from './mutation-batch';
import { toSyncRow, type StoredRow } from './sync-row';

const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

/** The shop's stored rows the batch touches, in one query. */
async function loadRows(tx: ServerDb, shopId: string, batch: readonly CheckedMutation[]) {
  const idsByTable = new Map<string, Set<string>>();
  for (const { parsed } of batch)
    idsByTable.set(parsed.table, (idsByTable.get(parsed.table) ?? new Set()).add(parsed.id));
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

/** Every row the push changed, each in its final state, in one statement. */
async function writeRows(tx: ServerDb, changed: readonly StoredRow[]) {
  if (!changed.length) return;
  await tx
    .insert(rows)
    .values([...changed])
    .onConflictDoUpdate({
      target: [rows.shopId, rows.tableName, rows.id],
      set: {
        ownerId: sql`excluded.owner_id`,
        version: sql`excluded.version`,
        deletedAt: sql`excluded.deleted_at`,
        data: sql`excluded.data`,
      },
    });
}

/**
 * Answers for ids the client sent before: `duplicate`, or `rejected` again with the current row
 * when the server refused it, so a desk that lost the first answer still rolls its edit back.
 */
async function repeatedResults(
  tx: ServerDb,
  shopId: string,
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
    shopId,
    repeated.filter((mutation) => byId.has(mutation.id)),
  );
  return repeated.map((mutation): MutationResult => {
    const rejection = byId.get(mutation.id);
    if (!rejection) return { id: mutation.id, outcome: 'duplicate' };
    const row = current.get(rowKey(rejection.tableName, rejection.rowId));
    return {
      id: mutation.id,
      outcome: 'rejected',
      error: { code: rejection.code, message: rejection.message },
      serverRow: row ? toSyncRow(row) : null,
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

export async function push(db: ServerDb, caller: Caller, request: PushRequest): Promise<PushResponse> {
  const batch = checkMutationBatch(request.mutations);
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
      caller.shopId,
      request.clientId,
      batch.filter((mutation) => mutation.id <= lastMutationId),
    );
    if (!fresh.length) return { lastMutationId, results };

    const version = shop.version + 1;
    const current = await loadRows(tx, caller.shopId, fresh);
    const changed = new Map<string, StoredRow>();
    const refused: (typeof rejectedMutations.$inferInsert)[] = [];
    for (const mutation of fresh) {
      const key = rowKey(mutation.parsed.table, mutation.parsed.id);
      const decision = decideMutation(caller, mutation.parsed, current.get(key), version);
      results.push({ id: mutation.id, ...decision.result });
      const { error } = decision.result;
      if (decision.result.outcome === 'rejected' && error)
        refused.push({
          clientId: request.clientId,
          mutationId: mutation.id,
          tableName: mutation.parsed.table,
          rowId: mutation.parsed.id,
          code: error.code,
          message: error.message,
        });
      if (!decision.next) continue;
      current.set(key, decision.next);
      changed.set(key, decision.next);
    }
    await writeRows(tx, [...changed.values()]);
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
