/**
 * The web host's shell port: a browser tab has no global hotkeys and no panel window to hide. The
 * question hotkey is stood in for by the host's POST /hotkeys/question (web-host.ts), which fills
 * the same question inbox the desktop app's hotkey does.
 */
import {
  defaultPanelHotkey,
  DEFAULT_QUESTION_HOTKEY,
  PANEL_HOTKEY_PURPOSE,
  QUESTION_HOTKEY_PURPOSE,
} from '../core/platform/hotkey-defaults';
import type { QuestionInbox } from '../core/platform/question-inbox';
import type { HotkeyRegistration, ShellPort } from '../core/platform/shell-port';
import type { HotkeySettings } from '../core/settings/hotkey-settings';

const unsupported = (hotkeys: Pick<HotkeySettings, 'panel' | 'question'>): HotkeyRegistration[] => [
  { purpose: PANEL_HOTKEY_PURPOSE, accelerator: hotkeys.panel, state: 'unsupported' },
  { purpose: QUESTION_HOTKEY_PURPOSE, accelerator: hotkeys.question, state: 'unsupported' },
];

export function createWebShell(deps: {
  readClipboardText(): Promise<string>;
  questions: QuestionInbox;
}): ShellPort {
  return {
    kind: 'web',
    hotkeys: () =>
      unsupported({ panel: defaultPanelHotkey(process.platform), question: DEFAULT_QUESTION_HOTKEY }),
    hidePanel: () => undefined,
    applyHotkeys: (hotkeys) => unsupported(hotkeys),
    readClipboardText: () => deps.readClipboardText(),
    collectQuestion: () => deps.questions.collect(),
    // A browser tab cannot restart the host process: the agent restarts `npm run web`.
    relaunch: () => false,
    applyStartup: () => 'unsupported',
    // A browser tab cannot hold a key down or paste into another window.
    selfTestDesktop: () => null,
  };
}
