/** The 短语库 filter box: the same ranked search as the panel, across every group. */
import { useEffect, useMemo, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from '../panel/latest-request';
import type { SearchHit } from '../panel/result-rows';

/** Null while the box is empty: the page then shows the selected group instead. */
export function useLibraryFilter(query: string, libraryVersion: unknown): SearchHit[] | null {
  const kefu = useKefu();
  const latest = useMemo(() => createLatestRequest(), []);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const trimmed = query.trim();

  useEffect(() => {
    const isLatest = latest.begin();
    if (trimmed === '') return;
    void kefu.phrases.search({ query: trimmed.slice(0, 64), limit: 200 }).then((result) => {
      if (isLatest()) setHits(result.ok ? result.value.hits : []);
    });
  }, [kefu, latest, trimmed, libraryVersion]);

  return trimmed === '' ? null : hits;
}
