/**
 * Who writes the briefing, offline as on the server: the shared access rule of the `briefings`
 * table (library, team rows only — common/sync/sync-tables.ts), so a desk never queues a change
 * the server would refuse.
 */
import { mayWrite } from '../../../common/sync/sync-tables';
import { AppError } from '../app-error';
import type { Identity } from '../settings/settings-service';

export const mayWriteBriefing = (who: Identity): boolean =>
  mayWrite('briefings', who.role, who.agentId, who.agentId, 'team');

export function requireBriefingWriter(who: Identity): void {
  if (!mayWriteBriefing(who)) throw new AppError('forbidden', 'errors.briefing.supervisorsOnly');
}
