/**
 * What a failed run means for the desk: retry later (network, 5xx, rate limit → 离线 with
 * backoff) or a standing error the agent must act on (update the app, a new token …).
 */
import { SyncTransportError } from './sync-transport';
import type { SyncError } from './sync-state-store';

export type FailureClass = { kind: 'retry' } | { kind: 'error'; error: SyncError };

export const syncErrorMessageKey = (code: string) => `sync.error.${code}`;

export function classifyFailure(failure: unknown): FailureClass {
  if (failure instanceof SyncTransportError) {
    if (failure.retryable) return { kind: 'retry' };
    const code =
      failure.status === 426 || failure.code === 'updateRequired'
        ? 'updateRequired'
        : failure.status === 401 || failure.status === 403
          ? 'unauthorized'
          : (failure.code ?? 'badAnswer');
    return { kind: 'error', error: { code, messageKey: syncErrorMessageKey(code) } };
  }
  return { kind: 'error', error: { code: 'internal', messageKey: syncErrorMessageKey('internal') } };
}
