/**
 * One value from the desk's API: loaded on mount and whenever `load` changes (keep it stable with
 * useCallback over what it reads), again on `reload`, or replaced by what a change answered. An
 * answer that arrives after a newer load started is dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../../../electron/api/api-result';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useKefu } from './kefu-context';

export type ApiLoad<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: ApiError };

export function useApiLoad<T>(load: (kefu: KefuClient) => Promise<ApiResult<T>>) {
  const kefu = useKefu();
  const [state, setState] = useState<ApiLoad<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void load(kefu).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [kefu, load, version]);

  const replace = useCallback((value: T) => setState({ status: 'ready', value }), []);
  return { state, reload, replace };
}
