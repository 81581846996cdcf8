import { describe, expect, it } from 'vitest';
import { languageForLocale } from './translator';

describe('languageForLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ZH-hans', 'zh-CN'],
    ['en-US', 'en-US'],
    ['de-DE', 'en-US'],
    ['', 'en-US'],
  ])('%s → %s', (locale, language) => {
    expect(languageForLocale(locale)).toBe(language);
  });
});
