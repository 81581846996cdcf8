/**
 * A GET that a page shows: loading, its answer, or its refusal; re-run when its key changes or on
 * `reload()`, and every `refreshMs` when given (今日团队 is live). A late answer to an older key
 * is dropped, so a quick change of filters never shows the previous figures under the new ones.
 * While a refresh runs the previous answer stays on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ConsoleApiError } from './console-client';

export interface QueryState<T> {
  data: T | null;
  error: ConsoleApiError | null;
  loading: boolean;
  /** When the shown answer arrived (ms). */
  receivedAt: number | null;
  reload(): void;
}

export function useConsoleQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  refreshMs?: number,
): QueryState<T> {
  const [state, setState] = useState<{
    key: string | null;
    data: T | null;
    error: ConsoleApiError | null;
    receivedAt: number | null;
  }>({
    key: null,
    data: null,
    error: null,
    receivedAt: null,
  });
  const [tick, setTick] = useState(0);
  // Loading = the latest request (key and refresh tick) has not been answered yet.
  const [answered, setAnswered] = useState<string | null>(null);
  const requestId = `${key}#${tick}`;
  const latest = useRef(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    const id = `${key}#${tick}`;
    loader
      .current()
      .then(
        (data) => ({ data, error: null }),
        (error: unknown) => ({
          data: null,
          error:
            error instanceof ConsoleApiError
              ? error
              : new ConsoleApiError('badAnswer', 'console.error.badAnswer', 0),
        }),
      )
      .then(({ data, error }) => {
        if (request !== latest.current) return;
        setAnswered(id);
        setState((previous) =>
          error && previous.key === key
            ? { ...previous, error }
            : { key, data, error, receivedAt: error ? previous.receivedAt : Date.now() },
        );
      });
  }, [key, tick]);

  useEffect(() => {
    if (!refreshMs || key === null) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), refreshMs);
    return () => window.clearInterval(timer);
  }, [key, refreshMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: key !== null && answered !== requestId,
    receivedAt: current ? state.receivedAt : null,
    reload,
  };
}
