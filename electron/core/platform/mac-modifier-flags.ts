/**
 * macOS modifier state as Quartz reports it (CGEventSourceFlagsState) and the virtual key codes
 * that release each modifier (HIToolbox Events.h), as data.
 */
import type { Modifier } from './modifier-keys';

/** kCGEventFlagMask* bits. */
const FLAG_MASKS: Record<Modifier, bigint> = {
  shift: 0x20000n,
  ctrl: 0x40000n,
  alt: 0x80000n,
  meta: 0x100000n,
};

/** kVK_* left and right keys: ⌘ 0x37/0x36, ⇧ 0x38/0x3C, ⌥ 0x3A/0x3D, ⌃ 0x3B/0x3E. */
export const MAC_MODIFIER_KEYCODES: Record<Modifier, number[]> = {
  meta: [0x37, 0x36],
  shift: [0x38, 0x3c],
  alt: [0x3a, 0x3d],
  ctrl: [0x3b, 0x3e],
};

export function modifiersFromFlags(flags: bigint | number): Modifier[] {
  const value = BigInt(flags);
  return (Object.entries(FLAG_MASKS) as [Modifier, bigint][])
    .filter(([, mask]) => (value & mask) !== 0n)
    .map(([modifier]) => modifier);
}
