import type { PasteInjector, PasteOutcome } from './paste-injector';

/** The clipboard as the sequence needs it; `S` is whatever the platform can keep and put back. */
export interface ClipboardPort<S> {
  snapshot(): Promise<S>;
  writeText(text: string): Promise<void>;
  restore(snapshot: S): Promise<void>;
}

/** Sends the OS paste keystroke (Ctrl+V / Cmd+V) and nothing else; throws when injection is impossible. */
export interface KeystrokePort {
  sendPaste(): Promise<void>;
}

export interface PasteSequencePorts<S> {
  clipboard: ClipboardPort<S>;
  keys: KeystrokePort;
  /** Runs after the text is on the clipboard, before the keystroke, e.g. waiting for focus to return to the chat client. Throwing counts as a failed injection. */
  beforePaste?: () => Promise<void>;
  delay: (ms: number) => Promise<void>;
  /** How long the chat client gets to read the clipboard before the previous content returns. */
  restoreDelayMs?: number;
  /** Maps what `beforePaste` or `sendPaste` threw to the reason shown to the agent. */
  classifyFailure?: (error: unknown) => PasteOutcome;
}

export const DEFAULT_RESTORE_DELAY_MS = 300;

const injectionFailed: PasteOutcome = { status: 'copiedOnly', reason: 'injectionFailed' };

/**
 * Snapshot → write text → beforePaste → paste keystroke → wait → restore.
 *
 * - A failed keystroke leaves the text on the clipboard and restores nothing, so the agent can
 *   press Ctrl+V themselves; the outcome says why.
 * - A failed snapshot or restore costs the agent their previous clipboard, never the paste:
 *   neither throws out. A failed write does throw, since a keystroke then would paste the old
 *   clipboard into the chat.
 * - Pastes and copies run one at a time: a second paste started inside the first one's restore
 *   delay would otherwise snapshot the phrase as "previous clipboard", and a copy made in that
 *   window would be overwritten by the restore.
 */
export function createPasteInjector<S>(ports: PasteSequencePorts<S>): PasteInjector {
  const restoreDelayMs = ports.restoreDelayMs ?? DEFAULT_RESTORE_DELAY_MS;
  const classifyFailure = ports.classifyFailure ?? (() => injectionFailed);
  let queue: Promise<unknown> = Promise.resolve();

  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  }

  async function paste(text: string): Promise<PasteOutcome> {
    const snapshot = await ports.clipboard.snapshot().then(
      (taken) => ({ taken }),
      () => null,
    );
    await ports.clipboard.writeText(text);
    try {
      await ports.beforePaste?.();
      await ports.keys.sendPaste();
    } catch (error) {
      return classifyFailure(error);
    }
    if (snapshot !== null) {
      await ports.delay(restoreDelayMs);
      await ports.clipboard.restore(snapshot.taken).catch(() => undefined);
    }
    return { status: 'pasted' };
  }

  return {
    paste: (text) => serialised(() => paste(text)),
    copy: (text) => serialised(() => ports.clipboard.writeText(text)),
  };
}
