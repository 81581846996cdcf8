/**
 * Results for the panel's query, searched inside the page: each keystroke is answered in the same
 * task that handles it, so the list lands in the keystroke's own frame (bench/panel-keystroke.ts;
 * a round trip to the host per keystroke cost a second frame). The page keeps its own index of the
 * library (common/phrases/library-search.ts, the ranking the host uses too).
 *
 * Re-indexing after an edit takes a noticeable moment for a large library, so it is done while
 * the agent is not typing: when the panel is hidden (blur) and every minute in the background,
 * and, should an edit still be missing, when the panel is shown. Each time the library is fetched
 * again only if its revision moved, and then only edited phrases are re-indexed. The agent's
 * recent uses are refetched on every show, so a paste counts for ranking from the next opening.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLibrarySearch, frecencyScores } from '../../../common/phrases/library-search';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from './latest-request';
import type { SearchHit } from './result-rows';

/** Enough rows for any agent to scroll through while typing; the list is virtualised. */
const LIMIT = 200;
/** The host's `phrases.search` accepts queries up to this length; the panel matches it. */
const MAX_QUERY = 64;
const BACKGROUND_REFRESH_MS = 60_000;

type Phrase = MethodOutput<'phrases.library'>['phrases'][number];

export interface PhraseSearchState {
  hits: SearchHit[];
  total: number;
  error: ApiError | null;
  /** The query these hits answer; the selection resets when it changes. Null until loaded. */
  answered: string | null;
}

export function usePhraseSearch(query: string, shown: number): PhraseSearchState {
  const kefu = useKefu();
  const library = useMemo(() => createLibrarySearch<Phrase>(), []);
  const latestLibrary = useMemo(() => createLatestRequest(), []);
  const latestUses = useMemo(() => createLatestRequest(), []);
  const indexedRevision = useRef<string | null>(null);
  /** Bumped whenever the index changed, so the memoised answer is searched again. */
  const [indexed, setIndexed] = useState(0);
  const [scores, setScores] = useState<ReadonlyMap<string, number> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  /** Brings the index up to date; resolves to whether it changed, or to the call's error. */
  const syncLibrary = useCallback(async (): Promise<boolean | ApiError> => {
    const isLatest = latestLibrary.begin();
    const revision = await kefu.phrases.revision({});
    if (!revision.ok) return revision.error;
    if (!isLatest() || revision.value.revision === indexedRevision.current) return false;
    const fetched = await kefu.phrases.library({});
    if (!fetched.ok) return fetched.error;
    if (!isLatest()) return false;
    library.sync(fetched.value.groups, fetched.value.phrases);
    indexedRevision.current = revision.value.revision;
    return true;
  }, [kefu, library, latestLibrary]);

  const applySync = useCallback((outcome: boolean | ApiError) => {
    if (typeof outcome !== 'boolean') return setError(outcome);
    if (outcome) {
      setError(null);
      setIndexed((n) => n + 1);
    }
  }, []);

  useEffect(() => {
    const isLatest = latestUses.begin();
    void syncLibrary().then(applySync);
    void kefu.phrases.uses({}).then((uses) => {
      if (!isLatest()) return;
      if (uses.ok) {
        const times = new Map(uses.value.uses.map(({ phraseId, usedAt }) => [phraseId, usedAt]));
        setScores(frecencyScores(times, Date.now()));
      } else setError(uses.error);
    });
  }, [kefu, latestUses, syncLibrary, applySync, shown]);

  useEffect(() => {
    const inBackground = () => void syncLibrary().then(applySync);
    const timer = setInterval(inBackground, BACKGROUND_REFRESH_MS);
    window.addEventListener('blur', inBackground);
    return () => {
      clearInterval(timer);
      window.removeEventListener('blur', inBackground);
    };
  }, [syncLibrary, applySync]);

  return useMemo(() => {
    if (indexed === 0 || !scores) return { hits: [], total: 0, error, answered: null };
    const { hits, total } = library.search(query.trim().slice(0, MAX_QUERY), LIMIT, scores);
    return { hits, total, error, answered: query };
  }, [library, indexed, scores, error, query]);
}
