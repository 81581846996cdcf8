import { describe, expect, it } from 'vitest';
import { MAC_MODIFIER_KEYCODES, modifiersFromFlags } from './mac-modifier-flags';
import { KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP, modifierReleaseEvents, VK_MASK } from './win32-key-events';

describe('Windows modifier release', () => {
  it('masks Alt with an unassigned key first, so releasing it does not open the chat window’s menu', () => {
    const down = new Set([0xa2, 0xa4]);
    expect(modifierReleaseEvents(['ctrl', 'alt'], (vk) => down.has(vk))).toEqual([
      { vk: VK_MASK, flags: 0 },
      { vk: VK_MASK, flags: KEYEVENTF_KEYUP },
      { vk: 0xa2, flags: KEYEVENTF_KEYUP },
      { vk: 0xa4, flags: KEYEVENTF_KEYUP },
    ]);
  });

  it('releases only the side that is down, right Ctrl as an extended key, and needs no mask for Ctrl alone', () => {
    expect(modifierReleaseEvents(['ctrl'], (vk) => vk === 0xa3)).toEqual([
      { vk: 0xa3, flags: KEYEVENTF_KEYUP | KEYEVENTF_EXTENDEDKEY },
    ]);
  });
});

describe('macOS modifier flags', () => {
  it('reads ⌃⌥ from the Quartz flags and knows a key code to release each', () => {
    expect(modifiersFromFlags(0x40000n | 0x80000n | 0x100n)).toEqual(['ctrl', 'alt']);
    expect(modifiersFromFlags(0x100000)).toEqual(['meta']);
    expect(modifiersFromFlags(0)).toEqual([]);
    for (const codes of Object.values(MAC_MODIFIER_KEYCODES)) expect(codes).toHaveLength(2);
  });
});
