/**
 * This OS's foreground-window and modifier ports for the paste (electron/core/platform): Xlib on
 * Linux (the app runs on X11 or XWayland), user32 on Windows, AppKit/Quartz on macOS. A port that
 * cannot be opened (no X display, a missing library) leaves the paste to its fallbacks.
 */
import type { ForegroundPort } from '../core/platform/foreground-window';
import { openMacDesktop } from '../core/platform/mac-desktop';
import type { ModifierPort } from '../core/platform/modifier-keys';
import { openWin32Desktop } from '../core/platform/win32-desktop';
import { openX11Desktop } from '../core/platform/x11-desktop';

export interface DesktopPorts {
  foreground: ForegroundPort;
  modifiers: ModifierPort;
}

export function openDesktopPorts(platform: NodeJS.Platform, hideOwnApp: () => void): DesktopPorts | null {
  try {
    if (platform === 'win32') return openWin32Desktop();
    if (platform === 'darwin') return openMacDesktop(hideOwnApp);
    if (platform === 'linux' && process.env.DISPLAY) return openX11Desktop(process.env.DISPLAY);
  } catch (error) {
    console.error('paste focus and modifiers unavailable:', error);
  }
  return null;
}
