import { describe, expect, it } from 'vitest';
import { PHRASE_STAGES, LANGUAGES, type Language } from '../../../db/enums';
import { DEFAULT_LINT_RULES } from './default-lint-rules';
import { DEFAULT_PHRASE_PACKS } from './default-phrase-packs';
import { findVariables, VARIABLE_NAMES } from './phrase-variables';
import { lintReply, type LintRuleData } from './reply-lint';
import { SHORTCUT_PATTERN } from './phrase-schema';

const rules: LintRuleData[] = DEFAULT_LINT_RULES.map((r, i) => ({ ...r, id: `d${i}` }));

/** DESIGN.md feature 2's situations and the follow-up task kinds, each with the phrase that answers it. */
const SITUATIONS: Record<Language, Record<string, string>> = {
  'zh-CN': {
    greeting: 'nh',
    stock: 'kc',
    shipTime: 'fh',
    courier: 'kd',
    arrivalTime: 'dh',
    priceObjection: 'yj',
    qualityAuthenticity: 'zl',
    colourDifference: 'sc',
    material: 'cz',
    gifts: 'zp',
    freeShipping: 'by',
    logisticsDelay: 'yc',
    qualityReturn: 'th',
    exchangePostage: 'hh',
    letMeThink: 'kl',
    tooExpensive: 'tg',
    paymentHelp: 'fk',
    thanksAfterPayment: 'gx',
    outOfStock: 'qh',
    closing: 'zj',
    urgePayment: 'cf',
    verifyAddress: 'hy',
    shipNotice: 'fhtz',
    logisticsCheck: 'wl',
    reviewInvite: 'yp',
    badReview: 'cp',
    complaint: 'ts',
    callback: 'hf',
    invoiceTiming: 'fpsj',
    specialInvoice: 'zpzl',
    invoiceTitle: 'fptt',
    invoiceSent: 'fpjc',
  },
  'en-US': {
    greeting: 'hi',
    stock: 'stock',
    shipTime: 'ship',
    courier: 'courier',
    arrivalTime: 'arrive',
    priceObjection: 'price',
    qualityAuthenticity: 'genuine',
    colourDifference: 'colour',
    material: 'material',
    gifts: 'gift',
    freeShipping: 'freeship',
    logisticsDelay: 'delay',
    qualityReturn: 'return',
    exchangePostage: 'exchange',
    letMeThink: 'think',
    tooExpensive: 'pricey',
    paymentHelp: 'pay',
    thanksAfterPayment: 'thanks',
    outOfStock: 'soldout',
    closing: 'bye',
    urgePayment: 'urge',
    verifyAddress: 'address',
    shipNotice: 'shipped',
    logisticsCheck: 'track',
    reviewInvite: 'review',
    badReview: 'badreview',
    complaint: 'complaint',
    callback: 'callback',
    invoiceTiming: 'einvoice',
    specialInvoice: 'vat',
    invoiceTitle: 'invoicetitle',
    invoiceSent: 'invoicesent',
  },
};

describe.each(LANGUAGES)('DEFAULT_PHRASE_PACKS[%s]', (language) => {
  const groups = DEFAULT_PHRASE_PACKS[language];
  const phrases = groups.flatMap((g) => g.phrases.map((p) => ({ ...p, stage: g.stage })));
  const byShortcut = new Map(phrases.map((p) => [p.shortcut, p]));

  it('has one group per stage, in stage order, with 30–45 phrases in all', () => {
    expect(groups.map((g) => g.stage)).toEqual([...PHRASE_STAGES]);
    expect(phrases.length).toBeGreaterThanOrEqual(30);
    expect(phrases.length).toBeLessThanOrEqual(45);
  });

  it('covers every situation with a phrase of the right stage', () => {
    for (const [situation, shortcut] of Object.entries(SITUATIONS[language])) {
      expect(byShortcut.has(shortcut), `${situation} → ${shortcut}`).toBe(true);
    }
    const stageOf = (situation: string) => byShortcut.get(SITUATIONS[language][situation]!)?.stage;
    expect(stageOf('greeting')).toBe('presale');
    expect(stageOf('urgePayment')).toBe('insale');
    expect(stageOf('complaint')).toBe('aftersale');
    expect(stageOf('closing')).toBe('general');
  });

  it('gives every phrase a unique, valid shortcut, a title and tags', () => {
    expect(byShortcut.size).toBe(phrases.length);
    for (const p of phrases) {
      expect(p.shortcut, p.title).toMatch(SHORTCUT_PATTERN);
      expect(p.shortcut).not.toBe('');
      expect(p.title.trim()).not.toBe('');
      expect(p.tags.length, p.title).toBeGreaterThan(0);
    }
    const titles = phrases.map((p) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('uses only known variables, written in the pack language', () => {
    const names = new Set(Object.values(VARIABLE_NAMES).map((n) => (language === 'zh-CN' ? n.zh : n.en)));
    const used = phrases.flatMap((p) => findVariables(p.body));
    expect(used.length).toBeGreaterThan(10);
    for (const token of used) {
      expect(token.key, token.raw).not.toBeNull();
      expect(names.has(token.name), token.raw).toBe(true);
    }
  });

  it('passes the default lint rules without a single finding', () => {
    for (const p of phrases) {
      expect(lintReply(`${p.title}\n${p.body}`, rules), p.shortcut).toEqual([]);
    }
  });
});
