/**
 * A pretend desktop for the pure paste tests: a clock that advances only when the code waits,
 * a foreground window that moves when asked (or never), and modifier keys a pretend hand holds
 * for a while. Nothing here touches an OS.
 */
import type { ForegroundPort, WaitOptions, WindowHandle } from './foreground-window';
import type { Modifier, ModifierPort } from './modifier-keys';

export function fakeClock(): WaitOptions & { log: number[] } {
  let time = 0;
  const log: number[] = [];
  return {
    log,
    now: () => time,
    delay: async (ms) => {
      log.push(ms);
      time += ms;
    },
  };
}

export interface FakeForeground extends ForegroundPort {
  foreground: WindowHandle | null;
  activated: WindowHandle[];
}

/** `obeysAfter`: how many activation requests the window manager ignores before obeying; Infinity never. */
export function fakeForeground(start: WindowHandle | null, obeysAfter = 0): FakeForeground {
  const fake: FakeForeground = {
    foreground: start,
    activated: [],
    current: () => fake.foreground,
    activate(handle) {
      fake.activated.push(handle);
      if (fake.activated.length > obeysAfter) fake.foreground = handle;
    },
  };
  return fake;
}

export interface FakeHand extends ModifierPort {
  down: Set<Modifier>;
  released: Modifier[][];
}

/**
 * Modifiers held until the clock reaches `liftsAt` (the hand lets go), unless released
 * synthetically first; `stuck` ones ignore synthetic releases (a broken injector).
 */
export function fakeHand(
  clock: { now: () => number },
  held: Modifier[],
  { liftsAt = Infinity, stuck = [] as Modifier[] } = {},
): FakeHand {
  const hand: FakeHand = {
    down: new Set(held),
    released: [],
    held() {
      if (clock.now() >= liftsAt) for (const key of held) if (!stuck.includes(key)) hand.down.delete(key);
      return [...hand.down];
    },
    release(modifiers) {
      hand.released.push([...modifiers]);
      for (const key of modifiers) if (!stuck.includes(key)) hand.down.delete(key);
    },
  };
  return hand;
}
