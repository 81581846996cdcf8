/**
 * What 开机启动 asks of Electron's login items per OS, and whether this start came from it
 * hidden. Windows passes `--hidden` as a login-item argument. On macOS 13+ login items take no
 * arguments (`args` is Windows-only) and `openAsHidden` is unsupported, so macOS registers the
 * bare app and asks `getLoginItemSettings().wasOpenedAtLogin` at start (electron.d.ts, Electron 40).
 */
import type { Settings } from 'electron';
import type { StartupSettings } from '../core/settings/startup-settings';

export const HIDDEN_ARG = '--hidden';

export function loginItemSettings(platform: NodeJS.Platform, settings: StartupSettings): Settings {
  if (platform === 'darwin') return { openAtLogin: settings.startAtLogin };
  return { openAtLogin: settings.startAtLogin, args: settings.startHidden ? [HIDDEN_ARG] : [] };
}

export interface LaunchFacts {
  platform: NodeJS.Platform;
  argv: readonly string[];
  /** macOS only: `app.getLoginItemSettings().wasOpenedAtLogin`. */
  wasOpenedAtLogin: boolean;
}

/** Started by the login item with "start hidden": only the tray icon shows. */
export function startedHidden(launch: LaunchFacts, settings: StartupSettings): boolean {
  if (!settings.startAtLogin || !settings.startHidden) return false;
  return launch.platform === 'darwin' ? launch.wasOpenedAtLogin : launch.argv.includes(HIDDEN_ARG);
}
