/** Overdue + due-today count for the sidebar: asked every 60 s and after every task-changing action. */
import { useCallback, useEffect, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import { useTasksChanged } from './task-events';

const REFRESH_MS = 60_000;

export function useTaskBadge(): number {
  const kefu = useKefu();
  const [count, setCount] = useState(0);
  const refresh = useCallback(() => {
    void kefu.tasks.badge({}).then((result) => {
      if (result.ok) setCount(result.value.overdue + result.value.dueToday);
    });
  }, [kefu]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useTasksChanged(refresh);
  return count;
}
