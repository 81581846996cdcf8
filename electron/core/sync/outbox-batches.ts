/**
 * The outbox as the push sees it: entries in mutation-id order, cut into batches the server
 * accepts (PUSH_LIMITS: 100 mutations, 256 KB of JSON), and dropped once acknowledged.
 */
import type Database from 'better-sqlite3';
import { PUSH_LIMITS, type Mutation } from '../../../common/sync/protocol';

/** Room left in a batch for the request's own fields (clientId, versions, brackets). */
const ENVELOPE_BYTES = 1024;
/** An oversize entry on the wire: id, name, `{ id }` and the mark, well under this. */
const OVERSIZE_WIRE_BYTES = 512;

export interface OutboxEntry extends Mutation {
  clientId: string;
}

export function createOutbox(sqlite: Database.Database) {
  const firstEntries = sqlite.prepare(
    `select mutation_id, client_id, name, args, created_at from sync_outbox
     where mutation_id > ? order by mutation_id limit ?`,
  );
  const countPending = sqlite.prepare('select count(*) from sync_outbox').pluck();
  const dropThrough = sqlite.prepare('delete from sync_outbox where mutation_id <= ?');
  const dropOne = sqlite.prepare('delete from sync_outbox where mutation_id = ?');
  const forRow = sqlite.prepare(
    `select mutation_id, client_id, name, args, created_at from sync_outbox
     where name in (@table || '.put', @table || '.patch', @table || '.delete')
       and json_extract(args, '$.id') = @id order by mutation_id`,
  );

  type Raw = { mutation_id: number; client_id: string; name: string; args: string; created_at: number };
  const entryOf = (raw: Raw): OutboxEntry => ({
    id: raw.mutation_id,
    clientId: raw.client_id,
    name: raw.name,
    args: JSON.parse(raw.args) as Record<string, unknown>,
    createdAt: raw.created_at,
  });

  /**
   * The next batch after mutation `after`; always at least one entry when any is pending. An
   * entry too large for any push is marked oversize: it goes as its id only (push.ts).
   */
  function nextBatch(after = 0): OutboxEntry[] {
    const batch: OutboxEntry[] = [];
    let bytes = ENVELOPE_BYTES;
    for (const raw of firstEntries.all(after, PUSH_LIMITS.maxMutations) as Raw[]) {
      const entry = entryOf(raw);
      let size = Buffer.byteLength(
        JSON.stringify({ id: entry.id, name: entry.name, args: entry.args, createdAt: entry.createdAt }),
      );
      if (ENVELOPE_BYTES + size > PUSH_LIMITS.maxBytes) {
        entry.oversizeBytes = size;
        size = OVERSIZE_WIRE_BYTES;
      }
      if (batch.length > 0 && bytes + size + 1 > PUSH_LIMITS.maxBytes) break;
      batch.push(entry);
      bytes += size + 1;
    }
    return batch;
  }

  /** Still-pending mutations of one row, oldest first (for a rebase or a rollback). */
  const pendingFor = (table: string, id: string): OutboxEntry[] =>
    (forRow.all({ table, id }) as Raw[]).map(entryOf);

  return {
    nextBatch,
    pendingFor,
    pending: () => countPending.get() as number,
    dropThrough: (mutationId: number) => dropThrough.run(mutationId).changes,
    drop: (mutationId: number) => dropOne.run(mutationId).changes,
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
