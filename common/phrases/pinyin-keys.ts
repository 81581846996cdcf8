/**
 * Search keys for one piece of phrase text, computed once when a phrase is indexed so that a
 * keystroke in the reply panel never runs a pinyin conversion: the normalised text itself, its
 * full-pinyin spellings (`fahuo`) and its initials (`fh`), one string per polyphone reading.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Upper bound on spellings kept per text. Every combination of polyphone readings is kept while
 * there are at most this many; past it, each polyphone varies alone against the most common
 * reading of all the others, so a title full of 的/了/和/行 costs a few strings instead of
 * thousands, and any single polyphone is still found under each of its readings.
 */
export const MAX_SPELLINGS = 16;

/**
 * One full-pinyin spelling: syllables (and ASCII words) run together, plus where each starts, so
 * that a query only matches from the start of a syllable (`huo` finds 发货, `ahu` does not).
 */
export interface FullSpelling {
  text: string;
  starts: readonly number[];
}

export interface PinyinKeys {
  full: readonly FullSpelling[];
  initials: readonly string[];
}

interface CharReadings {
  full: readonly string[];
  initials: readonly string[];
}

/**
 * Readings per distinct character, shared by every phrase of one index: a library of ten thousand
 * phrases holds a few thousand distinct Han characters, and each is converted exactly once. Keys
 * per distinct text, for `pinyinKeys` (the query side; the index keeps its packed forms itself).
 */
export interface ReadingCache {
  chars: Map<string, CharReadings>;
  texts: Map<string, PinyinKeys>;
}

export function createReadingCache(): ReadingCache {
  return { chars: new Map(), texts: new Map() };
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * A run of control characters (General_Category Cc, spelled out: U+0000–001F and U+007F–009F)
 * and whitespace, in any mix: it reads as one space. Without the `u` flag the class is matched on
 * code units, a third faster over ten thousand bodies.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const BLANK_RUN = /[\u0000-\u001f\u007f-\u009f\s]+/g;

/** A character `toLowerCase` changes (checked over every code point: none outside it does). */
const LOWERCASES = /\p{Changes_When_Lowercased}/u;

/**
 * The form every key and every query is compared in: NFKC folds full-width letters, digits and
 * the ideographic space (`Ｆｈ７天`) into ASCII, case is folded, and control characters and
 * whitespace runs (a pasted line break, a tab) become one space. Text already in that form comes
 * back as the same string: an index keeps ten thousand bodies, and lowercasing a Chinese body
 * that has nothing to lowercase still copied it.
 */
export function normalizeSearchText(text: string): string {
  const composed = text.normalize('NFKC');
  const lowered = LOWERCASES.test(composed) ? composed.toLowerCase() : composed;
  return lowered.replace(BLANK_RUN, ' ').trim();
}

/**
 * The pinyin form of a normalised query: spaces dropped (`fa huo`), tone marks stripped (`fāhuò`)
 * and `ü` written `v`, as the keys spell it.
 */
export function foldPinyinQuery(normalized: string): string {
  return normalized.replace(/ü/g, 'v').normalize('NFD').replace(COMBINING_MARKS, '').replace(/ /g, '');
}

function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f) ||
    codePoint === 0x3007
  );
}

function isAsciiAlnum(codePoint: number): boolean {
  return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39);
}

function isDigit(codePoint: number): boolean {
  return codePoint >= 0x30 && codePoint <= 0x39;
}

const NO_READINGS: CharReadings = { full: [], initials: [] };

/** Toneless readings, most common first, `ü` typed as `v` the way pinyin IMEs take it. */
function readingsOf(char: string, cache: ReadingCache): CharReadings {
  let readings = cache.chars.get(char);
  if (readings === undefined) {
    const converted = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true });
    // pinyin-pro hands back the character itself when it has no reading (rare CJK extensions).
    const full = [...new Set(converted.filter((r) => r !== char && /^[a-z]+$/.test(r)))];
    readings =
      full.length === 0 ? NO_READINGS : { full, initials: [...new Set(full.map((r) => r.charAt(0)))] };
    cache.chars.set(char, readings);
  }
  return readings;
}

/** A unit of spelling: a Han character (one choice per reading) or an ASCII letter/digit run. */
type Unit = readonly string[];

/**
 * Splits normalised text into units. Everything else (spaces, punctuation, other scripts) only
 * separates units, so `退货 尺码` spells `tuihuochima` and the query `huochi` still finds it.
 */
function unitsOf(text: string, cache: ReadingCache): { full: Unit[]; initials: Unit[] } {
  const full: Unit[] = [];
  const initials: Unit[] = [];
  // An ASCII run is text[runStart, at): letters or digits, never both.
  let runStart = -1;
  for (let at = 0; at <= text.length;) {
    const codePoint = at < text.length ? text.codePointAt(at)! : -1;
    const width = codePoint > 0xffff ? 2 : 1;
    const alnum = codePoint >= 0 && isAsciiAlnum(codePoint);
    if (runStart >= 0 && (!alnum || isDigit(text.charCodeAt(runStart)) !== isDigit(codePoint))) {
      const run = text.slice(runStart, at);
      full.push([run]);
      // An English word contributes its first letter (`free shipping` → `fs`); a number stays
      // whole so `7天无理由` abbreviates to `7twly`.
      initials.push([isDigit(run.charCodeAt(0)) ? run : run.charAt(0)]);
      runStart = -1;
    }
    if (alnum) {
      if (runStart < 0) runStart = at;
    } else if (codePoint >= 0 && isHan(codePoint)) {
      const readings = readingsOf(String.fromCodePoint(codePoint), cache);
      if (readings !== NO_READINGS) {
        full.push(readings.full);
        initials.push(readings.initials);
      }
    }
    at += width;
  }
  return { full, initials };
}

