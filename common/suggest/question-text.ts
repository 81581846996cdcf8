/**
 * A buyer's message as the suggestion engine reads it, and as a learned question is stored:
 * simplified characters, half-width and lower case, emoji and 千牛 emoticons (`[微笑]`) dropped,
 * every number masked as `#` (so no order number, phone or amount is ever kept), punctuation as
 * word breaks, and pinyin the IME had not converted read back as words.
 */
import { toSimplified } from './chinese-variants';
import { INTENT_CUES } from './intent-lexicon';
import { createPinyinReader, type PinyinReader } from './mistyped-pinyin';

/** The longest question kept: a pasted chat log past this is not one question any more. */
export const MAX_QUESTION_CHARS = 200;

const EMOTICON = /\[[^\]\s]{1,6}\]/g;
/** Pictographs, skin tones, and the joiners and selectors that glue emoji sequences together. */
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
/** Decimal and grouped numbers (`1,299.00`, `2024-11-20`) mask as one `#`. */
const NUMBER = /\d+(?:[.,:\-/]\d+)*/g;
const BREAK = /[^\p{Script=Han}a-z#]+/gu;

/** Opening words that greet rather than ask; dropped when a question follows them. */
const LEADING_GREETING =
  /^(?:(?:亲爱的|亲亲|亲|您好|你好|哈喽|hello|hi|在吗|在么|在不|在嘛|请问|客服|老板|掌柜的?|美女|小姐姐)\s*)+/;
/** Particles closing a clause (在吗 keeps its 吗 for the intents, which read the unstripped text). */
const CLAUSE_PARTICLES = /[呀吗呢哦啊吧哈嘛啦呗哇噢喔咯哟嘞滴]+(?= |$)/g;

/**
 * Chat spellings buyers type for common words (咋 for 怎么, 木有 for 没有), read as the words
 * phrases and the lexicon are written with.
 */
const COLLOQUIAL: readonly [RegExp, string][] = [
  [/咋/g, '怎么'],
  [/肿么/g, '怎么'],
  [/啥/g, '什么'],
  [/神马/g, '什么'],
  [/木有|没得/g, '没有'],
  [/有木有/g, '有没有'],
  [/介个/g, '这个'],
  [/酱紫/g, '这样'],
  [/造吗/g, '知道吗'],
  [/亲们|亲亲/g, '亲'],
  [/伐$/g, '吗'],
];

let reader: PinyinReader | null = null;

function pinyinReader(): PinyinReader {
  reader ??= createPinyinReader([...INTENT_CUES.values()].flat().flatMap((cue) => cue.text.split('~')));
  return reader;
}

/**
 * Text with its form evened out but every word kept. Phrases are indexed in this form (a shop
 * writes its own phrases with a working IME, so they are not read for pinyin); `omit` names text
 * that must not survive (the buyer's nick from the panel's context line).
 */
export function cleanText(text: string, omit: readonly string[] = []): string {
  let out = text;
  for (const word of omit) if (word.trim() !== '') out = out.split(word).join(' ');
  return toSimplified(out.normalize('NFKC'))
    .toLowerCase()
    .replace(EMOTICON, ' ')
    .replace(PICTOGRAPH, ' ')
    .replace(NUMBER, '#')
    .replace(BREAK, ' ')
    .trim();
}

/** A buyer's message in clean form, pinyin read back as words: what intents are looked for in. */
export function cleanQuestion(text: string, omit: readonly string[] = []): string {
  let clean = pinyinReader().read(cleanText(text, omit));
  for (const [spelling, word] of COLLOQUIAL) clean = clean.replace(spelling, word);
  return clean.slice(0, MAX_QUESTION_CHARS).trim();
}

/**
 * Clean text without the greeting in front and the particles at clause ends, which every question
 * has and which tell phrases apart by nothing. Text that is nothing but a greeting keeps it: that
 * greeting is the question.
 */
export function withoutPleasantries(clean: string): string {
  const stripped = clean
    .replace(LEADING_GREETING, '')
    .replace(CLAUSE_PARTICLES, '')
    .replace(/ +/g, ' ')
    .trim();
  return stripped === '' ? clean : stripped;
}

/** What a question is searched and learned as (phrase_questions.text). */
export function normalizeQuestion(text: string, omit: readonly string[] = []): string {
  return withoutPleasantries(cleanQuestion(text, omit));
}

const HAN = /\p{Script=Han}/gu;
const SENTENCE_MARK = /[?？!！,，。、~～]/;
/** Longer than any 快捷编码 an agent types. */
const LONGER_THAN_SHORTCUT = 12;

/**
 * Whether the panel's input reads as a buyer's sentence (suggest replies) rather than a search
 * the agent is typing (`fh`, `退货`, `tuihuo`): four or more 汉字, sentence punctuation, several
 * words, or longer than a shortcut.
 */
export function isQuestionLike(input: string): boolean {
  const text = input.trim();
  if (text === '') return false;
  if ((text.match(HAN)?.length ?? 0) >= 4) return true;
  if (SENTENCE_MARK.test(text)) return true;
  if (text.split(/\s+/).length >= 3) return true;
  return text.length > LONGER_THAN_SHORTCUT;
}
