/**
 * Hotkeys as this or an older version stored them. Before the question hotkey existed the stored
 * value held only the panel and the pinned phrases: those are kept and the question hotkey is added
 * (Alt+Q, or Ctrl+Alt+Q when the agent had already given Alt+Q to one of them), so an update never
 * takes back keys the agent chose. A value nothing can be made of gives the defaults.
 */
import { hotkeySettingsSchema, type HotkeySettings } from './hotkey-settings';

/** Beside the pinned phrases' Ctrl+Alt+digit, for the one case where Alt+Q is already ours. */
const QUESTION_WHEN_DEFAULT_TAKEN = 'Ctrl+Alt+Q';

export function storedHotkeys(value: unknown, defaults: HotkeySettings): HotkeySettings {
  const stored = hotkeySettingsSchema.safeParse(value);
  if (stored.success) return stored.data;
  if (typeof value === 'object' && value !== null && !('question' in value)) {
    for (const question of [defaults.question, QUESTION_WHEN_DEFAULT_TAKEN]) {
      const upgraded = hotkeySettingsSchema.safeParse({ ...value, question });
      if (upgraded.success) return upgraded.data;
    }
  }
  return defaults;
}
