import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_HOTKEYS } from '../core/settings/hotkey-settings';
import { hotkeyBindings } from './hotkey-bindings';

const PHRASE = '6f1c1a52-7a4e-4f61-9f0e-2b3c4d5e6f70';

describe('hotkeyBindings', () => {
  it('binds the panel, the question and only the pinned slots that hold a phrase', () => {
    const actions = { togglePanel: vi.fn(), takeQuestion: vi.fn(), pastePinned: vi.fn() };
    const settings = {
      ...DEFAULT_HOTKEYS,
      pinned: DEFAULT_HOTKEYS.pinned.map((pin) => (pin.slot === 3 ? { ...pin, phraseId: PHRASE } : pin)),
    };
    const bindings = hotkeyBindings(settings, actions);
    expect(bindings.map(({ purpose, accelerator }) => ({ purpose, accelerator }))).toEqual([
      { purpose: 'panel', accelerator: DEFAULT_HOTKEYS.panel },
      { purpose: 'question', accelerator: 'Alt+Q' },
      { purpose: 'pinned-3', accelerator: 'Ctrl+Alt+3' },
    ]);
    bindings[2]!.onPress();
    expect(actions.pastePinned).toHaveBeenCalledWith(PHRASE);
    bindings[0]!.onPress();
    expect(actions.togglePanel).toHaveBeenCalledOnce();
    bindings[1]!.onPress();
    expect(actions.takeQuestion).toHaveBeenCalledOnce();
    expect(actions.togglePanel).toHaveBeenCalledOnce();
  });
});
