/**
 * Plain prepared statements for an import's many inserts and updates. Drizzle builds each query
 * from scratch (about 0.3 ms for an orders row), which alone would take 100,000 rows past the
 * import's time budget; the rows keep drizzle's shapes and its columns' own value mapping
 * (JSON lists, booleans), so the SQL stays derived from the schema.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** Rows per INSERT: 32 orders × 25 columns stays far below SQLite's 32,766 bound parameters. */
const INSERT_BATCH = 32;

export function createBulkWriter(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();

  function statement(key: string, build: () => string): Database.Statement {
    let found = statements.get(key);
    if (!found) {
      found = sqlite.prepare(build());
      statements.set(key, found);
    }
    return found;
  }

  const tableColumns = new Map<SQLiteTable, Record<string, SQLiteColumn>>();
  function columnsOf<T extends SQLiteTable>(table: T, keys: string[]): SQLiteColumn[] {
    let all = tableColumns.get(table);
    if (!all) {
      all = getTableColumns(table) as Record<string, SQLiteColumn>;
      tableColumns.set(table, all);
    }
    return keys.map((key) => all[key]!);
  }

  const driverValue = (column: SQLiteColumn, value: unknown): unknown =>
    value === null || value === undefined ? null : column.mapToDriverValue(value);

  /**
   * Rows with the same columns go in as one multi-row INSERT of up to INSERT_BATCH rows: one
   * statement step instead of one per row.
   */
  function insert<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]): void {
    const name = getTableName(table);
    let at = 0;
    while (at < rows.length) {
      const keys = Object.keys(rows[at]!);
      const signature = keys.join(',');
      let end = at + 1;
      while (
        end < rows.length &&
        end - at < INSERT_BATCH &&
        Object.keys(rows[end]!).join(',') === signature
      ) {
        end += 1;
      }
      const columns = columnsOf(table, keys);
      const count = end - at;
      const values: unknown[] = [];
      for (let i = at; i < end; i += 1) {
        const row = rows[i] as Record<string, unknown>;
        for (let c = 0; c < keys.length; c += 1) values.push(driverValue(columns[c]!, row[keys[c]!]));
      }
      statement(`insert ${name} ${signature} ${count}`, () => {
        const list = columns.map((c) => `"${c.name}"`).join(', ');
        const tuple = `(${columns.map(() => '?').join(', ')})`;
        return `insert into "${name}" (${list}) values ${Array.from({ length: count }, () => tuple).join(', ')}`;
      }).run(values);
      at = end;
    }
  }

  function update<T extends SQLiteTable>(table: T, id: string, set: Partial<T['$inferInsert']>): void {
    const keys = Object.keys(set);
    const columns = columnsOf(table, keys);
    const name = getTableName(table);
    statement(`update ${name} ${keys.join(',')}`, () => {
      const assignments = columns.map((c) => `"${c.name}" = ?`).join(', ');
      return `update "${name}" set ${assignments} where "id" = ?`;
    }).run(
      ...columns.map((column, i) => driverValue(column, (set as Record<string, unknown>)[keys[i]!])),
      id,
    );
  }

  return { insert, update };
}

export type BulkWriter = ReturnType<typeof createBulkWriter>;
