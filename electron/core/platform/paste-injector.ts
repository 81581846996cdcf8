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
      reason: 'accessibilityDenied' | 'injectionFailed' | 'unsupported' | 'elevatedTarget' | 'focusLost';
    };

/** One step of a paste as it happened: what 粘贴自检 shows, from the same code as a real paste. */
export interface PasteStep {
  step: 'clipboardWrite' | 'modifiers' | 'focus' | 'keystroke' | 'clipboardRestore';
  status: 'pass' | 'fail' | 'skip';
  /** Facts for the report (which modifiers were released, which window, why it was skipped). */
  detail?: Record<string, string | number>;
}

export type PasteObserver = (step: PasteStep) => void;

export interface PasteInjector {
  /** Hide nothing: the shell hides the panel first. Writes text, brings the chat client back, sends the OS paste keystroke (never Enter), restores the previous clipboard once the target read it (or after a bound). */
  paste(text: string, observe?: PasteObserver): Promise<PasteOutcome>;
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
