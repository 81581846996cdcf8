import {
  FocusNotRestored,
  restoreForeground,
  type ForegroundPort,
  type WaitOptions,
  type WindowHandle,
} from './foreground-window';
import { releaseModifiers, type ModifierPort } from './modifier-keys';
import type { PasteInjector, PasteObserver, PasteOutcome } from './paste-injector';

/** The clipboard as the sequence needs it; `S` is whatever the platform can keep and put back. */
export interface ClipboardPort<S> {
  snapshot(): Promise<S>;
  writeText(text: string): Promise<void>;
  restore(snapshot: S): Promise<void>;
  /**
   * Resolves true once another program has read the text last written, false after `boundMs`.
   * Only where the platform can see reads (X11 through xclip); elsewhere the bound alone applies.
   */
  readByTarget?(boundMs: number): Promise<boolean>;
  /** Whether the clipboard still holds `text`: false once the agent copied something else. */
  holds?(text: string): Promise<boolean>;
}

/** Sends the OS paste keystroke (Ctrl+V / Cmd+V) and nothing else; throws when injection is impossible. */
export interface KeystrokePort {
  sendPaste(): Promise<void>;
}

export interface PasteSequencePorts<S> {
  clipboard: ClipboardPort<S>;
  keys: KeystrokePort;
  /** Releases what the agent still holds before the keystroke. */
  modifiers?: ModifierPort;
  /** Brings back the window the hotkey captured; without a captured window `beforePaste` decides. */
  foreground?: { port: ForegroundPort; target: () => WindowHandle | null };
  /** Runs after the text is on the clipboard, before the keystroke, e.g. platform checks. Throwing counts as a failed injection. */
  beforePaste?: () => Promise<void>;
  delay: (ms: number) => Promise<void>;
  now?: () => number;
  /** The longest the chat client gets to read the clipboard before the previous content returns. */
  restoreBoundMs?: number;
  /** Maps what the steps before the keystroke threw to the reason shown to the agent. */
  classifyFailure?: (error: unknown) => PasteOutcome;
}

/**
 * Slow chat clients (千牛 under load) read the clipboard well after the keystroke; 300 ms was a
 * guess that could hand them the restored clipboard instead of the phrase. Where reads are seen
 * the restore follows the read; elsewhere it waits this long.
 */
export const DEFAULT_RESTORE_BOUND_MS = 1000;
/** After the target read the text: its paste may read a second format right after. */
export const AFTER_READ_MS = 50;

const injectionFailed: PasteOutcome = { status: 'copiedOnly', reason: 'injectionFailed' };

function defaultClassify(error: unknown): PasteOutcome {
  return error instanceof FocusNotRestored ? { status: 'copiedOnly', reason: 'focusLost' } : injectionFailed;
}

/** The step a failure before the keystroke belongs to, for the observer. */
class StepFailure extends Error {
  constructor(
    readonly step: 'modifiers' | 'focus' | 'keystroke',
    readonly failure: unknown,
  ) {
    super(String(failure));
  }
}

async function inStep<T>(step: StepFailure['step'], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StepFailure(step, error);
  }
}

/**
 * Snapshot → write text → release modifiers → bring the chat client back → beforePaste → paste
 * keystroke → wait for the read (or the bound) → restore.
 *
 * - A failed step before or at the keystroke leaves the text on the clipboard and restores
 *   nothing, so the agent can press Ctrl+V themselves; the outcome says why.
 * - A failed snapshot or restore costs the agent their previous clipboard, never the paste:
 *   neither throws out. A failed write does throw, since a keystroke then would paste the old
 *   clipboard into the chat.
 * - The previous clipboard is not put back over something the agent copied in the meantime.
 * - Pastes and copies run one at a time: a second paste started inside the first one's restore
 *   wait would otherwise snapshot the phrase as "previous clipboard", and a copy made in that
 *   window would be overwritten by the restore.
 */
export function createPasteInjector<S>(ports: PasteSequencePorts<S>): PasteInjector {
  const restoreBoundMs = ports.restoreBoundMs ?? DEFAULT_RESTORE_BOUND_MS;
  const classifyFailure = ports.classifyFailure ?? defaultClassify;
  const wait: WaitOptions = { delay: ports.delay, now: ports.now ?? Date.now };
  let queue: Promise<unknown> = Promise.resolve();

  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  }

  async function beforeKeystroke(observe: PasteObserver): Promise<void> {
    if (ports.modifiers) {
      const { modifiers } = ports;
      const { heldAtStart, released } = await inStep('modifiers', () => releaseModifiers(modifiers, wait));
      observe({
        step: 'modifiers',
        status: 'pass',
        detail: { held: heldAtStart.join('+') || '-', released: released.join('+') || '-' },
      });
    }
    const target = ports.foreground?.target() ?? null;
    if (ports.foreground && target !== null) {
      const { port } = ports.foreground;
      const { activations } = await inStep('focus', () => restoreForeground(port, target, wait));
      observe({ step: 'focus', status: 'pass', detail: { window: target, activations } });
    } else {
      observe({ step: 'focus', status: 'skip', detail: { reason: 'noTarget' } });
    }
    if (ports.beforePaste) await inStep('focus', ports.beforePaste);
  }

  async function waitForRead(): Promise<number | 'bound'> {
    if (!ports.clipboard.readByTarget) {
      await ports.delay(restoreBoundMs);
      return 'bound';
    }
    const started = wait.now();
    const read = await ports.clipboard.readByTarget(restoreBoundMs).catch(() => false);
    if (!read) return 'bound';
    await ports.delay(AFTER_READ_MS);
    return wait.now() - started;
  }

  async function paste(text: string, observe: PasteObserver = () => undefined): Promise<PasteOutcome> {
    const snapshot = await ports.clipboard.snapshot().then(
      (taken) => ({ taken }),
      () => null,
    );
    try {
      await ports.clipboard.writeText(text);
    } catch (error) {
      observe({ step: 'clipboardWrite', status: 'fail', detail: { error: String(error) } });
      throw error;
    }
    observe({ step: 'clipboardWrite', status: 'pass' });
    try {
      await beforeKeystroke(observe);
      await inStep('keystroke', () => ports.keys.sendPaste());
    } catch (error) {
      const failed = error instanceof StepFailure ? error : new StepFailure('keystroke', error);
      observe({ step: failed.step, status: 'fail', detail: { error: String(failed.failure) } });
      return classifyFailure(failed.failure);
    }
    observe({ step: 'keystroke', status: 'pass' });
    if (snapshot === null) {
      observe({ step: 'clipboardRestore', status: 'skip', detail: { reason: 'noSnapshot' } });
      return { status: 'pasted' };
    }
    const waited = await waitForRead();
    const stillOurs = (await ports.clipboard.holds?.(text).catch(() => true)) ?? true;
    if (!stillOurs) {
      observe({ step: 'clipboardRestore', status: 'skip', detail: { reason: 'agentCopied' } });
      return { status: 'pasted' };
    }
    try {
      await ports.clipboard.restore(snapshot.taken);
      observe({
        step: 'clipboardRestore',
        status: 'pass',
        detail: { after: waited === 'bound' ? `${restoreBoundMs} ms (bound)` : `${waited} ms (read)` },
      });
    } catch (error) {
      observe({ step: 'clipboardRestore', status: 'fail', detail: { error: String(error) } });
    }
    return { status: 'pasted' };
  }

  return {
    paste: (text, observe) => serialised(() => paste(text, observe)),
    copy: (text) => serialised(() => ports.clipboard.writeText(text)),
  };
}
