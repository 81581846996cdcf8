/** What core may ask of the desktop shell: the hotkey report for Settings, and hiding the panel. */
import type { HotkeyRegistration, ShellPort } from '../core/platform/shell-port';

export interface ElectronShellState {
  /** Current registrations; read on every call because hotkeys are registered after core starts. */
  hotkeys(): readonly HotkeyRegistration[];
  hidePanel(): void;
}

export function createElectronShellPort(state: ElectronShellState): ShellPort {
  return {
    kind: 'electron',
    hotkeys: () => state.hotkeys().map((registration) => ({ ...registration })),
    hidePanel: () => state.hidePanel(),
  };
}
