import { describe, expect, it } from 'vitest';
import {
  createReadingCache,
  foldPinyinQuery,
  MAX_SPELLINGS,
  normalizeSearchText,
  packedPinyinKeys,
  pinyinKeys,
  SPELLING_SEPARATOR,
} from './pinyin-keys';

describe('normalizeSearchText', () => {
  it('folds full-width forms and case, collapses whitespace and drops control characters', () => {
    expect(normalizeSearchText('  ＦＲＥＥ　Shipping\t７天\u0001退 ')).toBe('free shipping 7天 退');
    expect(normalizeSearchText('a\u0001\u0002b \u0003\n c\u0085')).toBe('a b c');
  });
});

describe('foldPinyinQuery', () => {
  it('drops spaces and tone marks and writes ü as v', () => {
    expect(foldPinyinQuery('fā huò')).toBe('fahuo');
    expect(foldPinyinQuery('lü se')).toBe('lvse');
  });
});

describe('pinyinKeys', () => {
  it('spells Han characters in full with syllable starts, and as initials', () => {
    const keys = pinyinKeys('发货时间', createReadingCache());
    expect(keys.full).toEqual([{ text: 'fahuoshijian', starts: [0, 2, 5, 8] }]);
    expect(keys.initials).toEqual(['fhsj']);
  });

  it('keeps every polyphone reading, the most common first', () => {
    const full = pinyinKeys('退还', createReadingCache()).full.map((s) => s.text);
    expect(full[0]).toBe('tuihai');
    expect(full).toContain('tuihuan');
    const bank = pinyinKeys('银行', createReadingCache());
    expect(bank.full.map((s) => s.text)).toEqual(expect.arrayContaining(['yinxing', 'yinhang']));
    expect(bank.initials).toEqual(expect.arrayContaining(['yx', 'yh']));
  });

  it('keeps ASCII words and numbers: whole in full spelling, first letter / whole number in initials', () => {
    const keys = pinyinKeys('iphone 15 发货, free shipping', createReadingCache());
    expect(keys.full).toEqual([{ text: 'iphone15fahuofreeshipping', starts: [0, 6, 8, 10, 13, 17] }]);
    expect(keys.initials).toEqual(['i15fhfs']);
  });

  it('caps the spellings of a title full of polyphones', () => {
    const keys = pinyinKeys('重新发货长时间还没到的了和行', createReadingCache());
    expect(keys.full.length).toBeLessThanOrEqual(MAX_SPELLINGS);
    expect(keys.initials.length).toBeLessThanOrEqual(MAX_SPELLINGS);
  });

  it('converts each distinct character, and spells each distinct text, once per cache', () => {
    const cache = createReadingCache();
    pinyinKeys('发货发货', cache);
    pinyinKeys('发', cache);
    expect([...cache.chars.keys()].sort()).toEqual(['发', '货'].sort());
    expect(pinyinKeys('发货', cache)).toBe(pinyinKeys('发货', cache));
  });

  it('has no keys for text without Han characters or ASCII letters and digits', () => {
    expect(pinyinKeys('，。！ é', createReadingCache())).toEqual({ full: [], initials: [] });
  });
});

describe('packedPinyinKeys', () => {
  it('packs exactly the spellings pinyinKeys gives, with spelling and syllable starts marked', () => {
    for (const text of [
      '发货时间',
      '银行行长还款',
      'iphone 15 发货, free shipping',
      '重新发货长时间还没到的了和行',
      '7天无理由',
      '，。！ é',
    ]) {
      const keys = pinyinKeys(text, createReadingCache());
      const packed = packedPinyinKeys(text, createReadingCache());
      expect(packed.full.joined.split(SPELLING_SEPARATOR).filter((s) => s !== '')).toEqual(
        keys.full.map((s) => s.text),
      );
      const marks = keys.full.flatMap((spelling, i) => {
        const offset = keys.full.slice(0, i).reduce((sum, s) => sum + s.text.length + 1, 0);
        return spelling.starts.map((start, j) => (j === 0 ? -(offset + start + 1) : offset + start));
      });
      expect(packed.full.marks).toEqual(marks);
      expect(packed.initials.joined.split(SPELLING_SEPARATOR).filter((s) => s !== '')).toEqual(keys.initials);
      expect(packed.initials.marks).toHaveLength(keys.initials.length);
    }
  });
});
