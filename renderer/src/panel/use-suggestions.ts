/**
 * The host's suggested replies (`phrases.suggest`) for the buyer's question (panel-question.ts
 * decides what is one); a shortcut or a word being typed gets none, at once. Asked a moment after the last
 * keystroke (typing a sentence would otherwise ask for every character), and only the answer to the
 * newest question reaches the screen. Asked again each time the panel is shown: a pick on this or
 * another desk (synced) may have taught the ranking since.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from './latest-request';
import type { SuggestHit } from './panel-rows';

/** The panel shows three; Alt+1…3 picks them. */
const SUGGESTIONS = 3;
/** Below the pause between two typed characters, above the gap between a burst of them. */
const DEBOUNCE_MS = 120;

export interface SuggestionsState {
  hits: SuggestHit[];
  /** The question these hits answer; null when the input is no question. */
  answered: string | null;
  error: ApiError | null;
}

const NONE: SuggestionsState = { hits: [], answered: null, error: null };

export function useSuggestions(question: string | null, shown: number): SuggestionsState {
  const kefu = useKefu();
  const latest = useMemo(() => createLatestRequest(), []);
  const [state, setState] = useState<SuggestionsState>(NONE);

  useEffect(() => {
    // A newer input, question or not, outdates any answer still on its way.
    const isLatest = latest.begin();
    if (question === null) return;
    const timer = setTimeout(() => {
      void kefu.phrases.suggest({ question, limit: SUGGESTIONS }).then((result) => {
        if (!isLatest()) return;
        setState(
          result.ok
            ? { hits: result.value.hits, answered: question, error: null }
            : { hits: [], answered: question, error: result.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [kefu, latest, question, shown]);

  // Until the new answer arrives the previous question's suggestions stay, so the list does not
  // flicker with each character; input that is no question shows none at once.
  return question === null ? NONE : state;
}
