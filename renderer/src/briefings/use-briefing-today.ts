/**
 * Today's morning briefing (`briefings.today`), reloaded every minute so a briefing the
 * supervisor publishes (and sync brings) appears without leaving 今日; replaced by what save and
 * acknowledge answer.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';

export type BriefingToday = MethodOutput<'briefings.today'>;
export type Briefing = NonNullable<BriefingToday['briefing']>;

type State =
  { status: 'loading' } | { status: 'ready'; today: BriefingToday } | { status: 'failed'; error: ApiError };

const REFRESH_MS = 60_000;

export function useBriefingToday() {
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void kefu.briefings.today({}).then((result) => {
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

  const replace = useCallback((today: BriefingToday) => setState({ status: 'ready', today }), []);
  return { state, reload, replace };
}
