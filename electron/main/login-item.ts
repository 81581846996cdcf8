/**
 * Applies 开机启动 to the OS: Electron's login items on Windows and macOS, the XDG autostart file
 * on Linux. A development run (`npm start`) registers nothing: it would start the bare Electron
 * binary at login.
 */
import type { App } from 'electron';
import type { StartupSettings, StartupState } from '../core/settings/startup-settings';
import { applyLinuxAutostart } from './linux-autostart';

export const HIDDEN_ARG = '--hidden';

export function applyLoginItem(app: App, settings: StartupSettings): StartupState['state'] {
  if (!app.isPackaged) return 'unsupported';
  try {
    if (process.platform === 'linux') {
      // An AppImage runs from a temporary mount: the file to start is the AppImage itself.
      applyLinuxAutostart(settings, process.env.APPIMAGE ?? process.execPath);
      return 'applied';
    }
    app.setLoginItemSettings({
      openAtLogin: settings.startAtLogin,
      openAsHidden: settings.startHidden,
      args: settings.startHidden ? [HIDDEN_ARG] : [],
    });
    return 'applied';
  } catch (cause) {
    console.error('start at login:', cause);
    return 'failed';
  }
}

/** Started by the login item with "start hidden": only the tray icon shows. */
export const startedHidden = (argv: readonly string[], settings: StartupSettings): boolean =>
  settings.startAtLogin && settings.startHidden && argv.includes(HIDDEN_ARG);
