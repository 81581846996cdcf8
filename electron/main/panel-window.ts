/**
 * The reply panel: created once, hidden, at startup so the hotkey shows it instantly, and
 * only ever hidden afterwards, so there is never a second panel.
 */
import { BrowserWindow, screen } from 'electron';
import type { QuitState } from './main-window';
import { hidePanel, showPanel, togglePanel } from './panel-toggle';
import { panelPlatformBehaviour } from './panel-platform';
import { PANEL_SIZE, panelWindowOptions } from './window-options';

export interface PanelController {
  toggle(): void;
  show(): void;
  hide(): void;
  window: BrowserWindow;
}

export function createPanelWindow(preload: string, url: string, quit: QuitState): PanelController {
  const behaviour = panelPlatformBehaviour(process.platform);
  const window = new BrowserWindow(panelWindowOptions(preload));
  window.setAlwaysOnTop(true, behaviour.alwaysOnTopLevel);
  // Linux: follow the agent to whichever workspace is active (macOS panels do so by themselves).
  if (behaviour.visibleOnAllWorkspaces) window.setVisibleOnAllWorkspaces(true);
  window.on('blur', () => hidePanel(window));
  // Windows logoff/shutdown: the hidden panel must not veto it by refusing to close.
  window.on('session-end', () => quit.markQuitting());
  // Alt+F4 or Cmd+W on the focused panel must not destroy the only panel.
  window.on('close', (event) => {
    if (quit.isQuitting()) return;
    event.preventDefault();
    hidePanel(window);
  });
  void window.loadURL(url);
  return {
    window,
    toggle: () => togglePanel(window, screen, PANEL_SIZE),
    show: () => showPanel(window, screen, PANEL_SIZE),
    hide: () => hidePanel(window),
  };
}
