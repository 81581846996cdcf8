/**
 * Which key events release held modifiers on Windows, as data. Alt (and the Windows key) pressed
 * and released with no key in between opens the focused window's menu bar (or the Start menu):
 * a pinned hotkey's '1' is swallowed by RegisterHotKey, so releasing Alt alone would look exactly
 * like that, and the Ctrl+V that follows would go to the menu. An unassigned virtual key (0xE8)
 * tapped first masks it, as AutoHotkey does for the same reason.
 */
import type { Modifier } from './modifier-keys';

export const KEYEVENTF_EXTENDEDKEY = 0x1;
export const KEYEVENTF_KEYUP = 0x2;
export const VK_MASK = 0xe8;

/** GetAsyncKeyState's generic key per modifier. */
export const GENERIC_VK: Record<Modifier, number> = { ctrl: 0x11, alt: 0x12, shift: 0x10, meta: 0x5b };

/** The left and right keys to release; right Ctrl/Alt and both Windows keys are extended keys. */
const SIDE_KEYS: Record<Modifier, { vk: number; extended: boolean }[]> = {
  ctrl: [
    { vk: 0xa2, extended: false },
    { vk: 0xa3, extended: true },
  ],
  alt: [
    { vk: 0xa4, extended: false },
    { vk: 0xa5, extended: true },
  ],
  shift: [
    { vk: 0xa0, extended: false },
    { vk: 0xa1, extended: false },
  ],
  meta: [
    { vk: 0x5b, extended: true },
    { vk: 0x5c, extended: true },
  ],
};

export interface KeyEvent {
  vk: number;
  flags: number;
}

/** `isDown(vk)`: GetAsyncKeyState's high bit for that key. */
export function modifierReleaseEvents(
  held: readonly Modifier[],
  isDown: (vk: number) => boolean,
): KeyEvent[] {
  const ups = held.flatMap((modifier) =>
    SIDE_KEYS[modifier]
      .filter(({ vk }) => isDown(vk))
      .map(({ vk, extended }) => ({ vk, flags: KEYEVENTF_KEYUP | (extended ? KEYEVENTF_EXTENDEDKEY : 0) })),
  );
  const needsMask = held.includes('alt') || held.includes('meta');
  return needsMask ? [{ vk: VK_MASK, flags: 0 }, { vk: VK_MASK, flags: KEYEVENTF_KEYUP }, ...ups] : ups;
}
