/**
 * Who may set which columns, on top of the table's access (sync-tables.ts). The server checks
 * every put and patch with this against the row it holds (server/sync/decide-mutation.ts); the
 * desk uses the same lists to know what its caller may change offline.
 *
 * - Actor stamps (`*_by`, agent ids): a caller sets or changes one only to its own agent id, or
 *   clears its own. Every agent may work on the shop's invoices, but the invoice says who took
 *   each step, and nobody can put that on a colleague.
 * - Supervisor columns: an escalation's answer and take-over are the supervisor's. An agent (the
 *   owner) never sets or changes them, never moves the status to `answered` or `taken_over`, and
 *   from there only closes the case.
 */
import type { SyncRole, SyncTable } from './sync-tables';

/** Columns holding the agent id of whoever took a step. */
export const ACTOR_COLUMNS: Readonly<Partial<Record<SyncTable, readonly string[]>>> = {
  invoices: ['requested_by', 'registered_by', 'issued_by', 'sent_by', 'voided_by'],
  escalations: ['answered_by', 'taken_over_by', 'closed_by'],
  briefings: ['published_by'],
};

/** Columns only supervisors and admins set or change. */
export const SUPERVISOR_COLUMNS: Readonly<Partial<Record<SyncTable, readonly string[]>>> = {
  escalations: ['answer', 'answered_by', 'first_answer_at', 'taken_over_by'],
};

/** Status values only supervisors and admins set; from them an agent moves a row only to `closed`. */
export const SUPERVISOR_STATUSES: Readonly<Partial<Record<SyncTable, readonly string[]>>> = {
  escalations: ['answered', 'taken_over'],
};

export interface ColumnCaller {
  role: SyncRole;
  agentId: string;
}

export interface ColumnRefusal {
  column: string;
  message: string;
}

type Row = Readonly<Record<string, unknown>>;

const blank = (value: unknown) => value === null || value === undefined || value === '';
const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || a === b;

/** Whether `role` may set `column` of `table` at all (the UI's question; values are checked below). */
export function mayEditColumn(table: SyncTable, role: SyncRole, column: string): boolean {
  return role !== 'agent' || !SUPERVISOR_COLUMNS[table]?.includes(column);
}

/**
 * Why `caller` may not turn row `before` (undefined for a new row) into `after`, or null when it
 * may. `after` is the whole row as it would be stored.
 */
export function checkColumnWrites(
  table: SyncTable,
  caller: ColumnCaller,
  before: Row | undefined,
  after: Row,
): ColumnRefusal | null {
  const was = (column: string) => before?.[column];
  const changed = (column: string) => !same(was(column), after[column]);

  if (caller.role === 'agent') {
    for (const column of SUPERVISOR_COLUMNS[table] ?? [])
      if (changed(column))
        return { column, message: `${column}: only a supervisor sets the ${table} ${column}.` };
    const supervisorStatuses = SUPERVISOR_STATUSES[table];
    if (supervisorStatuses && changed('status')) {
      const to = String(after.status);
      const from = was('status');
      if (supervisorStatuses.includes(to))
        return { column: 'status', message: `status: only a supervisor sets ${table} status ${to}.` };
      if (typeof from === 'string' && supervisorStatuses.includes(from) && to !== 'closed')
        return {
          column: 'status',
          message: `status: a ${table} row that is ${from} can only be closed by an agent, not set to ${to}.`,
        };
    }
  }

  for (const column of ACTOR_COLUMNS[table] ?? []) {
    if (!changed(column)) continue;
    const value = after[column];
    if (value === caller.agentId) continue;
    if (blank(value) && (blank(was(column)) || was(column) === caller.agentId)) continue;
    return {
      column,
      message: blank(value)
        ? `${column}: only ${String(was(column))} clears their own ${column} stamp.`
        : `${column}: set to ${String(value)}; a caller stamps only their own agent id.`,
    };
  }
  return null;
}
