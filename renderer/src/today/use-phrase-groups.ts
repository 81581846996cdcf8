/** The phrase groups by id, for naming a step's group and for the template editor's choice. */
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';

export type PhraseGroup = MethodOutput<'phrases.library'>['groups'][number];

export function usePhraseGroups(): PhraseGroup[] {
  const kefu = useKefu();
  const [groups, setGroups] = useState<PhraseGroup[]>([]);
  useEffect(() => {
    let live = true;
    void kefu.phrases.library({}).then((result) => {
      if (live && result.ok) setGroups(result.value.groups);
    });
    return () => {
      live = false;
    };
  }, [kefu]);
  return groups;
}
