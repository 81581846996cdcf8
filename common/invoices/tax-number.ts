/**
 * 税号 on an invoice title: the 统一社会信用代码 of GB 32100-2015. A wrong 税号 makes the
 * invoice unusable for the buyer's company (it cannot be deducted or reimbursed) and has to be
 * voided and reissued, so the desk checks it at entry instead of the tax bureau's system later.
 *
 * The 18th character is a check character over the first 17: each character has a value
 * (0-9 → 0-9, A → 10 … Y → 30, skipping I, O, S, V, Z which look like 1, 0, 5, U, 2), the value at
 * position i is weighted by 3^(i-1) mod 31, and C18 = 31 - (sum mod 31), where 31 means 0.
 * The standard's own worked example, 91350100M000100Y4 → 3, is in the tests.
 *
 * Companies registered before 2015 may still quote their old 15-character 税务登记号 (region code +
 * 组织机构代码) or a 20-character one (an ID-card number + 2), which tax systems still accepted in
 * the transition; they have no check character, so they pass with a warning for the agent to
 * double-check with the buyer.
 */
import { toHalfWidth } from './half-width';
import type { TitleKind } from './invoice-types';

/** The 31 code characters of GB 32100-2015 table 1, in value order (index = value). */
export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** W_i = 3^(i-1) mod 31 for i = 1…17 (GB 32100-2015 table 2). */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const CREDIT_CODE_LENGTH = 18;
const LEGACY_LENGTHS = { 15: 'legacy15', 20: 'legacy20' } as const;

export type TaxNumberWarning = 'legacy15' | 'legacy20';

export type TaxNumberResult =
  | { ok: true; value: string; warning?: TaxNumberWarning }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'length'; length: number }
  /** `position` is 1-based in the normalised value, as an agent counts (第 N 位). */
  | { ok: false; reason: 'character'; position: number; character: string }
  | { ok: false; reason: 'checkCharacter'; expected: string; actual: string };

export type TaxNumberRefusal = Extract<TaxNumberResult, { ok: false }>;

/** Separators people type or paste inside long numbers: spaces of any width and dash-like marks. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** `' 9135 0100-m000 100Ｙ43 '` → `'91350100M000100Y43'`: what the checks and the db see. */
export function normaliseTaxNumber(input: string): string {
  return toHalfWidth(input).replace(SEPARATORS, '').toUpperCase();
}

/**
 * The check character for the first 17 characters of a credit code, or null when one of them is
 * not a code character. Exported so tests and fixtures can build valid codes instead of trusting
 * remembered ones.
 */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/**
 * The first character failing `allowed`, with its 1-based position. Counted in code points, not
 * UTF-16 units, so an emoji pasted by mistake is reported whole and later positions stay right.
 */
function firstOutside(value: string, allowed: (c: string) => boolean): TaxNumberRefusal | null {
  const characters = Array.from(value);
  const index = characters.findIndex((c) => !allowed(c));
  if (index < 0) return null;
  return { ok: false, reason: 'character', position: index + 1, character: characters[index]! };
}

const isAsciiAlphanumeric = (c: string): boolean => /^[0-9A-Z]$/.test(c);
const isCodeCharacter = (c: string): boolean => CREDIT_CODE_CHARACTERS.includes(c);

/**
 * Checks a 税号 as typed. Characters that are not letters or digits are reported before the
 * length, because a stray 中文 character or a comma is what the agent must fix first; I, O, S,
 * V, Z are refused only in 18-character codes, since old 税务登记号 may contain any letter.
 */
export function checkTaxNumber(input: string): TaxNumberResult {
  const value = normaliseTaxNumber(input);
  if (value === '') return { ok: false, reason: 'empty' };

  const notAlphanumeric = firstOutside(value, isAsciiAlphanumeric);
  if (notAlphanumeric) return notAlphanumeric;

  if (value.length === 15 || value.length === 20) {
    return { ok: true, value, warning: LEGACY_LENGTHS[value.length] };
  }
  if (value.length !== CREDIT_CODE_LENGTH) return { ok: false, reason: 'length', length: value.length };

  const notCode = firstOutside(value, isCodeCharacter);
  if (notCode) return notCode;

  const expected = creditCodeCheckCharacter(value.slice(0, 17))!;
  const actual = value[17]!;
  if (actual !== expected) return { ok: false, reason: 'checkCharacter', expected, actual };
  return { ok: true, value };
}

/**
 * Since 1 July 2017 an ordinary invoice (普票) made out to a company must carry its 税号 (国家税务总局
 * 公告 2017 年第 16 号); a personal title (个人) has none.
 */
export function taxNumberRequired(titleKind: TitleKind): boolean {
  return titleKind === 'company';
}
