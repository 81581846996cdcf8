/**
 * Registers global hotkeys and reports each outcome. The OS (or another app holding the same
 * keys) may refuse a hotkey, and Electron throws on a malformed accelerator; both are reported
 * as `refused` so the agent is told instead of pressing a dead key.
 */
import type { HotkeyRegistration } from '../core/platform/shell-port';

/** The slice of Electron's `globalShortcut` used here; tests pass a fake. */
export interface HotkeyRegistrar {
  register(accelerator: string, callback: () => void): boolean;
}

export interface HotkeyBinding {
  purpose: string;
  accelerator: string;
  onPress: () => void;
}

export function registerHotkeys(
  registrar: HotkeyRegistrar,
  bindings: readonly HotkeyBinding[],
): HotkeyRegistration[] {
  return bindings.map(({ purpose, accelerator, onPress }) => {
    let registered: boolean;
    try {
      registered = registrar.register(accelerator, onPress);
    } catch {
      registered = false;
    }
    return { purpose, accelerator, state: registered ? 'registered' : 'refused' };
  });
}

export const refusedHotkeys = (registrations: readonly HotkeyRegistration[]): HotkeyRegistration[] =>
  registrations.filter((r) => r.state === 'refused');
