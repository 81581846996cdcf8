/** The main window; closing it sends the app to the tray, quitting goes through the tray menu. */
import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

export interface MainWindowController {
  show(): void;
  window: BrowserWindow;
}

export function createMainWindow(
  preload: string,
  url: string,
  icon: string,
  isQuitting: () => boolean,
): MainWindowController {
  const window = new BrowserWindow(mainWindowOptions(preload, icon));
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (isQuitting()) return;
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
