/**
 * When the desk syncs (issue #6): soon after a local change (debounced, so a burst of edits
 * goes up as one run), every 30 s while the server answers, after a backoff delay while it does
 * not, at once when the shell reports the network is back, and on "sync now". The engine runs
 * one run at a time. Timers are injected so tests step through time.
 *
 * Local changes are noticed by watching the outbox's newest mutation id (a primary-key lookup
 * once a second): that also catches writes made by the CLI in another process.
 */
import type { SyncRunResult } from './sync-engine';

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const REAL_TIMERS: SchedulerTimers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending sync never keeps a CLI or a test process alive on its own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SyncSchedulerOptions {
  run: () => Promise<SyncRunResult>;
  /** The newest outbox mutation id (0 when empty). */
  outboxHead: () => number;
  timers?: SchedulerTimers;
  periodMs?: number;
  debounceMs?: number;
  watchMs?: number;
  onError?: (error: unknown) => void;
}

export function createSyncScheduler({
  run,
  outboxHead,
  timers = REAL_TIMERS,
  periodMs = 30_000,
  debounceMs = 2_000,
  watchMs = 1_000,
  onError = (error) => console.error('sync:', error),
}: SyncSchedulerOptions) {
  let nextRun: unknown = null;
  let watcher: unknown = null;
  let lastHead = 0;
  let backingOff = false;
  let stopped = true;
  let inFlight: Promise<unknown> | null = null;

  function schedule(ms: number): void {
    if (nextRun !== null) timers.clearTimeout(nextRun);
    nextRun = stopped ? null : timers.setTimeout(fire, ms);
  }

  async function runAndReschedule(): Promise<SyncRunResult> {
    const running = run();
    inFlight = running;
    const result = await running.finally(() => {
      if (inFlight === running) inFlight = null;
    });
    backingOff = result.retryInMs !== null;
    schedule(result.retryInMs ?? periodMs);
    return result;
  }

  function fire(): void {
    nextRun = null;
    runAndReschedule().catch((error: unknown) => {
      onError(error);
      schedule(periodMs);
    });
  }

  function watch(): void {
    watcher = null;
    if (stopped) return;
    const head = outboxHead();
    // While backing off the server is unreachable: a change waits for the retry.
    if (head > lastHead && !backingOff) schedule(debounceMs);
    lastHead = head;
    watcher = timers.setTimeout(watch, watchMs);
  }

  return {
    start(): void {
      if (!stopped) return;
      stopped = false;
      lastHead = outboxHead();
      schedule(0);
      watcher = timers.setTimeout(watch, watchMs);
    },
    /** No further runs; resolves once a run under way has finished (before closing the database). */
    stop(): Promise<void> {
      stopped = true;
      if (nextRun !== null) timers.clearTimeout(nextRun);
      if (watcher !== null) timers.clearTimeout(watcher);
      nextRun = watcher = null;
      return (inFlight ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      );
    },
    /** "Sync now": runs at once (or joins the run under way) and restarts the period. */
    syncNow: (): Promise<SyncRunResult> => runAndReschedule(),
    /** The shell saw the network come back: no need to wait out the backoff. */
    reconnected(): void {
      if (backingOff) schedule(0);
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
