/**
 * The agent's day (`checklist.today`), reloaded every minute so the live counts follow the work,
 * and replaced by what check / uncheck answer (they return the whole day).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';

export type ChecklistToday = MethodOutput<'checklist.today'>;

type State =
  { status: 'loading' } | { status: 'ready'; today: ChecklistToday } | { status: 'failed'; error: ApiError };

const REFRESH_MS = 60_000;

export function useChecklistToday() {
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void kefu.checklist.today({}).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', today: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [kefu, version]);

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const replace = useCallback((today: ChecklistToday) => setState({ status: 'ready', today }), []);
  return { state, reload, replace };
}
