/**
 * The sync status for the sidebar and Settings: asked every few seconds (the host syncs on its
 * own schedule) and right after this window changes it (connect, sync now, disconnect).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import type { SyncStatus } from './sync-labels';

const REFRESH_MS = 3_000;
const CHANGED = 'kefu:sync-changed';
const ROWS_CHANGED = 'kefu:synced-rows';

export const notifySyncChanged = () => window.dispatchEvent(new Event(CHANGED));

/** Runs `onChange` when a sync brought rows from the server (or rolled some back). */
export function useSyncedRows(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = () => latest.current();
    window.addEventListener(ROWS_CHANGED, listener);
    return () => window.removeEventListener(ROWS_CHANGED, listener);
  }, []);
}

/**
 * `announceRows`: this instance (the sidebar's, mounted once) tells open lists when a sync
 * changed rows, so they show what arrived without the agent navigating away and back.
 */
export function useSyncStatus({ announceRows = false } = {}): {
  status: SyncStatus | null;
  refresh: () => void;
} {
  const kefu = useKefu();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const rowsChangedAt = useRef<number | null | undefined>(undefined);
  const refresh = useCallback(() => {
    void kefu.sync.status({}).then((result) => {
      if (!result.ok) return;
      setStatus(result.value);
      const seen = rowsChangedAt.current;
      rowsChangedAt.current = result.value.rowsChangedAt;
      if (announceRows && seen !== undefined && seen !== result.value.rowsChangedAt)
        window.dispatchEvent(new Event(ROWS_CHANGED));
    });
  }, [kefu, announceRows]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    window.addEventListener(CHANGED, refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener(CHANGED, refresh);
    };
  }, [refresh]);
  return { status, refresh };
}
