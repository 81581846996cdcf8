/** The task list, reloaded on demand, every minute (due times pass), whenever tasks change and after a sync. */
import { useCallback } from 'react';
import type { MethodOutput } from '../../../electron/api/contract';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useMinutelyLoad } from '../api/use-minutely-load';
import { useTasksChanged } from './task-events';
import { useSyncedRows } from '../sync/use-sync-status';

export type TaskList = MethodOutput<'tasks.list'>;
export type Task = TaskList['today'][number];

export function useTaskList(includeClosed: boolean) {
  const load = useCallback((kefu: KefuClient) => kefu.tasks.list({ includeClosed }), [includeClosed]);
  const { state, reload } = useMinutelyLoad(load);
  useSyncedRows(reload);
  useTasksChanged(reload);
  return { state, reload };
}
