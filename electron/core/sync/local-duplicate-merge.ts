/**
 * A server row can meet a local row that holds the same unique key under another id: a customer
 * created here before a tombstone freed its natural id, an order number corrected by hand on two
 * desks. Copying the server row in would break the unique index and stall every later pull, so
 * the local row merges into the server's: rows pointing at it and this desk's pending mutations
 * (of it, and of rows pointing at it) follow to the server's id, then the local row goes.
 */
import type Database from 'better-sqlite3';
import type { SyncRow } from '../../../common/sync/protocol';
import type { SyncTable } from '../../../common/sync/sync-tables';
import { ROW_REFERENCES } from './natural-rekey';

interface UniqueKey {
  columns: string[];
  /** The partial index's condition, when it has one. */
  where: string | null;
}

export function createLocalDuplicateMerge(sqlite: Database.Database) {
  const keys = new Map<SyncTable, UniqueKey[]>();

  function uniqueKeys(table: SyncTable): UniqueKey[] {
    let found = keys.get(table);
    if (found) return found;
    const indexes = sqlite.prepare(`pragma index_list("${table}")`).all() as {
      name: string;
      unique: number;
      origin: string;
    }[];
    found = indexes
      .filter((index) => index.unique === 1 && index.origin === 'c')
      .map((index) => {
        const columns = (
          sqlite.prepare(`pragma index_info("${index.name}")`).all() as { name: string }[]
        ).map((c) => c.name);
        const sql = sqlite
          .prepare(`select sql from sqlite_schema where type = 'index' and name = ?`)
          .pluck()
          .get(index.name) as string;
        const where = /\swhere\s([\s\S]+)$/i.exec(sql)?.[1] ?? null;
        return { columns, where };
      });
    keys.set(table, found);
    return found;
  }

  /** Local rows that hold one of `row`'s unique keys under another id. */
  function duplicatesOf(table: SyncTable, row: SyncRow, values: Record<string, unknown>): string[] {
    const ids = new Set<string>();
    for (const key of uniqueKeys(table)) {
      const match = key.columns.map((c) => `"${c}" is ?`).join(' and ');
      const statement = sqlite
        .prepare(
          `select id from "${table}" where ${match}${key.where ? ` and (${key.where})` : ''} and id <> ?`,
        )
        .pluck();
      for (const id of statement.all(...key.columns.map((c) => values[c] ?? null), row.id) as string[])
        ids.add(id);
    }
    return [...ids];
  }

  function follow(table: SyncTable, fromId: string, toId: string): void {
    sqlite
      .prepare(
        `update sync_outbox set args = json_set(args, '$.id', @to)
         where name in (@table || '.put', @table || '.patch', @table || '.delete') and json_extract(args, '$.id') = @from`,
      )
      .run({ table, from: fromId, to: toId });
    for (const ref of ROW_REFERENCES.filter((r) => r.parent === table)) {
      sqlite
        .prepare(`update "${ref.table}" set "${ref.column}" = ? where "${ref.column}" = ?`)
        .run(toId, fromId);
      sqlite
        .prepare(
          `update sync_outbox set args = json_set(args, '$.${ref.column}', @to)
           where name = '${ref.table}.put' and json_extract(args, '$.${ref.column}') = @from`,
        )
        .run({ from: fromId, to: toId });
      sqlite
        .prepare(
          `update sync_outbox set args = json_set(args, '$.fields.${ref.column}', @to)
           where name = '${ref.table}.patch' and json_extract(args, '$.fields.${ref.column}') = @from`,
        )
        .run({ from: fromId, to: toId });
    }
  }

  /** Inside inSyncTransaction; answers how many local rows merged into the server's. */
  return function mergeInto(table: SyncTable, row: SyncRow, values: Record<string, unknown>): number {
    const duplicates = duplicatesOf(table, row, values);
    for (const id of duplicates) {
      follow(table, id, row.id);
      sqlite.prepare(`delete from "${table}" where id = ?`).run(id);
    }
    return duplicates.length;
  };
}
