import { describe, expect, it } from 'vitest';
import { createBackoff } from './backoff';
import type { SyncRunResult } from './sync-engine';
import { createSyncScheduler, type SchedulerTimers } from './sync-scheduler';

/** Timers stepped by hand: `advance(ms)` fires what falls due, in time order. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: SchedulerTimers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
      // Let the run's promise settle before the next timer.
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    }
    now = end;
  }
  return { timers, advance, now: () => now };
}

function harness(results: (n: number) => Partial<SyncRunResult> = () => ({})) {
  const clock = manualTimers();
  const runs: number[] = [];
  let head = 0;
  const scheduler = createSyncScheduler({
    timers: clock.timers,
    outboxHead: () => head,
    run: async () => {
      runs.push(clock.now());
      return { pushed: 0, pulled: 0, rejected: 0, retryInMs: null, ...results(runs.length) } as SyncRunResult;
    },
  });
  return { ...clock, runs, scheduler, write: () => (head += 1) };
}

describe('sync scheduler', () => {
  it('runs at start and every 30 s while the server answers', async () => {
    const { scheduler, advance, runs } = harness();
    scheduler.start();
    await advance(95_000);
    expect(runs).toEqual([0, 30_000, 60_000, 90_000]);
    scheduler.stop();
    await advance(60_000);
    expect(runs).toHaveLength(4);
  });

  it('runs 2 s after the last of a burst of local changes', async () => {
    const { scheduler, advance, runs, write } = harness();
    scheduler.start();
    await advance(10_000);
    write();
    await advance(1_000);
    write();
    await advance(1_000);
    write();
    await advance(5_000);
    // Noticed within a second of each write; 2 s after the last one noticed (at 13 s).
    expect(runs).toEqual([0, 15_000]);
    await advance(30_000);
    expect(runs).toEqual([0, 15_000, 45_000]);
  });

  it('waits out the backoff while offline, then retries at once when the network is back', async () => {
    const { scheduler, advance, runs, write } = harness((n) => (n <= 2 ? { retryInMs: 4_000 * n } : {}));
    scheduler.start();
    await advance(1_000);
    write();
    await advance(3_500);
    // Offline: the change does not cut the 4 s backoff short.
    expect(runs).toEqual([0, 4_000]);
    scheduler.reconnected();
    await advance(0);
    expect(runs).toEqual([0, 4_000, 4_500]);
  });

  it('syncNow runs at once and restarts the period', async () => {
    const { scheduler, advance, runs } = harness();
    scheduler.start();
    await advance(20_000);
    await scheduler.syncNow();
    await advance(40_000);
    expect(runs).toEqual([0, 20_000, 50_000]);
  });
});

describe('backoff', () => {
  it('doubles from 2 s to at most 5 min, jittered between half and all of each step, and resets on success', () => {
    const mid = createBackoff({ random: () => 0.5 });
    expect(Array.from({ length: 10 }, () => mid.failed())).toEqual([
      1_500, 3_000, 6_000, 12_000, 24_000, 48_000, 96_000, 192_000, 225_000, 225_000,
    ]);
    mid.succeeded();
    expect(mid.failed()).toBe(1_500);
    const low = createBackoff({ random: () => 0 });
    const high = createBackoff({ random: () => 0.999_999 });
    expect([low.failed(), low.failed()]).toEqual([1_000, 2_000]);
    expect([high.failed(), high.failed()]).toEqual([2_000, 4_000]);
  });
});
