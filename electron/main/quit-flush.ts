/**
 * Quitting sends what waits in the outbox first: one sync run, bounded so an unreachable server
 * never holds the quit. Whatever does not make it stays in the outbox for the next start.
 */
import type { SyncStatus } from '../core/sync/sync-schema';

export type FlushOutcome = 'nothingPending' | 'flushed' | 'stillPending' | 'timedOut';

export async function flushBeforeQuit(
  sync: { status(): SyncStatus; now(): Promise<SyncStatus> },
  timeoutMs = 5_000,
): Promise<FlushOutcome> {
  const before = sync.status();
  if (before.state === 'unconfigured' || before.pending === 0) return 'nothingPending';
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timedOut'>((resolve) => {
    timer = setTimeout(() => resolve('timedOut'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([
      sync.now().then((after) => (after.pending === 0 ? 'flushed' : 'stillPending') as FlushOutcome),
      timedOut,
    ]);
    return outcome;
  } catch {
    return 'stillPending';
  } finally {
    clearTimeout(timer);
  }
}
