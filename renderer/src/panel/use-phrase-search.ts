/**
 * Results for the panel's query, searched inside the page: each keystroke is answered in the same
 * task that handles it, so the list lands in the keystroke's own frame (bench/panel-keystroke.ts;
 * a round trip to the host per keystroke cost a second frame). The page keeps its own index of the
 * library (common/phrases/library-search.ts, the ranking the host uses too).
 *
 * Indexing takes a noticeable moment for a large library (pinyin spellings of 10,000 titles), so
 * it never stands between the library's arrival and the list: the blank query is listed from the
 * rows at once, and the index is built in short slices between frames and input events
 * (bench/panel-first-load.ts). A query typed before it is complete finishes it then and there.
 * The library comes in one compact call with the revision it answers to (`phrases.panelLibrary`,
 * one array per field); after the first load it is fetched again only if its revision moved, and
 * then only edited phrases are re-indexed: when the panel is hidden (blur), every minute in the background, and, should an
 * edit still be missing, when the panel is shown. The agent's recent uses are refetched on every
 * show, so a paste counts for ranking from the next opening. With nothing typed, the phrases of
 * the agent's stage (岗位, `firstStage`) come first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLibrarySearch, frecencyScores } from '../../../common/phrases/library-search';
import { stageFirst, type PhraseStage } from '../../../common/phrases/position-stage';
import type { ApiError, ApiResult } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from './latest-request';
import type { SearchHit } from './result-rows';

/** Enough rows for any agent to scroll through while typing; the list is virtualised. */
const LIMIT = 200;
/** The host's `phrases.search` accepts queries up to this length; the panel matches it. */
const MAX_QUERY = 64;
const BACKGROUND_REFRESH_MS = 60_000;
/** Longest stretch of indexing between two chances for input and frames to run. */
const INDEX_SLICE_MS = 8;

type Phrase = MethodOutput<'phrases.library'>['phrases'][number];
type PanelLibraryResult = ApiResult<MethodOutput<'phrases.panelLibrary'>>;
type PhraseColumns = MethodOutput<'phrases.panelLibrary'>['phrases'];

/** The phrases of a packed library (one array per field) as the rows `phrases.library` lists. */
function phrasesOf(columns: PhraseColumns): Phrase[] {
  return columns.id.map((id, i): Phrase => ({
    id,
    groupId: columns.groupId[i]!,
    title: columns.title[i]!,
    shortcut: columns.shortcut[i]!,
    body: columns.body[i]!,
    tags: columns.tags[i]!,
    questions: columns.questions[i]!,
    stage: columns.stage[i]!,
    scope: columns.scope[i]!,
    sortOrder: columns.sortOrder[i]!,
    updatedAt: columns.updatedAt[i]!,
  }));
}

export interface PhraseSearchState {
  hits: SearchHit[];
  total: number;
  error: ApiError | null;
  /** The query these hits answer; the selection resets when it changes. Null until loaded. */
  answered: string | null;
}

/**
 * Returns a starter for indexing in slices of a few milliseconds, each a task of its own (a
 * message to itself: timers are clamped and throttled, messages are not), until the index is
 * complete. Starting it while it runs changes nothing.
 */
function sliceScheduler(library: { advance(shouldYield: () => boolean): boolean }): () => void {
  const channel = new MessageChannel();
  let running = false;
  channel.port1.onmessage = () => {
    const sliceEnd = performance.now() + INDEX_SLICE_MS;
    running = !library.advance(() => performance.now() >= sliceEnd);
    if (running) channel.port2.postMessage(null);
  };
  return () => {
    if (running) return;
    running = true;
    channel.port2.postMessage(null);
  };
}

/**
 * Answers taken in the order their requests were made: an answer is used unless a newer request's
 * answer already was. The panel asks for the uses twice as it opens (mounted, then shown), and the
 * first answer must not wait for the second, which queues behind the library on the host.
 */
function createInOrderAnswers(): { begin(): () => boolean } {
  let started = 0;
  let taken = 0;
  return {
    begin() {
      const id = ++started;
      return () => {
        if (id < taken) return false;
        taken = id;
        return true;
      };
    },
  };
}

export function usePhraseSearch(
  query: string,
  shown: number,
  firstStage: PhraseStage | null,
): PhraseSearchState {
  const kefu = useKefu();
  const library = useMemo(() => createLibrarySearch<Phrase>(), []);
  const latestLibrary = useMemo(() => createLatestRequest(), []);
  const usesAnswers = useMemo(() => createInOrderAnswers(), []);
  const indexedRevision = useRef<string | null>(null);
  /** Bumped whenever the index changed, so the memoised answer is searched again. */
  const [indexed, setIndexed] = useState(0);
  const [scores, setScores] = useState<ReadonlyMap<string, number> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const indexInSlices = useMemo(() => sliceScheduler(library), [library]);

  /** The library call on its way, shared by every refresh asked for meanwhile. */
  const pendingLibrary = useRef<Promise<PanelLibraryResult> | null>(null);

  /** Brings the library up to date; resolves to whether it changed, or to the call's error. */
  const syncLibrary = useCallback(async (): Promise<boolean | ApiError> => {
    const isLatest = latestLibrary.begin();
    // Nothing indexed yet: the library is needed whatever its revision says, and it comes with it.
    if (indexedRevision.current !== null) {
      const revision = await kefu.phrases.revision({});
      if (!revision.ok) return revision.error;
      if (!isLatest() || revision.value.revision === indexedRevision.current) return false;
    }
    const call = (pendingLibrary.current ??= kefu.phrases.panelLibrary({}));
    const fetched = await call;
    if (pendingLibrary.current === call) pendingLibrary.current = null;
    if (!fetched.ok) return fetched.error;
    if (!isLatest()) return false;
    library.update(fetched.value.groups, phrasesOf(fetched.value.phrases));
    indexedRevision.current = fetched.value.revision;
    indexInSlices();
    return true;
  }, [kefu, library, latestLibrary, indexInSlices]);

  const applySync = useCallback((outcome: boolean | ApiError) => {
    if (typeof outcome !== 'boolean') return setError(outcome);
    if (outcome) {
      setError(null);
      setIndexed((n) => n + 1);
    }
  }, []);

  useEffect(() => {
    const take = usesAnswers.begin();
    // Asked before the library: the host answers in order, and the list waits for both, so the
    // small answer must not queue behind the large one.
    void kefu.phrases.uses({}).then((uses) => {
      if (!take()) return;
      if (uses.ok) {
        const times = new Map(uses.value.uses.map(({ phraseId, usedAt }) => [phraseId, usedAt]));
        setScores(frecencyScores(times, Date.now()));
      } else setError(uses.error);
    });
    void syncLibrary().then(applySync);
  }, [kefu, usesAnswers, syncLibrary, applySync, shown]);

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
    const typed = query.trim().slice(0, MAX_QUERY);
    if (typed === '' && firstStage !== null) {
      // The whole library, so the stage's phrases beyond the first LIMIT rows come up too.
      const all = library.search('', library.size, scores);
      const hits = stageFirst(all.hits, firstStage, (hit) => hit.phrase.stage).slice(0, LIMIT);
      return { hits, total: all.total, error, answered: query };
    }
    const { hits, total } = library.search(typed, LIMIT, scores);
    return { hits, total, error, answered: query };
  }, [library, indexed, scores, error, query, firstStage]);
}
