/**
 * useApiLoad, and again every minute: what sync brings or the day's work changes shows without
 * leaving the page.
 */
import { useEffect } from 'react';
import type { ApiResult } from '../../../electron/api/api-result';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useApiLoad } from './use-api-load';

const REFRESH_MS = 60_000;

export function useMinutelyLoad<T>(load: (kefu: KefuClient) => Promise<ApiResult<T>>) {
  const loaded = useApiLoad(load);
  const { reload } = loaded;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return loaded;
}
