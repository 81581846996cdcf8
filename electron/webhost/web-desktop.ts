/**
 * What the web host does where the desktop app touches the desktop: paste, read the clipboard for
 * the question hotkey, and record the chat window the paste goes back to. By default nothing real:
 * deliveries are recorded to deliveries.jsonl and the clipboard reads empty (a browser tab has no
 * chat client beside it). x11-web-desktop.ts is the real one, for the Xvfb end-to-end tests.
 */
import type { Clock } from '../core/clock';
import type { PasteInjector } from '../core/platform/paste-injector';
import { createRecordingPasteInjector } from './recording-paste-injector';

export interface WebDesktop {
  injector: PasteInjector;
  readClipboardText(): Promise<string>;
  /** Records the foreground window when the question hotkey's route is called. */
  captureForeground(): void;
  close(): void;
}

export function createRecordingDesktop(dataDir: string, clock: Clock): WebDesktop {
  return {
    injector: createRecordingPasteInjector(dataDir, clock),
    readClipboardText: async () => '',
    captureForeground: () => undefined,
    close: () => undefined,
  };
}
