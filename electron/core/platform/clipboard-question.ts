/**
 * The buyer's message as the agent copied it from the chat client, made into one question for the
 * panel's search box: a chat copy often spans lines (a message in several bubbles), and a search
 * box shows one line; `phrases.suggest` reads at most 500 characters.
 */
export const QUESTION_MAX_LENGTH = 500;

export function clipboardQuestion(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let question = '';
  // By code point, so an emoji or a rare 汉字 outside the BMP is never cut in half.
  for (const char of flat) {
    if (question.length + char.length > QUESTION_MAX_LENGTH) break;
    question += char;
  }
  return question.trimEnd();
}
