import { describe, expect, it, vi } from 'vitest';
import { fakeClock, fakeForeground } from './fake-desktop';
import {
  createPasteTarget,
  FOCUS_SETTLE_MS,
  FOCUS_TIMEOUT_MS,
  FocusNotRestored,
  restoreForeground,
} from './foreground-window';

const CHAT = '0x3a00007';
const PANEL = '0x4c00003';

describe('restoreForeground', () => {
  it('asks for nothing when the OS already gave the focus back', async () => {
    const clock = fakeClock();
    const desktop = fakeForeground(CHAT);
    await expect(restoreForeground(desktop, CHAT, clock)).resolves.toEqual({ activations: 0 });
    expect(desktop.activated).toEqual([]);
    expect(clock.now()).toBe(0);
  });

  it('activates the captured window when the hidden panel left focus nowhere (Windows SWP_NOACTIVATE)', async () => {
    const clock = fakeClock();
    const desktop = fakeForeground(null);
    await expect(restoreForeground(desktop, CHAT, clock)).resolves.toEqual({ activations: 1 });
    expect(desktop.foreground).toBe(CHAT);
    // The activated window gets a moment to put the caret back before any key reaches it.
    expect(clock.log.at(-1)).toBe(FOCUS_SETTLE_MS);
  });

  it('asks again every 100 ms while the window manager ignores the request', async () => {
    const clock = fakeClock();
    const desktop = fakeForeground(PANEL, 2);
    await restoreForeground(desktop, CHAT, clock);
    expect(desktop.activated).toEqual([CHAT, CHAT, CHAT]);
    expect(clock.now()).toBeGreaterThanOrEqual(200);
    expect(clock.now()).toBeLessThan(FOCUS_TIMEOUT_MS);
  });

  it('gives up after the timeout, naming the window that kept the focus: no keystroke into the panel', async () => {
    const clock = fakeClock();
    const desktop = fakeForeground(PANEL, Infinity);
    const failure = await restoreForeground(desktop, CHAT, clock).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FocusNotRestored);
    expect(failure).toMatchObject({ target: CHAT, found: PANEL });
    expect(clock.now()).toBeGreaterThan(FOCUS_TIMEOUT_MS);
  });
});

describe('createPasteTarget', () => {
  it('keeps what was in the foreground when the hotkey fired, whatever has focus later', () => {
    const desktop = fakeForeground(CHAT);
    const target = createPasteTarget(desktop);
    expect(target.capture()).toBe(CHAT);
    desktop.foreground = PANEL;
    expect(target.current()).toBe(CHAT);
    target.forget();
    expect(target.current()).toBeNull();
  });

  it('captures nothing without a port, or when the port fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(createPasteTarget(null).capture()).toBeNull();
    const broken = createPasteTarget({
      current: () => {
        throw new Error('no display');
      },
      activate: () => undefined,
    });
    expect(broken.capture()).toBeNull();
  });
});
