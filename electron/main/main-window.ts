/**
 * The main window; closing it sends the app to the tray, quitting goes through the tray menu.
 * Where no tray icon can appear (GNOME without AppIndicator), closing it quits instead.
 */
import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

/**
 * Whether a close really closes. Set by the tray's Quit (`before-quit`), by the OS shutting
 * down (`powerMonitor` 'shutdown') and by the end of the Windows session (each window's
 * 'session-end'): close-to-tray must never hold up a logoff or shutdown.
 */
export interface QuitState {
  isQuitting(): boolean;
  markQuitting(): void;
}

export interface MainWindowController {
  show(): void;
  window: BrowserWindow;
}

export interface MainWindowBehaviour {
  /** Started at login hidden: the window waits in the tray until the agent opens it. */
  showWhenReady?: boolean;
  /** Whether a tray icon is there to bring the window back; asked at each close. */
  closeHidesToTray?: () => boolean;
  quitApp?: () => void;
}

export function createMainWindow(
  preload: string,
  url: string,
  icon: string,
  quit: QuitState,
  { showWhenReady = true, closeHidesToTray = () => true, quitApp }: MainWindowBehaviour = {},
): MainWindowController {
  const window = new BrowserWindow(mainWindowOptions(preload, icon));
  if (showWhenReady) window.once('ready-to-show', () => window.show());
  // Windows logoff/shutdown: the closes that follow must go through.
  window.on('session-end', () => quit.markQuitting());
  window.on('close', (event) => {
    if (quit.isQuitting()) return;
    if (!closeHidesToTray() && quitApp) {
      quitApp();
      return;
    }
    event.preventDefault();
    window.hide();
  });
  void window.loadURL(url);
  const show = (): void => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  return { window, show };
}
