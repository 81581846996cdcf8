/**
 * Plain prepared statements for an import's many inserts and updates. Drizzle builds each query
 * from scratch (about 0.3 ms for an orders row), which alone would take 100,000 rows past the
 * import's time budget; the rows keep drizzle's shapes and its columns' own value mapping
 * (JSON lists, booleans), so the SQL stays derived from the schema.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

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

  function insert<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]): void {
    for (const row of rows) {
      const keys = Object.keys(row);
      const columns = columnsOf(table, keys);
      const name = getTableName(table);
      statement(`insert ${name} ${keys.join(',')}`, () => {
        const list = columns.map((c) => `"${c.name}"`).join(', ');
        return `insert into "${name}" (${list}) values (${columns.map(() => '?').join(', ')})`;
      }).run(columns.map((column, i) => driverValue(column, (row as Record<string, unknown>)[keys[i]!])));
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
