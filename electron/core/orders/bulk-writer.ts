/**
 * Plain prepared statements for an import's many inserts and updates. Drizzle builds each query
 * from scratch (about 0.3 ms for an orders row), which alone would take 100,000 rows past the
 * import's time budget; the rows keep drizzle's shapes and its columns' own value mapping
 * (JSON lists, booleans), so the SQL stays derived from the schema.
 */
import type Database from 'better-sqlite3';
import { Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** A statement for one set of columns, and how each column's value goes to the driver. */
interface ShapePlan {
  keys: string[];
  statement: Database.Statement;
  /** Null where the column passes values through unchanged (most of them). */
  mappers: (((value: unknown) => unknown) | null)[];
}

const passesThrough = (column: SQLiteColumn) => column.mapToDriverValue === Column.prototype.mapToDriverValue;

/** Same keys in the same order: rows built by one object literal, as the planner's are. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export function createBulkWriter(sqlite: Database.Database) {
  const plans = new Map<string, ShapePlan>();

  function planFor(
    kind: 'insert' | 'update',
    table: SQLiteTable,
    keys: string[],
    sql: (name: string, columns: string[]) => string,
  ): ShapePlan {
    const name = getTableName(table);
    const key = `${kind} ${name} ${keys.join(',')}`;
    let plan = plans.get(key);
    if (!plan) {
      const all = getTableColumns(table) as Record<string, SQLiteColumn>;
      const columns = keys.map((k) => all[k]!);
      plan = {
        keys,
        statement: sqlite.prepare(
          sql(
            name,
            columns.map((c) => `"${c.name}"`),
          ),
        ),
        mappers: columns.map((c) =>
          passesThrough(c) ? null : (value: unknown) => c.mapToDriverValue(value),
        ),
      };
      plans.set(key, plan);
    }
    return plan;
  }

  function driverValues(plan: ShapePlan, row: Record<string, unknown>): unknown[] {
    const values = new Array<unknown>(plan.keys.length);
    for (let i = 0; i < plan.keys.length; i += 1) {
      const value = row[plan.keys[i]!];
      const mapper = plan.mappers[i];
      values[i] = value === null || value === undefined ? null : mapper ? mapper(value) : value;
    }
    return values;
  }

  function insert<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]): void {
    let plan: ShapePlan | null = null;
    for (const row of rows) {
      const keys = Object.keys(row);
      if (!plan || !sameKeys(plan.keys, keys)) {
        plan = planFor(
          'insert',
          table,
          keys,
          (name, columns) =>
            `insert into "${name}" (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
      }
      plan.statement.run(driverValues(plan, row));
    }
  }

  function update<T extends SQLiteTable>(table: T, id: string, set: Partial<T['$inferInsert']>): void {
    const plan = planFor(
      'update',
      table,
      Object.keys(set),
      (name, columns) => `update "${name}" set ${columns.map((c) => `${c} = ?`).join(', ')} where "id" = ?`,
    );
    plan.statement.run(...driverValues(plan, set), id);
  }

  return { insert, update };
}

export type BulkWriter = ReturnType<typeof createBulkWriter>;
