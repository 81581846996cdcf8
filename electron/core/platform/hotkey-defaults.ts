/** The reply panel's default global hotkey (DESIGN.md feature 1); configurable in Settings. */
export const DEFAULT_PANEL_HOTKEY = 'Alt+Space';
export const PANEL_HOTKEY_PURPOSE = 'panel';
