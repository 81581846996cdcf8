import { describe, expect, it } from 'vitest';
import { fakeClock, fakeHand } from './fake-desktop';
import { MODIFIER_WAIT_MS, ModifiersStuck, releaseModifiers } from './modifier-keys';

describe('releaseModifiers', () => {
  it('goes on at once when no modifier is down (Enter in the panel)', async () => {
    const clock = fakeClock();
    const hand = fakeHand(clock, []);
    await expect(releaseModifiers(hand, clock)).resolves.toEqual({ heldAtStart: [], released: [] });
    expect(clock.now()).toBe(0);
  });

  it('waits for the agent to let go of Ctrl+Alt and sends no synthetic key-up then', async () => {
    const clock = fakeClock();
    const hand = fakeHand(clock, ['ctrl', 'alt'], { liftsAt: 120 });
    await expect(releaseModifiers(hand, clock)).resolves.toEqual({
      heldAtStart: ['ctrl', 'alt'],
      released: [],
    });
    expect(hand.released).toEqual([]);
    expect(clock.now()).toBeGreaterThanOrEqual(120);
    expect(clock.now()).toBeLessThan(MODIFIER_WAIT_MS);
  });

  it('releases what is still held after the wait, so the chat client gets Ctrl+V, not Ctrl+Alt+V', async () => {
    const clock = fakeClock();
    const hand = fakeHand(clock, ['ctrl', 'alt']);
    await expect(releaseModifiers(hand, clock)).resolves.toEqual({
      heldAtStart: ['ctrl', 'alt'],
      released: ['ctrl', 'alt'],
    });
    expect(hand.released).toEqual([['ctrl', 'alt']]);
    expect(hand.held()).toEqual([]);
    expect(clock.now()).toBeGreaterThanOrEqual(MODIFIER_WAIT_MS);
  });

  it('refuses to go on while a modifier stays down after the release', async () => {
    const clock = fakeClock();
    const hand = fakeHand(clock, ['alt'], { stuck: ['alt'] });
    const failure = await releaseModifiers(hand, clock).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModifiersStuck);
    expect(failure).toMatchObject({ stuck: ['alt'] });
  });
});
