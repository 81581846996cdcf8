/**
 * The reply panel's default global hotkey per OS (DESIGN.md feature 1; configurable in Settings).
 * Alt+Space is taken where agents work: the window menu of Windows and GNOME/Mutter, PowerToys
 * Run, KRunner on KDE. Ctrl+Alt+Space sits beside the pinned phrases (Ctrl+Alt+1…0) and no
 * desktop binds it. On macOS ⌥Space is free (⌃Space and ⌃⌥Space switch input sources, ⌘Space is
 * Spotlight), so it stays.
 */
export const PANEL_HOTKEY_PURPOSE = 'panel';

export function defaultPanelHotkey(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'Alt+Space' : 'Ctrl+Alt+Space';
}

/** Why the default is what it is, as the i18n key the first-run page shows. */
export function panelHotkeyReasonKey(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'hotkeys.defaultReason.darwin';
  if (platform === 'win32') return 'hotkeys.defaultReason.win32';
  return 'hotkeys.defaultReason.linux';
}
