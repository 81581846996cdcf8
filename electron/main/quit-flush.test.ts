import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../core/sync/sync-schema';
import { syncStatusOf } from '../core/test-support/sync-status';
import { flushBeforeQuit } from './quit-flush';

const status = syncStatusOf;

describe('quit flushes the outbox first', () => {
  it('skips the run when nothing waits or no server is connected', async () => {
    let runs = 0;
    const run = async () => {
      runs += 1;
      return status('synced', 0);
    };
    expect(await flushBeforeQuit({ status: () => status('synced', 0), now: run })).toBe('nothingPending');
    expect(await flushBeforeQuit({ status: () => status('unconfigured', 0), now: run })).toBe(
      'nothingPending',
    );
    expect(runs).toBe(0);
  });

  it('runs once and says whether everything went', async () => {
    expect(
      await flushBeforeQuit({ status: () => status('pending', 3), now: async () => status('synced', 0) }),
    ).toBe('flushed');
    expect(
      await flushBeforeQuit({ status: () => status('pending', 3), now: async () => status('offline', 3) }),
    ).toBe('stillPending');
  });

  it('never holds the quit longer than its bound', async () => {
    const started = Date.now();
    const hanging = () => new Promise<SyncStatus>(() => undefined);
    expect(await flushBeforeQuit({ status: () => status('pending', 1), now: hanging }, 50)).toBe('timedOut');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
