import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/api-result';
import { createDispatcher } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import { openTestDesk } from '../core/test-support/test-desk';
import type { TaskBadge } from '../core/tasks/task-schema';
import { mayChangeTasks, refreshAfterTaskChanges } from './tray-task-refresh';

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
const HOUR = 3_600_000;

/** The Electron main process's wiring, minus Electron: the real contract, the tray's count kept aside. */
function serve() {
  const { core } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-tray-', role: null });
  const shown: TaskBadge[] = [];
  const dispatch = refreshAfterTaskChanges(createDispatcher(createHandlers(core)), () =>
    shown.push(core.tasks.badge()),
  );
  const call = async (method: string, input: unknown = {}) => {
    const result = (await dispatch(method, input)) as ApiResult<{ id?: string }>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dispatch, call, shown };
}

describe('tray task count after contract calls', () => {
  it('is read again after task actions, not after reads or panel calls', async () => {
    const { call, shown } = serve();
    await call('settings.save', SAMPLE_SETTINGS);
    await call('tasks.list');
    await call('phrases.search', { query: 'fh' });
    expect(shown).toEqual([]);

    const overdue = await call('tasks.save', { kind: 'custom', title: '给买家补发赠品', dueAt: NOW - HOUR });
    await call('tasks.save', { kind: 'custom', title: '回访', dueAt: NOW + HOUR });
    expect(shown).toEqual([
      { overdue: 1, dueToday: 0 },
      { overdue: 1, dueToday: 1 },
    ]);

    await call('tasks.complete', { id: overdue.id });
    expect(shown.at(-1)).toEqual({ overdue: 0, dueToday: 1 });
  });

  it('is not read after a refused call, and a failing refresh does not fail the call', async () => {
    const { dispatch, shown } = serve();
    await dispatch('settings.save', SAMPLE_SETTINGS);
    expect(await dispatch('tasks.save', { kind: 'custom', title: '' })).toMatchObject({ ok: false });
    expect(shown).toEqual([]);

    const reported: unknown[] = [];
    const failing = refreshAfterTaskChanges(
      dispatch,
      () => {
        throw new Error('tray gone');
      },
      (cause) => reported.push(cause),
    );
    expect(await failing('tasks.runRules', {})).toMatchObject({ ok: true });
    expect(reported).toEqual([new Error('tray gone')]);
  });

  it('counts order changes (the rules follow them) and skips order reads', () => {
    expect(['orders.setStatus', 'orders.importApply', 'tasks.snooze'].map(mayChangeTasks)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['orders.list', 'orders.importPreview', 'tasks.badge', 'phrases.deliver'].map(mayChangeTasks),
    ).toEqual([false, false, false, false]);
  });
});
