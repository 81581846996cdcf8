/**
 * Writes the rows a push changed. The shared schemas keep out every value we know PostgreSQL
 * cannot hold, but if one still gets through (a limit we did not foresee), the push must answer
 * that mutation `rejected`, never fail the whole batch with a 500 that the desk would retry for
 * ever. So a careful write (after a first attempt failed on a value) puts each row in its own
 * savepoint and reports the ones the storage refused.
 */
import { sql } from 'drizzle-orm';
import { rows } from '../database/schema';
import type { ServerDb } from '../database/storage';
import type { StoredRow } from './sync-row';

/** SQLSTATE classes about the value, not the server: 22 data exception, 54 program limit exceeded. */
const VALUE_ERROR_CLASSES = ['22', '54'];

function sqlState(error: unknown): string | null {
  for (let cause: unknown = error; cause && typeof cause === 'object';) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether the storage refused a value (as opposed to being unreachable or broken). */
export const isValueError = (error: unknown): boolean =>
  VALUE_ERROR_CLASSES.includes(sqlState(error)?.slice(0, 2) ?? '');

async function writeRows(tx: ServerDb, changed: readonly StoredRow[]) {
  if (!changed.length) return;
  await tx
    .insert(rows)
    .values([...changed])
    .onConflictDoUpdate({
      target: [rows.shopId, rows.tableName, rows.id],
      set: {
        ownerId: sql`excluded.owner_id`,
        version: sql`excluded.version`,
        deletedAt: sql`excluded.deleted_at`,
        data: sql`excluded.data`,
      },
    });
}

export type UnstorableRow = { key: string; message: string };

/**
 * Every changed row in one statement; `careful`: each in its own savepoint, returning the rows
 * the storage refused (with the SQLSTATE only: the refused value is never echoed or logged).
 */
export async function writeChangedRows(
  tx: ServerDb,
  changed: ReadonlyMap<string, StoredRow>,
  careful: boolean,
): Promise<UnstorableRow[]> {
  if (!careful) {
    await writeRows(tx, [...changed.values()]);
    return [];
  }
  const refused: UnstorableRow[] = [];
  for (const [key, row] of changed) {
    try {
      await tx.transaction((savepoint) => writeRows(savepoint as unknown as ServerDb, [row]));
    } catch (error) {
      if (!isValueError(error)) throw error;
      refused.push({
        key,
        message: `${row.tableName} ${row.id}: the server's storage cannot hold a value of this row (SQLSTATE ${sqlState(error)}).`,
      });
    }
  }
  return refused;
}
