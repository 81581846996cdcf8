/**
 * Buyers from Taiwan, Hong Kong and overseas write traditional characters (請問這個還有貨嗎); the
 * library and the lexicon are simplified. OpenCC's Taiwan→mainland table also maps the regional
 * words (e.g. 軟體 → 软件), which a character-only table would miss.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;
/** Whether each character, alone, is written differently in simplified. */
const changes = new Map<string, boolean>();

/**
 * Loaded on first use: the dictionary costs ~15 ms, paid only by a process that suggests. Text
 * whose every character is already simplified (a mainland shop's library) skips the conversion;
 * a regional word always holds a traditional character, so none is missed.
 */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  for (const char of text) {
    if (char.charCodeAt(0) < 0x2e80) continue;
    let differs = changes.get(char);
    if (differs === undefined) {
      differs = convert(char) !== char;
      changes.set(char, differs);
    }
    if (differs) return convert(text);
  }
  return text;
}
