/**
 * A mutation the server refused is listed under sync issues and leaves the outbox, so one bad
 * mutation never blocks the queue. What happens to the local row depends on why:
 * - a refusal of the change itself (scope, an order moved backwards …): its local effect is
 *   undone (the row becomes the server's, or goes when the server has none) and this install's
 *   later pending changes of that row go back on top;
 * - a refusal of a value (VALUE_REJECTIONS: a character or a length the server cannot store):
 *   the local row stays as the agent made it, set aside with the server's row of that moment,
 *   until the agent fixes and resends it or dismisses it (issue-resolution.ts). A refused put
 *   means the server has no such row, so the row's later changes are set aside with it (they
 *   would each be refused as notFound): the fix resends the whole row.
 */
import type Database from 'better-sqlite3';
import { parseMutationName, VALUE_REJECTIONS, type MutationResult } from '../../../common/sync/protocol';
import type { OutboxEntry, Outbox } from './outbox-batches';
import { rebaseRows } from './rebase';
import type { RowApply } from './row-apply';

export const issueMessageKey = (code: string) => `sync.issue.${code}`;

export const isSetAside = (code: string): boolean => (VALUE_REJECTIONS as readonly string[]).includes(code);

export function createRejectionRollback(sqlite: Database.Database, outbox: Outbox, rows: RowApply) {
  const recordIssue = sqlite.prepare(
    `insert into sync_issues (mutation_id, name, args, error_code, message_key, rejected_at, server_row)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (mutation_id) do update set name = excluded.name, args = excluded.args,
       error_code = excluded.error_code, message_key = excluded.message_key,
       rejected_at = excluded.rejected_at, server_row = excluded.server_row`,
  );

  /**
   * Inside inSyncTransaction; the entry is still in the outbox and leaves it here. Returns the
   * ids of the row's later entries that were set aside with it (their answers mean nothing now).
   */
  return function rollBack(shopId: string, entry: OutboxEntry, result: MutationResult, at: number): number[] {
    const code = result.error?.code ?? 'rejected';
    const setAside = isSetAside(code);
    recordIssue.run(
      entry.id,
      entry.name,
      JSON.stringify(entry.args),
      code,
      issueMessageKey(code),
      at,
      setAside ? JSON.stringify(result.serverRow ?? null) : null,
    );
    outbox.drop(entry.id);
    const name = parseMutationName(entry.name);
    if (!name) return [];
    const id = String(entry.args.id);
    if (setAside) {
      if (name.op !== 'put' || result.serverRow) return [];
      const later = outbox.pendingFor(name.table, id).map((pending) => pending.id);
      for (const pending of later) outbox.drop(pending);
      return later;
    }
    if (result.serverRow) rows.upsertServerRow(shopId, result.serverRow);
    else rows.removeRow(name.table, id);
    rebaseRows(outbox, rows, shopId, [{ table: name.table, id }]);
    return [];
  };
}
