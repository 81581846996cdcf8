/**
 * How the engine reaches the server: an injected dependency, so tests and the convergence test
 * can wrap it (drop, duplicate, reorder) without touching the engine.
 */
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  SyncErrorCode,
  TeamRoster,
  WhoAmI,
} from '../../../common/sync/protocol';

export interface SyncTransport {
  whoAmI(): Promise<WhoAmI>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /** The shop's agents (`GET /v1/team`); a transport without it leaves the desk's roster as it is. */
  team?(): Promise<TeamRoster>;
}

/**
 * A failed exchange, classified: `network` (no answer: refused, reset, timed out) and 5xx are
 * worth retrying with backoff; any other status carries the server's error code.
 */
export class SyncTransportError extends Error {
  constructor(
    readonly kind: 'network' | 'http',
    message: string,
    readonly status: number | null = null,
    readonly code: SyncErrorCode | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SyncTransportError';
  }

  get retryable(): boolean {
    return (
      this.kind === 'network' || (this.status !== null && this.status >= 500) || this.code === 'rateLimited'
    );
  }
}
