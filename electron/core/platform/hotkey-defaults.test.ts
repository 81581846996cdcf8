import { describe, expect, it } from 'vitest';
import { defaultPanelHotkey, panelHotkeyReasonKey } from './hotkey-defaults';
import { defaultHotkeys, normaliseAccelerator } from '../settings/hotkey-settings';

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
});