/** Reading index per unit for every spelling to keep, the first always the most common one. */
function choices(units: readonly Unit[]): number[][] {
  const base: number[] = new Array<number>(units.length).fill(0);
  let product = 1;
  for (const unit of units) {
    product *= unit.length;
    if (product > MAX_SPELLINGS) break;
  }
  if (product <= MAX_SPELLINGS) {
    const all: number[][] = [base];
    for (let position = 0; position < units.length; position += 1) {
      const readings = units[position]!.length;
      if (readings === 1) continue;
      const grown: number[][] = [];
      for (const picked of all) {
        for (let reading = 1; reading < readings; reading += 1) {
          const next = picked.slice();
          next[position] = reading;
          grown.push(next);
        }
      }
      for (const picked of grown) all.push(picked);
    }
    return all;
  }
  const single: number[][] = [base];
  for (let position = 0; position < units.length; position += 1) {
    const readings = units[position]!.length;
    for (let reading = 1; reading < readings && single.length < MAX_SPELLINGS; reading += 1) {
      const next = base.slice();
      next[position] = reading;
      single.push(next);
    }
  }
  return single;
}

function fullSpellings(units: readonly Unit[]): FullSpelling[] {
  if (units.length === 0) return [];
  return choices(units).map((picked) => {
    const starts: number[] = [];
    let text = '';
    for (let position = 0; position < units.length; position += 1) {
      starts.push(text.length);
      text += units[position]![picked[position]!]!;
    }
    return { text, starts };
  });
}

function initialSpellings(units: readonly Unit[]): string[] {
  if (units.length === 0) return [];
  return choices(units).map((picked) => {
    let text = '';
    for (let position = 0; position < units.length; position += 1)
      text += units[position]![picked[position]!]!;
    return text;
  });
}

/** Between two spellings in a packed form: not a letter or digit, so no query match runs across it. */
export const SPELLING_SEPARATOR = '\u0001';

/**
 * All spellings of one text (full or initials) in one string, `SPELLING_SEPARATOR` between them,
 * and `marks` listing where a spelling begins, as `-(offset + 1)`, and, for full spellings, where
 * each further syllable starts, as `offset`, in ascending order. An index of ten thousand titles
 * keeps two objects per text this way instead of three per spelling, which is what its garbage
 * collection time went on.
 */
export interface PackedSpellings {
  joined: string;
  marks: readonly number[];
}

const NO_SPELLINGS: PackedSpellings = { joined: '', marks: [] };

function pack(units: readonly Unit[], syllableMarks: boolean): PackedSpellings {
  if (units.length === 0) return NO_SPELLINGS;
  let joined = '';
  const marks: number[] = [];
  for (const picked of choices(units)) {
    if (joined !== '') joined += SPELLING_SEPARATOR;
    marks.push(-(joined.length + 1));
    for (let position = 0; position < units.length; position += 1) {
      if (position > 0 && syllableMarks) marks.push(joined.length);
      joined += units[position]![picked[position]!]!;
    }
  }
  return { joined, marks };
}

/** The spellings `pinyinKeys` gives, packed (see PackedSpellings); not cached here. */
export function packedPinyinKeys(
  normalized: string,
  cache: ReadingCache,
): { full: PackedSpellings; initials: PackedSpellings } {
  const units = unitsOf(normalized, cache);
  return { full: pack(units.full, true), initials: pack(units.initials, false) };
}

/** Full-pinyin and initials spellings of already normalised text, shared through the cache: read only. */
export function pinyinKeys(normalized: string, cache: ReadingCache): PinyinKeys {
  let keys = cache.texts.get(normalized);
  if (keys === undefined) {
    const units = unitsOf(normalized, cache);
    keys = { full: fullSpellings(units.full), initials: initialSpellings(units.initials) };
    cache.texts.set(normalized, keys);
  }
  return keys;
}

/** Distinct queries whose spellings are kept; a panel session types far fewer. */
const QUERY_CACHE_TEXTS = 2_000;
const queryReadings = createReadingCache();

/**
 * The pinyin forms of a query that mixes pinyin and 汉字 (`fa货`, `发huo`, `发h`): the Han
 * characters spelled out and run together with the typed letters, each reading of a polyphone a
 * spelling of its own. Initials (`发h` → `fh`) only where every typed letter run is one letter:
 * `fa货` means fa + 货, not any f…h… title. Empty for a query without both.
 */
export function mixedQuerySpellings(normalized: string): { full: string[]; initials: string[] } {
  let hasHan = false;
  let hasLetter = false;
  let longRun = false;
  let run = 0;
  for (const char of normalized) {
    const codePoint = char.codePointAt(0)!;
    if (isAsciiAlnum(codePoint)) {
      run += 1;
      if (!isDigit(codePoint)) hasLetter = true;
      if (run > 1) longRun = true;
      continue;
    }
    run = 0;
    if (isHan(codePoint)) hasHan = true;
  }
  if (!hasHan || !hasLetter) return { full: [], initials: [] };
  if (queryReadings.texts.size > QUERY_CACHE_TEXTS) queryReadings.texts.clear();
  const keys = pinyinKeys(normalized, queryReadings);
  return { full: keys.full.map((spelling) => spelling.text), initials: longRun ? [] : [...keys.initials] };
}
