/** Hotkey defaults, kept free of core and Electron imports so Settings and tests can share them. */
export const DEFAULT_PANEL_HOTKEY = 'Alt+Space';
export const PANEL_HOTKEY_PURPOSE = 'panel';
