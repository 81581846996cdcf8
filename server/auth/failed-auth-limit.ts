/**
 * Failed authentications per address, counted in memory per instance like the request rate
 * limit. Past `max` failures in a window the address is refused with 429 before any token is
 * looked up: guessing tokens costs the database nothing and a new token per guess opens no new
 * rate-limit bucket.
 */
import { SyncError } from '../http/sync-error';

export type FailedAuthLimitOptions = { max: number; timeWindowMs: number };

export const DEFAULT_FAILED_AUTH_LIMIT: FailedAuthLimitOptions = { max: 60, timeWindowMs: 60_000 };

export class FailedAuthLimit {
  /** Failures per address in the current window; dropped whole when it ends, so memory holds one window's addresses. */
  private failures = new Map<string, number>();
  private windowEndsAt = 0;

  constructor(
    private readonly options: FailedAuthLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  private current(): Map<string, number> {
    const now = this.now();
    if (now >= this.windowEndsAt) {
      this.failures.clear();
      this.windowEndsAt = now + this.options.timeWindowMs;
    }
    return this.failures;
  }

  /** Throws 429 rateLimited while `address` has used up its failures in this window. */
  check(address: string): void {
    if ((this.current().get(address) ?? 0) < this.options.max) return;
    const retryAfterMs = this.windowEndsAt - this.now();
    throw new SyncError(
      'rateLimited',
      `Too many failed authentications from this address (at most ${this.options.max} per ${this.options.timeWindowMs / 1000} s); retry in ${Math.ceil(retryAfterMs / 1000)} s.`,
      { retryAfterMs },
    );
  }

  failed(address: string): void {
    const failures = this.current();
    failures.set(address, (failures.get(address) ?? 0) + 1);
  }
}
