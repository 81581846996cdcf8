/**
 * The chat client's window, captured when the hotkey fires and brought back before the paste
 * keystroke. Hiding a window does not reliably hand focus back: Chromium hides with
 * SWP_NOACTIVATE on Windows (electron#10023), macOS keeps the app active, an X11 desktop without
 * a window manager focuses nothing. So the shell records the foreground window first, and the
 * paste goes out only once that window is confirmed in the foreground again.
 */

/** An OS window (HWND, X11 window id, the frontmost app's pid on macOS) as a comparable string. */
export type WindowHandle = string;

export interface ForegroundPort {
  /** The window that has the keyboard now; null when there is none the port can name. */
  current(): WindowHandle | null;
  /** Asks the OS to bring `handle` to the foreground; may take effect a moment later. */
  activate(handle: WindowHandle): void;
}

export class FocusNotRestored extends Error {
  override readonly name = 'FocusNotRestored';
  constructor(
    readonly target: WindowHandle,
    readonly found: WindowHandle | null,
  ) {
    super(`window ${target} did not come back to the foreground (found ${found ?? 'none'})`);
  }
}

export interface WaitOptions {
  delay: (ms: number) => Promise<void>;
  now: () => number;
}

export const FOCUS_TIMEOUT_MS = 1000;
const FOCUS_POLL_MS = 10;
/** Some window managers ignore a request made while the panel is still unmapping: ask again. */
const REACTIVATE_EVERY_MS = 100;
/**
 * A window the OS just activated hands the caret back to its text field a moment later
 * (Chromium-based clients such as 千牛 restore the renderer's focus asynchronously); a keystroke in
 * that gap can be lost.
 */
export const FOCUS_SETTLE_MS = 50;

/**
 * Resolves once `target` is the foreground window, asking the OS for it (again every 100 ms)
 * while it is not, and giving a window it had to activate FOCUS_SETTLE_MS to take the caret back;
 * throws FocusNotRestored after FOCUS_TIMEOUT_MS. Nothing is activated when the OS already gave
 * the focus back by itself.
 */
export async function restoreForeground(
  port: ForegroundPort,
  target: WindowHandle,
  { delay, now }: WaitOptions,
): Promise<{ activations: number }> {
  const started = now();
  let activations = 0;
  let lastAsked = -Infinity;
  for (;;) {
    const found = port.current();
    if (found === target) {
      if (activations > 0) await delay(FOCUS_SETTLE_MS);
      return { activations };
    }
    const elapsed = now() - started;
    if (elapsed > FOCUS_TIMEOUT_MS) throw new FocusNotRestored(target, found);
    if (elapsed - lastAsked >= REACTIVATE_EVERY_MS) {
      port.activate(target);
      activations += 1;
      lastAsked = elapsed;
    }
    await delay(FOCUS_POLL_MS);
  }
}

/** What the hotkey saw in the foreground, for the paste that follows. */
export interface PasteTarget {
  /** Records the foreground window; call before the panel shows. */
  capture(): WindowHandle | null;
  current(): WindowHandle | null;
  /** The panel opened without a hotkey (tray menu): no window to go back to. */
  forget(): void;
}

export function createPasteTarget(port: ForegroundPort | null): PasteTarget {
  let captured: WindowHandle | null = null;
  return {
    capture() {
      try {
        captured = port?.current() ?? null;
      } catch (error) {
        console.error('foreground window:', error);
        captured = null;
      }
      return captured;
    },
    current: () => captured,
    forget: () => {
      captured = null;
    },
  };
}
