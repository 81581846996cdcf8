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
  /** The row's own keys; the stamp's columns follow them in the statement. */
  keys: string[];
  statement: Database.Statement;
  /** Null where the column passes values through unchanged (most of them). */
  mappers: (((value: unknown) => unknown) | null)[];
}

/** Values every row of one call shares (the write's time), bound after the row's own. */
type Stamp = Record<string, unknown>;

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
    stamp: Stamp,
    sql: (name: string, columns: string[]) => string,
  ): ShapePlan {
    const name = getTableName(table);
    const stampKeys = Object.keys(stamp);
    const key = `${kind} ${name} ${keys.join(',')} ${stampKeys.join(',')}`;
    let plan = plans.get(key);
    if (!plan) {
      const all = getTableColumns(table) as Record<string, SQLiteColumn>;
      const columns = [...keys, ...stampKeys].map((k) => all[k]!);
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

  function driverValues(plan: ShapePlan, row: Record<string, unknown>, stampValues: unknown[]): unknown[] {
    const values = new Array<unknown>(plan.mappers.length);
    for (let i = 0; i < plan.mappers.length; i += 1) {
      const value = i < plan.keys.length ? row[plan.keys[i]!] : stampValues[i - plan.keys.length];
      const mapper = plan.mappers[i];
      values[i] = value === null || value === undefined ? null : mapper ? mapper(value) : value;
    }
    return values;
  }

  /** Rows with the stamp's columns left out; the stamp fills them alike in every row. */
  function insert<T extends SQLiteTable>(
    table: T,
    rows: readonly Partial<T['$inferInsert']>[],
    stamp: Partial<T['$inferInsert']> = {},
  ): void {
    const stampValues = Object.values(stamp);
    let plan: ShapePlan | null = null;
    for (const row of rows) {
      const keys = Object.keys(row);
      if (!plan || !sameKeys(plan.keys, keys)) {
        plan = planFor(
          'insert',
          table,
          keys,
          stamp,
          (name, columns) =>
            `insert into "${name}" (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
      }
      plan.statement.run(driverValues(plan, row, stampValues));
    }
  }

  function update<T extends SQLiteTable>(
    table: T,
    id: string,
    set: Partial<T['$inferInsert']>,
    stamp: Partial<T['$inferInsert']> = {},
  ): void {
    const plan = planFor(
      'update',
      table,
      Object.keys(set),
      stamp,
      (name, columns) => `update "${name}" set ${columns.map((c) => `${c} = ?`).join(', ')} where "id" = ?`,
    );
    plan.statement.run(...driverValues(plan, set, Object.values(stamp)), id);
  }

  return { insert, update };
}

export type BulkWriter = ReturnType<typeof createBulkWriter>;
