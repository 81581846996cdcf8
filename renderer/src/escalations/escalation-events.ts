/**
 * "Something changed the escalations": fired after every escalation action of this window, so the
 * sidebar badge and an open source's status refresh at once; pulled changes arrive through
 * useSyncedRows.
 */
import { useEffect, useRef } from 'react';
import { useSyncedRows } from '../sync/use-sync-status';

const EVENT = 'kefu:escalations-changed';

export function notifyEscalationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useEscalationsChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = () => latest.current();
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
  useSyncedRows(onChange);
}
