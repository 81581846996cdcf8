/**
 * Sends the outbox in batches until it is empty. Applied and duplicate mutations leave the
 * outbox; a rejected one is rolled back and listed as an issue. A 409 mutationGap (the server
 * expects an id this outbox no longer holds) renumbers the pending entries from the server's
 * lastMutationId + 1 and sends them again: nothing pending is ever dropped to close a gap.
 * Entries dropped without an answer of their own (ids at or below the server's lastMutationId)
 * ask the next pull for a full recheck (pull-apply.ts); a resent entry always gets one.
 */
import type Database from 'better-sqlite3';
import { SYNC_SCHEMA_VERSION, type Mutation } from '../../../common/sync/protocol';
import { inSyncTransaction } from './apply-guard';
import type { Outbox, OutboxEntry } from './outbox-batches';
import type { createRejectionRollback } from './rejection-rollback';
import type { SyncStateStore } from './sync-state-store';
import { SyncTransportError, type SyncTransport } from './sync-transport';

export interface PushDeps {
  sqlite: Database.Database;
  outbox: Outbox;
  rollBack: ReturnType<typeof createRejectionRollback>;
  state: SyncStateStore;
  transport: SyncTransport;
  clientId: string;
  shopId: string;
  appVersion: string;
  now: () => number;
  /** Waits until no other writer holds a long transaction (an order import). */
  idle: () => Promise<void>;
  /** Gets the table of every row a rejection rolled back. */
  changed: Set<string>;
}

export interface PushOutcome {
  pushed: number;
  rejected: number;
}

/** Gaps healed in one push before giving up: each renumbering should close it at once. */
const MAX_GAP_REPAIRS = 3;

function renumberFrom(sqlite: Database.Database, next: number): void {
  const ids = sqlite
    .prepare('select mutation_id from sync_outbox order by mutation_id')
    .pluck()
    .all() as number[];
  const move = sqlite.prepare('update sync_outbox set mutation_id = ? where mutation_id = ?');
  // Ascending, each entry moves down to a free id below every entry not yet moved.
  ids.forEach((id, index) => {
    if (id !== next + index) move.run(next + index, id);
  });
  const last = next + ids.length - 1;
  sqlite.prepare(`update sqlite_sequence set seq = max(?, 0) where name = 'sync_outbox'`).run(last);
}

/**
 * An entry as the server gets it; one larger than a push may carry goes as its id only, marked,
 * and the server answers it tooLarge (the whole entry stays here for the sync issue).
 */
const wireMutation = ({ id, name, args, createdAt, oversizeBytes }: OutboxEntry): Mutation =>
  oversizeBytes === undefined
    ? { id, name, args, createdAt }
    : { id, name, args: { id: args.id }, createdAt, oversizeBytes };

export async function pushOutbox(deps: PushDeps): Promise<PushOutcome> {
  const { sqlite, outbox, rollBack, state, transport, clientId, shopId, appVersion, now, idle } = deps;
  const outcome: PushOutcome = { pushed: 0, rejected: 0 };
  let gapRepairs = 0;
  for (;;) {
    await idle();
    const batch = outbox.nextBatch();
    if (batch.length === 0) return outcome;
    let response;
    try {
      response = await transport.push({
        schemaVersion: SYNC_SCHEMA_VERSION,
        appVersion,
        clientId,
        mutations: batch.map(wireMutation),
      });
    } catch (error) {
      const last = error instanceof SyncTransportError ? error.details.lastMutationId : undefined;
      if (error instanceof SyncTransportError && error.code === 'mutationGap' && typeof last === 'number') {
        if (++gapRepairs > MAX_GAP_REPAIRS) throw error;
        await idle();
        inSyncTransaction(sqlite, () => {
          if (outbox.dropThrough(last) > 0) state.set('recheck', true);
          renumberFrom(sqlite, last + 1);
        });
        continue;
      }
      throw error;
    }
    await idle();
    inSyncTransaction(sqlite, () => {
      const byId = new Map(batch.map((entry) => [entry.id, entry]));
      const at = now();
      for (const result of response.results) {
        const entry = byId.get(result.id);
        if (!entry) continue;
        if (result.outcome === 'rejected') {
          deps.changed.add(entry.name.split('.')[0]!);
          for (const setAside of rollBack(shopId, entry, result, at)) byId.delete(setAside);
          outcome.rejected += 1;
        } else {
          // A duplicate was applied by a delivery whose answer got lost; a refused one the server
          // answers as rejected again (it keeps its refusals), so nothing needs rechecking here.
          outbox.drop(entry.id);
          outcome.pushed += 1;
        }
      }
      if (outbox.dropThrough(response.lastMutationId) > 0) state.set('recheck', true);
    });
  }
}
