import { AppError } from '../app-error';
import type { PasteInjector } from './paste-injector';
import type { ShellPort } from './shell-port';

/** A host with no hotkeys and no panel window (so no question hotkey): the CLI, tests and benchmarks. */
export const HEADLESS_SHELL: ShellPort = {
  kind: 'web',
  hotkeys: () => [],
  hidePanel: () => undefined,
  applyHotkeys: () => [],
  readClipboardText: async () => '',
  collectQuestion: () => null,
  relaunch: () => false,
  applyStartup: () => 'unsupported',
  selfTestDesktop: () => null,
};

const noChatClient = () => Promise.reject(new AppError('unsupported', 'errors.paste.noChatClient'));

/** Nothing to paste into from a terminal: delivering a phrase is refused with a clear error. */
export const HEADLESS_INJECTOR: PasteInjector = { paste: noChatClient, copy: noChatClient };
