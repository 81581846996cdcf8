/**
 * One order's existing rule tasks against what the rules want now, as a list of changes. Pure,
 * so the whole policy is testable without a database:
 * - wanted, none yet → create;
 * - wanted, closed earlier by a rule (its cause went and came back) → reopen; the unique index
 *   on (order, kind) means the row is reused, never duplicated;
 * - wanted, and open, snoozed, done or cancelled by the agent → keep as it is: the agent's
 *   decision (and any due time or priority they changed) stands. A task the agent completed
 *   stays done even if its cause returns;
 * - not wanted, still open or snoozed → cancel with the reason key in the note;
 * - not wanted, already closed → keep.
 * Applying the changes and reconciling again yields no changes: the pass is idempotent.
 */
import { isAutoClosed, withAutoClose, withoutAutoClose } from './auto-close-note';
import type { TaskPriority } from './task-kinds';
import type { RuleTaskKind } from './task-kinds';
import type { DesiredTask } from './task-rules';

export interface ExistingRuleTask {
  id: string;
  kind: RuleTaskKind;
  status: 'open' | 'done' | 'cancelled' | 'snoozed';
  note: string;
}

export type RuleChange =
  | { type: 'create'; kind: RuleTaskKind; priority: TaskPriority; dueAt: number }
  | { type: 'reopen'; id: string; kind: RuleTaskKind; priority: TaskPriority; dueAt: number; note: string }
  | { type: 'close'; id: string; kind: RuleTaskKind; note: string };

export function reconcile(
  existing: readonly ExistingRuleTask[],
  desired: readonly DesiredTask[],
  reasonFor: (kind: RuleTaskKind) => string,
): RuleChange[] {
  const changes: RuleChange[] = [];
  const byKind = new Map(existing.map((task) => [task.kind, task]));
  for (const want of desired) {
    const task = byKind.get(want.kind);
    if (!task) changes.push({ type: 'create', ...want });
    else if (task.status === 'cancelled' && isAutoClosed(task.note)) {
      changes.push({ type: 'reopen', id: task.id, ...want, note: withoutAutoClose(task.note) });
    }
  }
  const wanted = new Set(desired.map((want) => want.kind));
  for (const task of existing) {
    if (wanted.has(task.kind) || (task.status !== 'open' && task.status !== 'snoozed')) continue;
    changes.push({
      type: 'close',
      id: task.id,
      kind: task.kind,
      note: withAutoClose(task.note, reasonFor(task.kind)),
    });
  }
  return changes;
}
