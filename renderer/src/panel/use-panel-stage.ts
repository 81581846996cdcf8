/**
 * The stage the panel lists first with nothing typed, from the agent's 岗位 (position.get), asked
 * again on every showing: Settings or the server may have changed it meanwhile.
 */
import { useEffect, useState } from 'react';
import { panelStageFor, type PhraseStage } from '../../../common/phrases/position-stage';
import { useKefu } from '../api/kefu-context';

export function usePanelStage(shown: number): PhraseStage | null {
  const kefu = useKefu();
  const [stage, setStage] = useState<PhraseStage | null>(null);
  useEffect(() => {
    let live = true;
    void kefu.position.get({}).then((result) => {
      if (live && result.ok) setStage(panelStageFor(result.value.position));
    });
    return () => {
      live = false;
    };
  }, [kefu, shown]);
  return stage;
}
