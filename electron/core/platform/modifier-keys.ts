/**
 * The modifiers the agent may still hold when the paste fires: Ctrl+Alt of a pinned-phrase
 * hotkey, Alt of an Alt+1…9 pick. A synthetic V would combine with them into Ctrl+Alt+V, which
 * chat clients ignore or treat as another command (robotjs#689). The paste waits a moment for the
 * agent to let go, then releases what is still down (as `xdotool --clearmodifiers` does) and
 * checks that they are up before the keystroke.
 */
import type { WaitOptions } from './foreground-window';

export type Modifier = 'ctrl' | 'alt' | 'shift' | 'meta';

export interface ModifierPort {
  /** Modifiers down right now, physically or synthetically. */
  held(): Modifier[];
  /** Sends key-up events for these modifiers. */
  release(modifiers: readonly Modifier[]): void;
}

export class ModifiersStuck extends Error {
  override readonly name = 'ModifiersStuck';
  constructor(readonly stuck: readonly Modifier[]) {
    super(`modifiers still held after release: ${stuck.join('+')}`);
  }
}

/** Long enough for a hand leaving Ctrl+Alt+1, short enough not to feel like lag. */
export const MODIFIER_WAIT_MS = 250;
const MODIFIER_POLL_MS = 10;

export interface ModifierRelease {
  /** Held when the paste started. */
  heldAtStart: Modifier[];
  /** Still held after the wait and released synthetically. */
  released: Modifier[];
}

export async function releaseModifiers(
  port: ModifierPort,
  { delay, now }: WaitOptions,
): Promise<ModifierRelease> {
  const heldAtStart = port.held();
  const started = now();
  let held = heldAtStart;
  while (held.length > 0 && now() - started < MODIFIER_WAIT_MS) {
    await delay(MODIFIER_POLL_MS);
    held = port.held();
  }
  if (held.length === 0) return { heldAtStart, released: [] };
  port.release(held);
  const stuck = port.held();
  if (stuck.length > 0) throw new ModifiersStuck(stuck);
  return { heldAtStart, released: held };
}
