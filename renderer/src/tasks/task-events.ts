/**
 * "Something changed the tasks": fired after every action that can add, close or move a task
 * (task buttons, order changes, imports, inquiries), so the sidebar badge and an open task list
 * refresh at once instead of at the next 60-second tick.
 */
import { useEffect, useRef } from 'react';

const EVENT = 'kefu:tasks-changed';

export function notifyTasksChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useTasksChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = () => latest.current();
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
}
