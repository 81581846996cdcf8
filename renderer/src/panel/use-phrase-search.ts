/**
 * Results for the panel's query, refreshed on every keystroke and whenever the panel is shown
 * again (the library may have changed meanwhile). Only the newest answer is kept.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from './latest-request';
import type { SearchHit } from './result-rows';

/**
 * Enough rows for any agent to scroll through while typing; each keystroke's answer must reach the
 * list within one frame, and 1,000 full rows (~500 KB) per keystroke did not (bench/panel-keystroke.ts).
 */
const LIMIT = 100;

export interface PhraseSearchState {
  hits: SearchHit[];
  total: number;
  error: ApiError | null;
  /** The query these hits answer; the selection resets when it changes. */
  answered: string | null;
}

export function usePhraseSearch(query: string, refresh: number): PhraseSearchState {
  const kefu = useKefu();
  const latest = useMemo(() => createLatestRequest(), []);
  const [state, setState] = useState<PhraseSearchState>({ hits: [], total: 0, error: null, answered: null });

  useEffect(() => {
    const isLatest = latest.begin();
    void kefu.phrases.search({ query: query.trim().slice(0, 64), limit: LIMIT }).then((result) => {
      if (!isLatest()) return;
      setState(
        result.ok
          ? { hits: result.value.hits, total: result.value.total, error: null, answered: query }
          : { hits: [], total: 0, error: result.error, answered: query },
      );
    });
  }, [kefu, latest, query, refresh]);

  return state;
}
