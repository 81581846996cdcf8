/**
 * Retry delays after a network error or a 5xx: exponential from 2 s to 5 min with "full jitter"
 * (a random delay between half and all of the step), so many desks coming back together do not
 * hit the server in step. Random source and clock are injected; success resets it.
 */
export interface BackoffOptions {
  random?: () => number;
  baseMs?: number;
  maxMs?: number;
}

export function createBackoff({
  random = Math.random,
  baseMs = 2_000,
  maxMs = 300_000,
}: BackoffOptions = {}) {
  let failures = 0;
  return {
    /** The delay before the next attempt, counting this failure. */
    failed(): number {
      const step = Math.min(maxMs, baseMs * 2 ** failures);
      failures += 1;
      return Math.round(step / 2 + random() * (step / 2));
    },
    succeeded(): void {
      failures = 0;
    },
    failures: () => failures,
  };
}

export type Backoff = ReturnType<typeof createBackoff>;
