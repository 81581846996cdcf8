/**
 * The buyer's question the panel is answering in this session (from showing to hiding): the one
 * the question hotkey took, with the moment it was taken (where the response time starts), or the
 * last sentence-like text in the search box. A reply delivered while it is active teaches that
 * phrase the question: `suggestion` when picked from the suggestions, `search` from the results,
 * e.g. when the agent, having read the question, typed the phrase's shortcut instead.
 */
import { isQuestionLike } from '../../../common/suggest/question-text';
import type { MethodInput } from '../../../electron/api/contract';
import type { PanelRowSource } from './panel-rows';

/** phrases.suggest and phrases.deliver read this much of a question. */
export const QUESTION_LIMIT = 500;

export interface ActiveQuestion {
  text: string;
  /** Epoch ms the question hotkey took it; null when typed into the panel. */
  takenAt: number | null;
}

export type DeliveredQuestion = NonNullable<MethodInput<'phrases.deliver'>['question']>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A typed sentence as sent to the host: one line, within the limit, never half a character. */
export function questionText(query: string): string | null {
  const text = oneLine(query);
  if (!isQuestionLike(text)) return null;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > QUESTION_LIMIT) break;
    cut += char;
  }
  return cut;
}

/**
 * What to ask suggestions for: a sentence in the search box, or, however short, the buyer message
 * the question hotkey took while it is still there unchanged (有货吗, 在吗 are questions too).
 */
export function suggestedQuestion(query: string, active: ActiveQuestion | null): string | null {
  const typed = questionText(query);
  if (typed !== null) return typed;
  return active !== null && active.takenAt !== null && oneLine(query) === active.text ? active.text : null;
}

/** The search box changed: a sentence becomes the question; anything shorter leaves it as it was. */
export function questionAfterInput(active: ActiveQuestion | null, query: string): ActiveQuestion | null {
  const text = questionText(query);
  if (text === null) return active;
  // Rewording the hotkey's question still answers the buyer message taken at that moment.
  return { text, takenAt: active?.takenAt ?? null };
}

export function deliveredQuestion(
  active: ActiveQuestion | null,
  source: PanelRowSource,
): DeliveredQuestion | undefined {
  if (!active) return undefined;
  return { text: active.text, ...(active.takenAt !== null && { takenAt: active.takenAt }), via: source };
}
