/**
 * How the reply panel puts a filled phrase into the chat client. Each shell provides one: the
 * Electron shell (electron/main/electron-paste-injector), the plain-Node X11 one
 * (x11-paste-injector) and recording fakes in tests. All of them are built on
 * `createPasteInjector` (paste-sequence), which owns the order of operations.
 */
export type PasteOutcome =
  | { status: 'pasted' }
  | {
      status: 'copiedOnly';
      reason: 'accessibilityDenied' | 'injectionFailed' | 'unsupported' | 'elevatedTarget';
    };

export interface PasteInjector {
  /** Hide nothing, focus nothing: the shell hides the panel first. Writes text, sends the OS paste keystroke (never Enter), restores the previous clipboard after `restoreDelayMs`. */
  paste(text: string): Promise<PasteOutcome>;
  /** Ctrl+Enter: leave the text on the clipboard, no keystroke, no restore. */
  copy(text: string): Promise<void>;
}

/**
 * Thrown by a keystroke port when this machine cannot synthesise a key press at all (no input
 * library, no X display): the agent is told `unsupported` rather than that one attempt failed.
 */
export class NoKeystrokeInjection extends Error {
  override readonly name = 'NoKeystrokeInjection';
}
