/**
 * Buyers from Taiwan, Hong Kong and overseas write traditional characters (請問這個還有貨嗎); the
 * library and the lexicon are simplified. OpenCC's Taiwan→mainland table also maps the regional
 * words (e.g. 軟體 → 软件), which a character-only table would miss.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;
/** Whether each character, alone, is written differently in simplified (by UTF-16 unit). */
const changes = new Map<number, boolean>();

/**
 * Loaded on first use: the dictionary costs ~15 ms, paid only by a process that suggests. Text
 * whose every character is already simplified (a mainland shop's library) skips the conversion;
 * a regional word always holds a traditional character, so none is missed. Characters outside
 * the BMP are rare CJK extensions with no simplified form.
 */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x2e80 || (unit >= 0xd800 && unit <= 0xdfff)) continue;
    let differs = changes.get(unit);
    if (differs === undefined) {
      differs = convert(String.fromCharCode(unit)) !== String.fromCharCode(unit);
      changes.set(unit, differs);
    }
    if (differs) return convert(text);
  }
  return text;
}
