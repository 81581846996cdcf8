/** The 升级 badge: open cases for supervisors, answered ones not yet closed for agents; every 60 s and on change. */
import { useCallback, useEffect, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import { useEscalationsChanged } from './escalation-events';

const REFRESH_MS = 60_000;

export function useEscalationBadge(): number {
  const kefu = useKefu();
  const [count, setCount] = useState(0);
  const refresh = useCallback(() => {
    void kefu.escalations.list({ status: 'active', limit: 1 }).then((result) => {
      if (result.ok) setCount(result.value.badge);
    });
  }, [kefu]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useEscalationsChanged(refresh);
  return count;
}
