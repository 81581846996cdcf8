/**
 * Local writes of the sync engine, always inside inSyncTransaction: server rows copied in as
 * they are (every column, version, tombstone) — a pull page's rows of one table by one
 * statement — a row removed when the server has none, and one of this install's own mutations
 * re-applied on top (a rebase).
 */
import type Database from 'better-sqlite3';
import { parseMutationName, type SyncRow } from '../../../common/sync/protocol';
import { SERVER_COLUMNS, columnNames } from '../../../common/sync/row-schema';
import { isSyncTable, type SyncTable } from '../../../common/sync/sync-tables';
import { createLocalDuplicateMerge } from './local-duplicate-merge';

const clientColumns = (table: SyncTable) =>
  columnNames(table).filter((name) => !(SERVER_COLUMNS as readonly string[]).includes(name));

const quote = (name: string) => `"${name}"`;

/** SQLite takes text, integers and null; anything else (a boolean from JSON) is stored as such. */
function sqliteValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

export function createRowApply(sqlite: Database.Database) {
  const mergeInto = createLocalDuplicateMerge(sqlite);
  const statements = new Map<string, Database.Statement>();
  const prepared = (key: string, build: () => string) => {
    let found = statements.get(key);
    if (!found) {
      found = sqlite.prepare(build());
      statements.set(key, found);
    }
    return found;
  };

  /** Every column a server row sets: the client's, then the shop and the version. */
  const serverColumns = new Map<SyncTable, string[]>();
  const columnsOf = (table: SyncTable) => {
    let found = serverColumns.get(table);
    if (!found) serverColumns.set(table, (found = [...clientColumns(table), ...SERVER_COLUMNS]));
    return found;
  };
  const upsertSql = (table: SyncTable, values: string) => {
    const columns = columnsOf(table);
    const updates = columns
      .filter((name) => name !== 'id')
      .map((name) => `${quote(name)} = excluded.${quote(name)}`);
    return `insert into ${quote(table)} (${columns.map(quote).join(', ')})
      ${values} on conflict (id) do update set ${updates.join(', ')}`;
  };
  const valuesOf = (table: SyncTable, shopId: string, row: SyncRow) =>
    columnsOf(table).map((name) => {
      if (name === 'id') return row.id;
      if (name === 'shop_id') return shopId;
      if (name === 'version') return row.version;
      if (name === 'deleted_at') return row.deletedAt;
      return sqliteValue(row.data[name]);
    });

  /** Copies a server row in: every client column, the shop, the version and the tombstone. */
  function upsertServerRow(shopId: string, row: SyncRow): SyncTable | null {
    if (!isSyncTable(row.table)) return null;
    const table = row.table;
    const statement = prepared(`upsert ${table}`, () =>
      upsertSql(
        table,
        `values (${columnsOf(table)
          .map(() => '?')
          .join(', ')})`,
      ),
    );
    const values = valuesOf(table, shopId, row);
    try {
      statement.run(values);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      const columns = columnsOf(table);
      const byName = Object.fromEntries(columns.map((name, i) => [name, values[i]]));
      if (mergeInto(table, row, byName) === 0) throw error;
      statement.run(values);
    }
    return table;
  }

  /**
   * Copies one table's rows of a pull page in by one statement: the rows travel as one JSON
   * array of value lists that SQLite walks itself (json_each; `->>` gives back text, integers and
   * null as bound values would be), so a page of thousands of rows is one call, not one each.
   * A unique key held by a local row under another id aborts that statement alone (SQLite undoes
   * what it wrote); the rows then go one by one, where the clash is merged.
   */
  function upsertServerRows(shopId: string, table: SyncTable, rows: readonly SyncRow[]): void {
    const statement = prepared(`upsert page ${table}`, () =>
      upsertSql(
        table,
        `select ${columnsOf(table)
          .map((_, i) => `value ->> ${i}`)
          .join(', ')} from json_each(?) where true`,
      ),
    );
    try {
      statement.run(JSON.stringify(rows.map((row) => valuesOf(table, shopId, row))));
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      for (const row of rows) upsertServerRow(shopId, row);
    }
  }

  function removeRow(table: SyncTable, id: string): void {
    prepared(`remove ${table}`, () => `delete from ${quote(table)} where id = ?`).run(id);
  }

  /** Re-applies one outbox mutation to the local row (args as the outbox trigger wrote them). */
  function applyMutation(shopId: string, name: string, args: Record<string, unknown>): void {
    const parsed = parseMutationName(name);
    if (!parsed) return;
    const { table, op } = parsed;
    const id = String(args.id);
    if (op === 'delete') {
      prepared(`delete ${table}`, () => `update ${quote(table)} set deleted_at = ? where id = ?`).run(
        sqliteValue(args.deletedAt),
        id,
      );
      return;
    }
    const fields =
      op === 'put'
        ? Object.fromEntries(Object.entries(args).filter(([column]) => column !== 'id'))
        : ((args.fields ?? {}) as Record<string, unknown>);
    const known = new Set(clientColumns(table));
    const names = Object.keys(fields).filter((column) => known.has(column));
    if (op === 'put') {
      const columns = ['id', 'shop_id', ...names];
      prepared(`put ${table} ${names.join(',')}`, () => {
        const updates = names.map((column) => `${quote(column)} = excluded.${quote(column)}`);
        return `insert into ${quote(table)} (${columns.map(quote).join(', ')})
          values (${columns.map(() => '?').join(', ')})
          on conflict (id) do update set ${updates.join(', ')}`;
      }).run(id, shopId, ...names.map((column) => sqliteValue(fields[column])));
      return;
    }
    if (names.length === 0) return;
    prepared(
      `patch ${table} ${names.join(',')}`,
      () =>
        `update ${quote(table)} set ${names.map((column) => `${quote(column)} = ?`).join(', ')} where id = ?`,
    ).run(...names.map((column) => sqliteValue(fields[column])), id);
  }

  return { upsertServerRow, upsertServerRows, removeRow, applyMutation };
}

export type RowApply = ReturnType<typeof createRowApply>;
