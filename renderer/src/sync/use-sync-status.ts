/**
 * The sync status for the sidebar and Settings: asked every few seconds (the host syncs on its
 * own schedule) and right after this window changes it (connect, sync now, disconnect).
 */
import { useCallback, useEffect, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import type { SyncStatus } from './sync-labels';

const REFRESH_MS = 3_000;
const CHANGED = 'kefu:sync-changed';

export const notifySyncChanged = () => window.dispatchEvent(new Event(CHANGED));

export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  const kefu = useKefu();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const refresh = useCallback(() => {
    void kefu.sync.status({}).then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, [kefu]);

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
