/**
 * The buyer's question the question hotkey took: the clipboard's text and the moment of the key
 * press, where the response time starts. The shell takes it when the key is pressed, before the
 * panel shows; the panel collects it once when it is shown, so the panel's own hotkey later opens
 * an empty search again.
 */
import { clipboardQuestion } from './clipboard-question';

export interface TakenQuestion {
  text: string;
  /** Epoch ms of the key press. */
  takenAt: number;
}

export interface QuestionInbox {
  /** The key press: reads the clipboard now. An empty clipboard leaves nothing to collect. */
  take(): Promise<void>;
  /** What the last press took, once; null after that or when nothing was taken. */
  collect(): TakenQuestion | null;
}

export interface QuestionInboxDeps {
  readClipboardText(): Promise<string>;
  now(): number;
}

export function createQuestionInbox({ readClipboardText, now }: QuestionInboxDeps): QuestionInbox {
  let pending: TakenQuestion | null = null;
  return {
    async take() {
      const takenAt = now();
      pending = null;
      const text = clipboardQuestion(await readClipboardText().catch(() => ''));
      if (text) pending = { text, takenAt };
    },
    collect() {
      const taken = pending;
      pending = null;
      return taken;
    },
  };
}
