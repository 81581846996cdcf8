/**
 * Buyers on a phone sometimes send the pinyin their IME had not converted yet (`youhuo ma`,
 * `shenme shihou fahuo`). A run of letters that spells, syllable by syllable, a sequence of words
 * the lexicon knows is read back as those words; anything else (an English word, a model number)
 * is left as it was.
 */
import { pinyin } from 'pinyin-pro';

/** Shorter runs are more often abbreviations or sizes (`xl`, `ok`) than pinyin. */
const MIN_RUN_LETTERS = 4;
const LETTER_RUN = /[a-z]+(?: [a-z]+)*/g;

export interface PinyinReader {
  /** `text` with each letter run that spells known words replaced by them. */
  read(text: string): string;
}

/** Sentence-final particles buyers type after a word (`youhuo ma`): read only after another word. */
const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['ma', '吗'],
  ['ne', '呢'],
  ['ya', '呀'],
  ['ba', '吧'],
  ['a', '啊'],
  ['o', '哦'],
]);

export function createPinyinReader(words: Iterable<string>): PinyinReader {
  const bySpelling = new Map<string, string>();
  let longest = 0;
  for (const word of words) {
    // One syllable spells too many characters to guess which (ma: 吗 码 妈 马).
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    const spelling = pinyin(word, { toneType: 'none', type: 'array', v: true }).join('');
    if (!/^[a-z]+$/.test(spelling) || bySpelling.has(spelling)) continue;
    bySpelling.set(spelling, word);
    longest = Math.max(longest, spelling.length);
  }

  /** Fewest words covering the whole run, particles allowed after the first word; null if none. */
  function segment(run: string): string | null {
    const n = run.length;
    const best: ({ words: number; text: string } | null)[] = Array.from({ length: n + 1 }, () => null);
    best[0] = { words: 0, text: '' };
    for (let i = 0; i < n; i += 1) {
      const from = best[i];
      if (!from) continue;
      for (let j = i + 1; j <= Math.min(n, i + longest); j += 1) {
        const piece = run.slice(i, j);
        const word = bySpelling.get(piece) ?? (from.words > 0 ? PARTICLES.get(piece) : undefined);
        if (!word) continue;
        const candidate = { words: from.words + 1, text: from.text + word };
        const current = best[j];
        if (!current || candidate.words < current.words) best[j] = candidate;
      }
    }
    return best[n]?.text ?? null;
  }

  return {
    read(text) {
      const readWord = (word: string) => (word.length < MIN_RUN_LETTERS ? null : segment(word));
      return text.replace(LETTER_RUN, (run) => {
        // `youhuo ma` reads as one sentence; `ok youhuo` word by word.
        const whole = readWord(run.replace(/ /g, ''));
        if (whole) return whole;
        return run
          .split(' ')
          .map((word) => readWord(word) ?? word)
          .join(' ');
      });
    },
  };
}
