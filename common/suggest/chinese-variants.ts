/**
 * Buyers from Taiwan, Hong Kong and overseas write traditional characters (請問這個還有貨嗎); the
 * library and the lexicon are simplified. OpenCC's Taiwan→mainland table also maps the regional
 * words (e.g. 軟體 → 软件), which a character-only table would miss.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | null = null;

/** Loaded on first use: the dictionary costs ~15 ms, paid only by a process that suggests. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert(text);
}
