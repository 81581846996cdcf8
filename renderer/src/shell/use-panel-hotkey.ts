/** The reply panel's global hotkey as configured (`Alt+Space`), to tell agents how to summon it; null until known. */
import { useEffect, useState } from 'react';
import { useKefu } from '../api/kefu-context';

export function usePanelHotkey(): string | null {
  const kefu = useKefu();
  const [hotkey, setHotkey] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void kefu.hotkeys.get({}).then((result) => {
      if (live && result.ok) setHotkey(result.value.settings.panel);
    });
    return () => {
      live = false;
    };
  }, [kefu]);
  return hotkey;
}
