import { describe, expect, it } from 'vitest';
import { defaultPanelHotkey, panelHotkeyReasonKey } from './hotkey-defaults';
import { defaultHotkeys, hotkeySettingsSchema, normaliseAccelerator } from '../settings/hotkey-settings';

describe('default panel hotkey per OS', () => {
  it('avoids Alt+Space where the window menu, PowerToys Run or KRunner hold it', () => {
    expect(defaultPanelHotkey('win32')).toBe('Ctrl+Alt+Space');
    expect(defaultPanelHotkey('linux')).toBe('Ctrl+Alt+Space');
  });

  it('keeps ⌥Space on macOS, where ⌃Space and ⌃⌥Space switch the input source', () => {
    expect(defaultPanelHotkey('darwin')).toBe('Alt+Space');
  });

  it('never collides with the pinned phrases and is a valid accelerator', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const hotkeys = defaultHotkeys(platform);
      const panel = normaliseAccelerator(hotkeys.panel);
      expect(panel).not.toBeNull();
      expect(hotkeys.pinned.map((pin) => normaliseAccelerator(pin.accelerator))).not.toContain(panel);
      expect(panelHotkeyReasonKey(platform)).toMatch(/^hotkeys\.defaultReason\./);
    }
  });

  it('puts the question hotkey on Alt+Q, clear of the panel and the pinned phrases on every OS', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const hotkeys = defaultHotkeys(platform);
      expect(hotkeys.question).toBe('Alt+Q');
      expect(hotkeySettingsSchema.safeParse(hotkeys).success).toBe(true);
      const others = [hotkeys.panel, ...hotkeys.pinned.map((pin) => pin.accelerator)];
      expect(others.map(normaliseAccelerator)).not.toContain(normaliseAccelerator(hotkeys.question));
    }
  });

  it('refuses a question hotkey on the panel’s or a pinned phrase’s keys', () => {
    const hotkeys = defaultHotkeys('linux');
    const onPanel = hotkeySettingsSchema.safeParse({ ...hotkeys, question: hotkeys.panel });
    expect(onPanel.success).toBe(false);
    expect(onPanel.error?.issues[0]).toMatchObject({
      path: ['question'],
      message: 'validation.hotkey.conflict',
    });
    const pinned = hotkeys.pinned.map((pin) =>
      pin.slot === 2
        ? { ...pin, phraseId: '6f1c1a52-7a4e-4f61-9f0e-2b3c4d5e6f70', accelerator: 'Alt+Q' }
        : pin,
    );
    const onPinned = hotkeySettingsSchema.safeParse({ ...hotkeys, pinned });
    expect(onPinned.error?.issues[0]).toMatchObject({
      path: ['pinned', 1, 'accelerator'],
      message: 'validation.hotkey.conflict',
      params: { with: 'question' },
    });
  });
});
