/**
 * English counts agree with their number ("1 phrase", "3 phrases"; never "1 phrases" or "day(s)"):
 * a string taking a count is an i18next plural — `_one` and `_other` in en-US, one form in zh-CN,
 * which has no plural — and every `t()` of such a key passes `count`, which picks the form.
 */
import i18next from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { flatten, lineOf, readLocale, sourcesUnder, visit } from './renderer-sources';

const zh = flatten(readLocale('zh-CN'));
const en = flatten(readLocale('en-US'));
const PLURAL_FORM = /_(one|other)$/;

const pluralBases = new Set(
  [...en.keys()].filter((key) => PLURAL_FORM.test(key)).map((key) => key.replace(PLURAL_FORM, '')),
);

/**
 * Placeholders that hold a number of things. Limits in validation messages (`maximum`, `max`,
 * `length`: "up to 20 characters") are the schema's constants, never 1, and stay plain.
 */
const COUNTED = [
  ...['count', 'n', 'total', 'shown', 'rows', 'days', 'orders', 'customers', 'phrases', 'groups'],
  ...['added', 'updated', 'unchanged', 'duplicates', 'invalid', 'overdue', 'checked', 'converted', 'lost'],
  ...['pending', 'pushed', 'rejected', 'pulled', 'issues'],
];
const COUNTED_AND_NEXT_WORDS = new RegExp(`\\{\\{(?:${COUNTED.join('|')})\\}\\}((?: [\\w-]+){0,2})`, 'g');
/** Words ending in s that are not plural nouns. */
const NOT_PLURALS = new Set(['is', 'was', 'has', 'does', 'as', 'its', 'this', 'plus']);

/** "3 phrases", "3 overdue tasks": a counted number followed, within two words, by a plural noun. */
const countsANoun = (text: string) =>
  [...text.matchAll(COUNTED_AND_NEXT_WORDS)].some((match) =>
    match[1]!.split(' ').some((word) => word.length > 2 && word.endsWith('s') && !NOT_PLURALS.has(word)),
  );

describe('plurals', () => {
  it('makes every en-US string taking a count a plural with _one and _other', () => {
    const countedPlain = [...en]
      .filter(([key, text]) => !PLURAL_FORM.test(key) && String(text).includes('{{count}}'))
      .map(([key]) => key);
    expect(countedPlain).toEqual([]);
    const halves = [...pluralBases].filter((base) => !en.has(`${base}_one`) || !en.has(`${base}_other`));
    expect(halves).toEqual([]);
    expect(pluralBases.size).toBeGreaterThan(20);
  });

  it('puts no counted noun after a number outside a plural, and never writes (s)', () => {
    const offending = [...en]
      .filter(([key, text]) => !PLURAL_FORM.test(key) && countsANoun(String(text)))
      .map(([key, text]) => `${key}: ${String(text)}`);
    expect(offending).toEqual([]);
    expect([...en.values()].filter((text) => String(text).includes('(s)'))).toEqual([]);
  });

  it('keeps one form under the plain key in zh-CN, with the same placeholders', () => {
    expect([...zh.keys()].filter((key) => PLURAL_FORM.test(key))).toEqual([]);
    const missing = [...pluralBases].filter((base) => typeof zh.get(base) !== 'string');
    expect(missing).toEqual([]);
    expect([...pluralBases].filter((base) => !String(zh.get(base)).includes('{{count}}'))).toEqual([]);
  });

  it('reads 1 and 3 right in English and the same in Chinese', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'en-US',
      fallbackLng: 'zh-CN',
      initAsync: false,
      showSupportNotice: false,
      resources: {
        'zh-CN': { translation: readLocale('zh-CN') },
        'en-US': { translation: readLocale('en-US') },
      },
    });
    expect(i18n.t('panel.count', { count: 1 })).toBe('1 phrase');
    expect(i18n.t('panel.count', { count: 3 })).toBe('3 phrases');
    expect(i18n.t('reportsPage.heading', { name: 'Mei', code: 'KF1', from: 'a', to: 'b', count: 1 })).toMatch(
      /· 1 day$/,
    );
    void i18n.changeLanguage('zh-CN');
    expect(i18n.t('panel.count', { count: 1 })).toBe('1 条');
    expect(i18n.t('panel.count', { count: 3 })).toBe('3 条');
  });

  it('passes count to every t() of a plural key in the renderer, core and CLI', () => {
    const sources = [
      ...sourcesUnder('renderer/src', ['.ts', '.tsx']),
      ...['electron', 'common'].flatMap((dir) => sourcesUnder(dir, ['.ts'])),
    ];
    const withoutCount: string[] = [];
    for (const { name, source } of sources) {
      visit(source, (node) => {
        if (!ts.isCallExpression(node) || !/^(\w+\.)?t$/.test(node.expression.getText())) return;
        const [key, options] = node.arguments;
        if (!key || !ts.isStringLiteral(key) || !pluralBases.has(key.text)) return;
        const hasCount =
          options !== undefined &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some((p) => p.name?.getText() === 'count');
        if (!hasCount) withoutCount.push(`${name}:${lineOf(node)} ${key.text}`);
      });
    }
    expect(withoutCount).toEqual([]);
  });
});
