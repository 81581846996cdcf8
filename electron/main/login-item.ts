/**
 * Applies 开机启动 to the OS: Electron's login items on Windows and macOS, the XDG autostart file
 * on Linux. A development run (`npm start`) registers nothing: it would start the bare Electron
 * binary at login.
 */
import type { App } from 'electron';
import type { StartupSettings, StartupState } from '../core/settings/startup-settings';
import { applyLinuxAutostart } from './linux-autostart';
import { loginItemSettings } from './login-item-settings';

export function applyLoginItem(app: App, settings: StartupSettings): StartupState['state'] {
  if (!app.isPackaged) return 'unsupported';
  try {
    if (process.platform === 'linux') {
      // An AppImage runs from a temporary mount: the file to start is the AppImage itself.
      applyLinuxAutostart(settings, process.env.APPIMAGE ?? process.execPath);
      return 'applied';
    }
    app.setLoginItemSettings(loginItemSettings(process.platform, settings));
    return 'applied';
  } catch (cause) {
    console.error('start at login:', cause);
    return 'failed';
  }
}
