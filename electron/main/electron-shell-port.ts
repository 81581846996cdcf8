/** What core may ask of the desktop shell: hotkeys, hiding the panel, the clipboard's text, the taken question. */
import type { DesktopSelfTestPorts } from '../core/platform/paste-self-test';
import type { TakenQuestion } from '../core/platform/question-inbox';
import type { HotkeyRegistration, ShellPort } from '../core/platform/shell-port';
import type { HotkeySettings } from '../core/settings/hotkey-settings';
import type { StartupSettings, StartupState } from '../core/settings/startup-settings';

export interface ElectronShellState {
  /** Current registrations; read on every call because hotkeys are registered after core starts. */
  hotkeys(): readonly HotkeyRegistration[];
  hidePanel(): void;
  applyHotkeys(hotkeys: HotkeySettings): HotkeyRegistration[];
  readClipboardText(): string;
  /** What the question hotkey took (question-inbox), collected once by the panel. */
  collectQuestion(): TakenQuestion | null;
  relaunch(): void;
  applyStartup(settings: StartupSettings): StartupState['state'];
  selfTestDesktop(): DesktopSelfTestPorts | null;
}

export function createElectronShellPort(state: ElectronShellState): ShellPort {
  return {
    kind: 'electron',
    hotkeys: () => state.hotkeys().map((registration) => ({ ...registration })),
    hidePanel: () => state.hidePanel(),
    applyHotkeys: (hotkeys) => state.applyHotkeys(hotkeys),
    readClipboardText: async () => state.readClipboardText(),
    collectQuestion: () => state.collectQuestion(),
    relaunch: () => {
      state.relaunch();
      return true;
    },
    applyStartup: (settings) => state.applyStartup(settings),
    selfTestDesktop: () => state.selfTestDesktop(),
  };
}
