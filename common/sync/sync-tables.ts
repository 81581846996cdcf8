/**
 * Who may write which synced table (DESIGN.md "Sync protocol", Scope). The server enforces this
 * from the caller's token; the client uses it to know which rows it may change offline.
 * - `library`: the team's phrases, templates and lint rules. Supervisors write, everyone reads.
 * - `team`: customers, orders and their follow-up. Any agent of the shop writes and reads.
 * - `own`: an agent's checklists, inquiries, phrase usage and daily logs. The owning agent
 *   writes; the owner and the shop's supervisors read.
 * - `learned`: the buyer questions agents picked phrases for. Every agent of the shop reads them
 *   all (each desk's suggestions learn from the whole team); an agent writes only its own rows,
 *   supervisors and admins any (pruning a learned question tombstones every agent's row).
 * - `escalation`: a case an agent handed to the supervisor. The owner (the agent who escalated)
 *   and the shop's supervisors and admins read it; the owner writes it, supervisors and admins
 *   write any, and some columns are the supervisor's alone (column-access.ts).
 *
 * Invoices are `team`, the morning briefing `library`, its 已读 rows `own`; which columns a caller
 * may set on top of this (actor stamps, the supervisor's answer) is column-access.ts.
 */
import { SYNC_COLUMNS } from './sync-columns.generated';

export type SyncTable = keyof typeof SYNC_COLUMNS;
export type TableAccess = 'library' | 'team' | 'own' | 'learned' | 'escalation';

export const TABLE_ACCESS: Readonly<Record<SyncTable, TableAccess>> = {
  phrase_groups: 'library',
  phrases: 'library',
  lint_rules: 'library',
  checklist_templates: 'library',
  checklist_steps: 'library',
  customers: 'team',
  orders: 'team',
  order_items: 'team',
  order_remarks: 'team',
  return_cases: 'team',
  tasks: 'team',
  inquiries: 'own',
  phrase_usages: 'own',
  phrase_questions: 'learned',
  checklist_days: 'own',
  checklist_items: 'own',
  daily_logs: 'own',
  invoices: 'team',
  escalations: 'escalation',
  briefings: 'library',
  briefing_reads: 'own',
};

/** In apply order: a row's parents come before it. */
export const SYNC_TABLES = Object.keys(SYNC_COLUMNS) as SyncTable[];

export const isSyncTable = (name: string): name is SyncTable => Object.hasOwn(SYNC_COLUMNS, name);

export type SyncRole = 'agent' | 'supervisor' | 'admin';

/** Library tables with no personal rows: an agent writes none of them (the morning briefing). */
const TEAM_ONLY_LIBRARY: ReadonlySet<SyncTable> = new Set<SyncTable>(['briefings']);

export type RowScope = 'team' | 'personal';

/**
 * Whether `role`, as agent `agentId`, may write a row of `table` owned by `ownerId`. In the
 * library an agent keeps personal phrases (scope `personal`) of their own; the team's are the
 * supervisors'.
 */
export function mayWrite(
  table: SyncTable,
  role: SyncRole,
  agentId: string,
  ownerId: string | null,
  scope: RowScope = 'team',
): boolean {
  switch (TABLE_ACCESS[table]) {
    case 'library':
      return (
        role !== 'agent' || (scope === 'personal' && ownerId === agentId && !TEAM_ONLY_LIBRARY.has(table))
      );
    case 'team':
      return true;
    case 'own':
      return ownerId === agentId;
    case 'learned':
    case 'escalation':
      return role !== 'agent' || ownerId === agentId;
  }
}

/** Whether `role` may read such a row: others' own rows and personal phrases are not an agent's. */
export function mayRead(
  table: SyncTable,
  role: SyncRole,
  agentId: string,
  ownerId: string | null,
  scope: RowScope = 'team',
): boolean {
  if (role !== 'agent' || ownerId === agentId) return true;
  switch (TABLE_ACCESS[table]) {
    case 'library':
      return scope !== 'personal';
    case 'team':
    case 'learned':
      return true;
    case 'own':
    case 'escalation':
      return false;
  }
}

/** Tables an agent reads only its own rows of (supervisors and admins read them all). */
export const OWNER_READ_TABLES: readonly SyncTable[] = SYNC_TABLES.filter(
  (table) => TABLE_ACCESS[table] === 'own' || TABLE_ACCESS[table] === 'escalation',
);
