import { describe, expect, it } from 'vitest';
import { lintReply, validateLintRule, type LintRuleData } from './reply-lint';

let nextId = 0;
function rule(pattern: string, overrides: Partial<LintRuleData> = {}): LintRuleData {
  nextId += 1;
  return {
    id: `r${nextId}`,
    category: 'absolute',
    pattern,
    isRegex: false,
    suggestion: null,
    severity: 'error',
    enabled: true,
    ...overrides,
  };
}

describe('lintReply', () => {
  it('reports exact spans and keeps overlapping findings, sorted by start', () => {
    const lowest = rule('全网最低', { suggestion: '价格实惠' });
    const most = rule('最', { suggestion: '很' });
    const findings = lintReply('本店全网最低价', [most, lowest]);
    expect(findings.map((f) => [f.text, f.start, f.end, f.ruleId])).toEqual([
      ['全网最低', 2, 6, lowest.id],
      ['最', 4, 5, most.id],
    ]);
    expect(findings[1]).toMatchObject({ category: 'absolute', severity: 'error', suggestion: '很' });
  });

  it('finds every occurrence, Chinese inside a longer phrase included', () => {
    const wechat = rule('微信', { category: 'diversion' });
    const findings = lintReply('加我微信，微信聊', [wechat]);
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [2, 4],
      [5, 7],
    ]);
  });

  it('matches Latin literals case-insensitively but never inside a longer word or number', () => {
    const qq = rule('QQ', { category: 'diversion' });
    const best = rule('best');
    const first = rule('#1');
    const text = 'qq号 QQ123 QQQ best bestow #1 #10';
    const found = lintReply(text, [qq, best, first]).map((f) => f.text);
    expect(found).toEqual(['qq', 'QQ', 'best', '#1']);
  });

  it('runs regex rules with their whole match as the span', () => {
    const hundred = rule('100\\s*[%％]', { isRegex: true });
    const findings = lintReply('保证100 ％正品', [hundred]);
    expect(findings.map((f) => [f.text, f.start, f.end])).toEqual([['100 ％', 2, 7]]);
  });

  it('ignores disabled rules and blank patterns', () => {
    expect(lintReply('不能退', [rule('不能', { enabled: false }), rule('  ')])).toEqual([]);
  });

  it('skips a rule whose regex does not compile instead of throwing', () => {
    const broken = rule('([不', { isRegex: true });
    const fine = rule('不能', { category: 'negative', severity: 'warning' });
    expect(lintReply('不能([不', [broken, fine]).map((f) => f.ruleId)).toEqual([fine.id]);
  });

  it('skips zero-width matches', () => {
    expect(lintReply('abc', [rule('(?=b)', { isRegex: true })])).toEqual([]);
  });

  it('reports unknown variables as errors, known ones not at all', () => {
    const findings = lintReply('您好{买家昵称}，送您{优惠券}，｛today｝', []);
    expect(findings).toEqual([
      {
        start: 11,
        end: 16,
        text: '{优惠券}',
        ruleId: 'unknownVariable',
        category: 'unknownVariable',
        severity: 'error',
        suggestion: null,
      },
    ]);
  });
});

describe('validateLintRule', () => {
  it('accepts literal and valid regex rules', () => {
    expect(validateLintRule(rule('[不'))).toBeNull();
    expect(validateLintRule(rule('加我(?!们)', { isRegex: true }))).toBeNull();
  });

  it('refuses a regex that does not compile', () => {
    expect(validateLintRule(rule('([不', { isRegex: true }))).toBe('validation.lintRule.badRegex');
  });

  it('refuses a regex that matches the empty string', () => {
    expect(validateLintRule(rule('微?', { isRegex: true }))).toBe('validation.lintRule.matchesEmpty');
  });

  it('refuses a blank pattern', () => {
    expect(validateLintRule(rule(' '))).toBe('validation.lintRule.patternRequired');
  });
});
