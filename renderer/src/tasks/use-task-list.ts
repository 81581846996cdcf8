/** The task list, reloaded on demand, every minute (due times pass), whenever tasks change and after a sync. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { useTasksChanged } from './task-events';
import { useSyncedRows } from '../sync/use-sync-status';

export type TaskList = MethodOutput<'tasks.list'>;
export type Task = TaskList['today'][number];

type State =
  { status: 'loading' } | { status: 'ready'; list: TaskList } | { status: 'failed'; error: ApiError };

const REFRESH_MS = 60_000;

export function useTaskList(includeClosed: boolean) {
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  useSyncedRows(reload);

  useEffect(() => {
    let live = true;
    void kefu.tasks.list({ includeClosed }).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', list: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [kefu, includeClosed, version]);

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  useTasksChanged(reload);

  return { state, reload };
}
