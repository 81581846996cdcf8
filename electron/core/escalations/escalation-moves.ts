/**
 * Which escalation moves the desk's agent may make, decided before anything is written so an
 * agent offline gets the same answer the server would give: the supervisor's columns and
 * statuses are the shared rule (common/sync/column-access.ts), checked on the row as it would be
 * stored.
 */
import { checkColumnWrites, mayEditColumn } from '../../../common/sync/column-access';
import type { ESCALATION_STATUSES } from '../../../db/enums';
import type { escalations } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Identity } from '../settings/settings-service';

type EscalationRow = typeof escalations.$inferSelect;
type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** A supervisor answers or takes over a case still waiting, or answers again with a new instruction. */
const SUPERVISOR_MOVES_FROM: readonly EscalationStatus[] = ['open', 'answered'];
/** The agent who escalated closes it once the supervisor has answered or taken it over. */
const OWNER_CLOSES_FROM: readonly EscalationStatus[] = ['answered', 'taken_over'];

/** Refuses `after` when the shared column rule would: `errors.escalation.supervisorOnly` names the field. */
export function assertColumnWrites(
  who: Identity,
  before: EscalationRow | undefined,
  after: EscalationRow,
): void {
  const refusal = checkColumnWrites(
    'escalations',
    { role: who.role, agentId: who.agentId },
    before as Record<string, unknown> | undefined,
    after as Record<string, unknown>,
  );
  if (refusal) throw new AppError('forbidden', 'errors.escalation.supervisorOnly', { field: refusal.column });
}

/** Answering (`answer`) or taking over (`taken_over_by`): refused to agents before the status is looked at. */
export const assertSupervisorMove =
  (column: 'answer' | 'taken_over_by') =>
  (who: Identity, row: EscalationRow): void => {
    if (!mayEditColumn('escalations', who.role, column))
      throw new AppError('forbidden', 'errors.escalation.supervisorOnly', { field: column });
    if (!SUPERVISOR_MOVES_FROM.includes(row.status))
      throw new AppError('conflict', 'errors.escalation.notWaiting', { status: row.status });
  };

export function assertMayClose(who: Identity, row: EscalationRow): void {
  if (row.status === 'closed') throw new AppError('conflict', 'errors.escalation.alreadyClosed');
  if (who.role !== 'agent') return;
  if (row.ownerId !== who.agentId) throw new AppError('forbidden', 'errors.escalation.notYours');
  if (!OWNER_CLOSES_FROM.includes(row.status))
    throw new AppError('conflict', 'errors.escalation.closeBeforeAnswer');
}
