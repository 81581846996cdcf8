import { describe, expect, it } from 'vitest';
import { PANEL_SIZE, mainWindowOptions, panelWindowOptions } from './window-options';

const PRELOAD = '/app/out/preload/index.js';

const REQUIRED_WEB_PREFERENCES = {
  preload: PRELOAD,
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

describe.each([
  ['main window', mainWindowOptions(PRELOAD)],
  ['panel window', panelWindowOptions(PRELOAD)],
])('%s web preferences', (_name, options) => {
  it.each(Object.entries(REQUIRED_WEB_PREFERENCES))('sets %s to %s', (key, value) => {
    expect(options.webPreferences).toHaveProperty(key, value);
  });

  it('enables nothing that loosens the sandbox', () => {
    const prefs = options.webPreferences ?? {};
    for (const risky of [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webviewTag',
    ]) {
      expect(prefs[risky as keyof typeof prefs]).toBe(false);
    }
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

describe('main window', () => {
  it('starts hidden until the page is painted and takes an optional icon', () => {
    expect(mainWindowOptions(PRELOAD).show).toBe(false);
    expect(mainWindowOptions(PRELOAD)).not.toHaveProperty('icon');
    expect(mainWindowOptions(PRELOAD, '/icon.png').icon).toBe('/icon.png');
  });
});

describe('panel window', () => {
  const options = panelWindowOptions(PRELOAD);

  it('is a hidden, frameless, fixed-size, always-on-top window outside the taskbar', () => {
    expect(options).toMatchObject({
      show: false,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      width: PANEL_SIZE.width,
      height: PANEL_SIZE.height,
    });
  });

  it('keeps working while hidden so it shows instantly', () => {
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
  });
});
