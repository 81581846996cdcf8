/**
 * A mutation the server refused: its local effect is undone (the row becomes the server's, or
 * goes when the server has none), this install's later pending changes of that row go back on
 * top, and the refusal is listed under sync issues. One bad mutation never blocks the queue.
 */
import type Database from 'better-sqlite3';
import { parseMutationName, type MutationResult } from '../../../common/sync/protocol';
import type { OutboxEntry, Outbox } from './outbox-batches';
import { rebaseRows } from './rebase';
import type { RowApply } from './row-apply';

export const issueMessageKey = (code: string) => `sync.issue.${code}`;

export function createRejectionRollback(sqlite: Database.Database, outbox: Outbox, rows: RowApply) {
  const recordIssue = sqlite.prepare(
    `insert into sync_issues (mutation_id, name, args, error_code, message_key, rejected_at)
     values (?, ?, ?, ?, ?, ?)
     on conflict (mutation_id) do update set name = excluded.name, args = excluded.args,
       error_code = excluded.error_code, message_key = excluded.message_key, rejected_at = excluded.rejected_at`,
  );

  /** Inside inSyncTransaction; the entry is still in the outbox and leaves it here. */
  return function rollBack(shopId: string, entry: OutboxEntry, result: MutationResult, at: number): void {
    const code = result.error?.code ?? 'rejected';
    recordIssue.run(entry.id, entry.name, JSON.stringify(entry.args), code, issueMessageKey(code), at);
    outbox.drop(entry.id);
    const name = parseMutationName(entry.name);
    if (!name) return;
    const id = String(entry.args.id);
    if (result.serverRow) rows.upsertServerRow(shopId, result.serverRow);
    else rows.removeRow(name.table, id);
    rebaseRows(outbox, rows, shopId, [{ table: name.table, id }]);
  };
}
