/** `kefu sync`'s summary: what went up, what came down, issues, and the status in words. */
import type { TFunction } from 'i18next';
import type { SyncRunResult } from '../core/sync/sync-engine';

export function describeSyncRun(t: TFunction, run: SyncRunResult): string {
  const { status } = run;
  const state = t(`sync.state.${status.state}`, { count: status.pending });
  const lines = [
    t('cli.sync.summary', {
      pushed: run.pushed,
      pulled: run.pulled,
      rejected: run.rejected,
      issues: status.issues,
    }),
    t('cli.sync.status', { state, server: status.serverUrl ?? '', agentCode: status.agentCode ?? '' }),
  ];
  if (status.error) lines.push(`  ${t(status.error.messageKey)}`);
  return lines.join('\n');
}
