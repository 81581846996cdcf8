import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARACTERS,
  CREDIT_CODE_WEIGHTS,
  checkTaxNumber,
  creditCodeCheckCharacter,
  normaliseTaxNumber,
  taxNumberRequired,
} from './tax-number';

describe('GB 32100-2015 tables', () => {
  it('weights are 3^(i-1) mod 31 and the charset skips I, O, S, V, Z', () => {
    expect(CREDIT_CODE_WEIGHTS.map((_, i) => 3 ** i % 31)).toEqual([...CREDIT_CODE_WEIGHTS]);
    expect(CREDIT_CODE_CHARACTERS).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(CREDIT_CODE_CHARACTERS).not.toContain(letter);
  });

  it("reproduces the standard's worked example: 91350100M000100Y4 sums to 1640, 1640 mod 31 = 28, C18 = 3", () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('maps 31 - 0 = 31 to the check character 0', () => {
    // Synthetic: the 17th character chosen so the weighted sum is a multiple of 31.
    expect(creditCodeCheckCharacter('91350100M000100Y3')).toBe('0');
  });

  it('has no check character for a prefix of the wrong length or with a foreign character', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y')).toBeNull();
    expect(creditCodeCheckCharacter('91350100M000100I4')).toBeNull();
  });
});

describe('checkTaxNumber', () => {
  it.each([
    '91350100M000100Y43', // GB 32100-2015's example
    '91350200776049653A', // check character is a letter
    '9135021359498494XQ',
    '91440101MA5CJQ4N59',
    '913502000728319549',
    '91350100M000100Y30', // check value 0
  ])('accepts %s', (code) => {
    expect(checkTaxNumber(code)).toEqual({ ok: true, value: code });
  });

  it('refuses a wrong check character and names the expected one', () => {
    expect(checkTaxNumber('91350100M000100Y4Z')).toEqual({
      ok: false,
      reason: 'character',
      position: 18,
      character: 'Z',
    });
    expect(checkTaxNumber('91350100M000100Y44')).toEqual({
      ok: false,
      reason: 'checkCharacter',
      expected: '3',
      actual: '4',
    });
    expect(checkTaxNumber('91310115MA1H8R7C6D')).toEqual({
      ok: false,
      reason: 'checkCharacter',
      expected: '7',
      actual: 'D',
    });
  });

  it('catches a single mistyped digit in the body', () => {
    const result = checkTaxNumber('91350100M000200Y43');
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'checkCharacter', actual: '3' });
  });

  it('normalises lowercase, spaces, hyphens and full-width characters', () => {
    expect(checkTaxNumber('91350200776049653a')).toEqual({ ok: true, value: '91350200776049653A' });
    expect(checkTaxNumber(' 9135 0100 M000 100Y 43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkTaxNumber('913501-00M000-100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkTaxNumber('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
    expect(checkTaxNumber('９１３５０１００ｍ０００１００ｙ４３\u3000')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
    expect(normaliseTaxNumber('9135－0100—m000 100y43')).toBe('91350100M000100Y43');
  });

  it('accepts legacy 15- and 20-character numbers with a warning', () => {
    expect(checkTaxNumber('350102123456789')).toEqual({
      ok: true,
      value: '350102123456789',
      warning: 'legacy15',
    });
    expect(checkTaxNumber('35010219800101123x01')).toEqual({
      ok: true,
      value: '35010219800101123X01',
      warning: 'legacy20',
    });
    // Old 组织机构代码 parts may hold any letter, so I/O/S/V/Z are not refused there.
    expect(checkTaxNumber('35010257OS12345')).toEqual({
      ok: true,
      value: '35010257OS12345',
      warning: 'legacy15',
    });
  });

  it('refuses a legacy-length number with a character that is not a letter or digit', () => {
    expect(checkTaxNumber('3501021234567.9')).toEqual({
      ok: false,
      reason: 'character',
      position: 14,
      character: '.',
    });
  });

  it.each([
    ['I', 9],
    ['O', 9],
    ['Z', 9],
    ['S', 9],
    ['V', 9],
  ])('refuses %s in an 18-character code with its position', (letter, position) => {
    const code = `91350100${letter}000100Y43`;
    expect(checkTaxNumber(code)).toEqual({ ok: false, reason: 'character', position, character: letter });
  });

  it('reports the first bad character, in code points', () => {
    expect(checkTaxNumber('9135010OM000I00Y43')).toMatchObject({
      reason: 'character',
      position: 8,
      character: 'O',
    });
    expect(checkTaxNumber('91350100M000100Y4号')).toEqual({
      ok: false,
      reason: 'character',
      position: 18,
      character: '号',
    });
    expect(checkTaxNumber('😀9135')).toEqual({
      ok: false,
      reason: 'character',
      position: 1,
      character: '😀',
    });
    expect(checkTaxNumber('9😀X')).toEqual({ ok: false, reason: 'character', position: 2, character: '😀' });
  });

  it('refuses an empty number and other lengths', () => {
    expect(checkTaxNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkTaxNumber('  - ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkTaxNumber('91350100M000100Y4')).toEqual({ ok: false, reason: 'length', length: 17 });
    expect(checkTaxNumber('91350100M000100Y433')).toEqual({ ok: false, reason: 'length', length: 19 });
    expect(checkTaxNumber('1234567890123456789012')).toEqual({ ok: false, reason: 'length', length: 22 });
  });
});

describe('taxNumberRequired', () => {
  it('is required for company titles only', () => {
    expect(taxNumberRequired('company')).toBe(true);
    expect(taxNumberRequired('personal')).toBe(false);
  });
});
