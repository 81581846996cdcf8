/**
 * Where the panel route is shown decides what Esc does. In Electron's panel window it hides the
 * window. Opened by a main-window page (`back=1`: a task's quick reply, the sidebar's entry) it
 * goes back to that page. The web host has no panel window, so a bare `#/panel` there goes to
 * 今日: never a dead end.
 */
import { useEffect, useState } from 'react';
import { useKefu } from '../api/kefu-context';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { panelRequestOfHash } from './panel-hash';

export type PanelPlacement = 'window' | 'page';

export function usePanelExit(hash: string): { placement: PanelPlacement; exit: () => void } {
  const kefu = useKefu();
  const [shell, setShell] = useState<'electron' | 'web' | null>(null);
  useEffect(() => {
    let live = true;
    void kefu.app.info({}).then((result) => {
      if (live && result.ok) setShell(result.value.shell);
    });
    return () => {
      live = false;
    };
  }, [kefu]);

  const { back } = panelRequestOfHash(hash);
  const placement: PanelPlacement = back || shell === 'web' ? 'page' : 'window';
  const exit = () => {
    if (back) window.history.back();
    else if (placement === 'page') navigate(hashOf('today'));
    else void kefu.panel.hide({});
  };
  return { placement, exit };
}
