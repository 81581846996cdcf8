/**
 * The reply panel: created once, hidden, at startup so the hotkey shows it instantly, and
 * only ever hidden afterwards, so there is never a second panel.
 */
import { BrowserWindow, screen } from 'electron';
import type { QuitState } from './main-window';
import { hidePanel, showPanel, togglePanel } from './panel-toggle';
import { PANEL_ALWAYS_ON_TOP_LEVEL, PANEL_SIZE, panelWindowOptions } from './window-options';

export interface PanelController {
  toggle(): void;
  show(): void;
  hide(): void;
  window: BrowserWindow;
}

export function createPanelWindow(preload: string, url: string, quit: QuitState): PanelController {
  const window = new BrowserWindow(panelWindowOptions(preload));
  window.setAlwaysOnTop(true, PANEL_ALWAYS_ON_TOP_LEVEL);
  // macOS: follow the agent to whichever Space (or full-screen chat client) is active.
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
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
