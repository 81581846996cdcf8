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

/**
 * The question hotkey (推荐话术: the copied buyer message becomes the panel's question). Alt+Q on
 * every OS: one hand, next to the Ctrl/Alt the agent already holds for the panel and the pinned
 * phrases, and clear of both defaults above (Ctrl+Alt+Space / ⌥Space, Ctrl+Alt+1…0). No desktop
 * binds it: Windows and GNOME/KDE/Xfce use Alt+F4/Alt+Tab/Alt+F-keys, and macOS quits with ⌘Q, not
 * ⌥Q (⌥Q only types œ, which a Chinese or English reply never needs). Q reads as “question”.
 */
export const QUESTION_HOTKEY_PURPOSE = 'question';
export const DEFAULT_QUESTION_HOTKEY = 'Alt+Q';

/** Why the default is what it is, as the i18n key the first-run page shows. */
export function panelHotkeyReasonKey(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'hotkeys.defaultReason.darwin';
  if (platform === 'win32') return 'hotkeys.defaultReason.win32';
  return 'hotkeys.defaultReason.linux';
}
