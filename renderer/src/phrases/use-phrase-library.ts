/**
 * The whole library (groups, phrases, whether this agent may write team rows), reloaded after
 * each change and after a sync brought rows.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { useSyncedRows } from '../sync/use-sync-status';

export type Library = MethodOutput<'phrases.library'>;
export type Phrase = Library['phrases'][number];
export type PhraseGroup = Library['groups'][number];

export type LibraryState =
  { status: 'loading' } | { status: 'ready'; library: Library } | { status: 'failed'; error: ApiError };

export function usePhraseLibrary() {
  const kefu = useKefu();
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void kefu.phrases.library({}).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: 'ready', library: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [kefu, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  useSyncedRows(reload);
  return { state, reload };
}

/** A group's phrases in their stored order. */
export function phrasesOfGroup(library: Library, groupId: string | null): Phrase[] {
  return library.phrases.filter((p) => p.groupId === groupId).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The ids in order after moving one up (-1) or down (+1); unchanged at either end. */
export function movedOrder(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
