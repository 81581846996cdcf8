/**
 * BrowserWindow options for the two windows, as plain data so tests can hold every security
 * flag to account (DESIGN.md "Electron security checklist").
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { panelPlatformBehaviour } from './panel-platform';

export const PANEL_SIZE = { width: 640, height: 440 } as const;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preload: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    // Shown on 'ready-to-show' so the agent never sees an empty white frame.
    show: false,
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preload),
  };
}

export function panelWindowOptions(
  preload: string,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  const { windowType } = panelPlatformBehaviour(platform);
  return {
    ...(windowType ? { type: windowType } : {}),
    width: PANEL_SIZE.width,
    height: PANEL_SIZE.height,
    show: false,
    frame: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    // A hidden page is throttled by default; the panel must be ready the instant it shows.
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
  };
}
