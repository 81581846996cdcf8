/**
 * What the agent does with a sync issue (sync 问题):
 * - dismiss: the server's version stands. For a refused change that was already rolled back,
 *   this only takes it off the list; for a set-aside value (rejection-rollback.ts) the local
 *   change is discarded now: the row becomes the server's again, or goes when the server never
 *   had it.
 * - fix (set-aside values only): the row's text is cleaned and cut to the synced limits, the
 *   same rules every entry point applies now, and sent again as a new mutation.
 */
import type Database from 'better-sqlite3';
import { parseMutation } from '../../../common/sync/mutation-args';
import { parseMutationName, PUSH_LIMITS, type SyncRow } from '../../../common/sync/protocol';
import { isIdColumn, textLimit } from '../../../common/sync/field-limits';
import type { SyncTable } from '../../../common/sync/sync-tables';
import { cleanText } from '../../../common/text/stored-text';
import { rowJsonSql } from '../../../db/sync-outbox-triggers';
import { AppError } from '../app-error';
import { inSyncTransaction } from './apply-guard';
import type { Outbox } from './outbox-batches';
import { rebaseRows } from './rebase';
import { isSetAside } from './rejection-rollback';
import type { RowApply } from './row-apply';

type IssueRow = {
  mutation_id: number;
  name: string;
  args: string;
  error_code: string;
  server_row: string | null;
};

/** A column's value as it can be synced: text cleaned and cut; other values as they are. */
function syncable(column: string, value: unknown): unknown {
  if (typeof value !== 'string' || isIdColumn(column)) return value;
  const cleaned = cleanText(value);
  const cut = cleaned.slice(0, textLimit(column));
  // Never between the halves of a surrogate pair.
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function createIssueResolution(deps: {
  sqlite: Database.Database;
  outbox: Outbox;
  rows: RowApply;
  now: () => number;
  bound: () => { clientId: string; binding: { shopId: string } } | null;
}) {
  const { sqlite, outbox, rows } = deps;
  const issueRow = sqlite.prepare(
    'select mutation_id, name, args, error_code, server_row from sync_issues where mutation_id = ?',
  );
  const removeIssue = sqlite.prepare('delete from sync_issues where mutation_id = ?');
  const enqueue = sqlite.prepare(
    'insert into sync_outbox (client_id, name, args, created_at) values (?, ?, ?, ?)',
  );

  const localRow = (table: SyncTable, id: string) => {
    const json = sqlite
      .prepare(`select ${rowJsonSql(table, 'r')} from "${table}" r where r.id = ?`)
      .pluck()
      .get(id) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as Record<string, unknown>);
  };
  const localVersion = (table: SyncTable, id: string) =>
    sqlite.prepare(`select version from "${table}" where id = ?`).pluck().get(id) as number | undefined;

  function dismiss(mutationId: number): boolean {
    const issue = issueRow.get(mutationId) as IssueRow | undefined;
    if (!issue) return false;
    const name = parseMutationName(issue.name);
    const bound = deps.bound();
    inSyncTransaction(sqlite, () => {
      removeIssue.run(mutationId);
      if (!name || !bound || !isSetAside(issue.error_code)) return;
      const id = String((JSON.parse(issue.args) as { id?: unknown }).id);
      const serverRow = issue.server_row ? (JSON.parse(issue.server_row) as SyncRow | null) : null;
      const version = localVersion(name.table, id);
      if (version === undefined) return;
      // A pull since the refusal already brought the server's row (the set-aside change was not pending).
      if (serverRow && version > serverRow.version) return;
      if (serverRow) rows.upsertServerRow(bound.binding.shopId, serverRow);
      else if (version === 0) rows.removeRow(name.table, id);
      rebaseRows(outbox, rows, bound.binding.shopId, [{ table: name.table, id }]);
    });
    return true;
  }

  /** The columns sent again: the whole row for a refused put, the refused patch's columns otherwise. */
  function fix(mutationId: number): { fields: string[] } {
    const issue = issueRow.get(mutationId) as IssueRow | undefined;
    const name = issue && parseMutationName(issue.name);
    const bound = deps.bound();
    if (!issue || !name || !bound || !isSetAside(issue.error_code) || name.op === 'delete')
      throw new AppError('notFound', 'sync.issue.notFixable');
    const args = JSON.parse(issue.args) as { id?: unknown; fields?: Record<string, unknown> };
    const id = String(args.id);
    const row = localRow(name.table, id);
    if (!row) {
      removeIssue.run(mutationId);
      return { fields: [] };
    }
    const columns = name.op === 'put' ? Object.keys(row) : Object.keys(args.fields ?? {});
    const fixed = Object.fromEntries(columns.map((column) => [column, syncable(column, row[column])]));
    const changed = columns.filter((column) => fixed[column] !== row[column]);
    const mutation =
      name.op === 'put'
        ? { name: issue.name, args: { ...fixed, id } }
        : { name: issue.name, args: { id, fields: fixed } };
    const bytes = Buffer.byteLength(JSON.stringify(mutation));
    if (!parseMutation(mutation).ok || bytes > PUSH_LIMITS.maxBytes - 1024)
      throw new AppError('validation', 'sync.issue.notFixable');
    inSyncTransaction(sqlite, () => {
      if (changed.length)
        rows.applyMutation(bound.binding.shopId, `${name.table}.patch`, {
          id,
          fields: Object.fromEntries(changed.map((column) => [column, fixed[column]])),
        });
      enqueue.run(bound.clientId, mutation.name, JSON.stringify(mutation.args), deps.now());
      removeIssue.run(mutationId);
    });
    return { fields: changed };
  }

  return { dismiss, fix };
}
