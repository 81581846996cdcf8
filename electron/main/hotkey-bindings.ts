/**
 * Which global hotkeys the shell registers for the saved settings: the panel toggle, the buyer's
 * question (clipboard into the panel), and one per pinned phrase slot that has a phrase (empty
 * slots claim no key from other programs).
 */
import { PANEL_HOTKEY_PURPOSE, QUESTION_HOTKEY_PURPOSE } from '../core/platform/hotkey-defaults';
import type { HotkeySettings } from '../core/settings/hotkey-settings';
import type { HotkeyBinding } from './hotkey-registration';

export interface HotkeyActions {
  togglePanel(): void;
  /** The copied buyer message becomes the panel's question, and the panel shows. */
  takeQuestion(): void;
  pastePinned(phraseId: string): void;
}

export function hotkeyBindings(settings: HotkeySettings, actions: HotkeyActions): HotkeyBinding[] {
  return [
    { purpose: PANEL_HOTKEY_PURPOSE, accelerator: settings.panel, onPress: () => actions.togglePanel() },
    {
      purpose: QUESTION_HOTKEY_PURPOSE,
      accelerator: settings.question,
      onPress: () => actions.takeQuestion(),
    },
    ...settings.pinned.flatMap(({ slot, phraseId, accelerator }) =>
      phraseId === null
        ? []
        : [{ purpose: `pinned-${slot}`, accelerator, onPress: () => actions.pastePinned(phraseId) }],
    ),
  ];
}
