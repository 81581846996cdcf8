import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_RULES } from './default-lint-rules';
import { lintReply, validateLintRule, type LintRuleData } from './reply-lint';

const rules: LintRuleData[] = DEFAULT_LINT_RULES.map((r, i) => ({ ...r, id: `d${i}` }));

function flagged(text: string, category?: LintRuleData['category']): string[] {
  return lintReply(text, rules)
    .filter((f) => !category || f.category === category)
    .map((f) => f.text);
}

describe('DEFAULT_LINT_RULES', () => {
  it('are all valid, enabled and unique', () => {
    for (const r of rules) expect(validateLintRule(r), r.pattern).toBeNull();
    expect(rules.every((r) => r.enabled)).toBe(true);
    const keys = rules.map((r) => `${r.isRegex}:${r.pattern.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('offer a softer wording for every negative-language rule, as warnings', () => {
    const negative = rules.filter((r) => r.category === 'negative');
    expect(negative.length).toBeGreaterThan(20);
    for (const r of negative) {
      expect(r.severity).toBe('warning');
      expect(r.suggestion, r.pattern).toBeTruthy();
    }
  });

  it('make ad-law absolute words, diversion and invoice promises errors', () => {
    for (const r of rules.filter((r) => r.category !== 'negative'))
      expect(r.severity, r.pattern).toBe('error');
  });

  it('catch the words the SOP names', () => {
    expect(flagged('这个不能退，我也不知道，但是没办法', 'negative')).toEqual([
      '不能',
      '不知道',
      '但是',
      '没办法',
    ]);
    expect(flagged('全网最低价，销量第一，国家级顶级品质，100%正品', 'absolute')).toEqual([
      '全网最低',
      '最低',
      '最',
      '第一',
      '国家级',
      '顶级',
      '100%',
    ]);
    expect(flagged('加我微信或QQ，也可以vx，私下转账便宜', 'diversion')).toEqual([
      '加我',
      '微信',
      'QQ',
      'vx',
      '私下转账',
    ]);
    expect(flagged("Sorry, I can't. Best price, #1 seller. Message me on WhatsApp.")).toEqual([
      "can't",
      'Best',
      '#1',
      'WhatsApp',
    ]);
  });

  it('leave everyday phrases alone', () => {
    expect(
      flagged('最近物流慢，最晚明天到，我们会第一时间处理，欢迎加我们的会员。Best regards, we cannot wait'),
    ).toEqual(['cannot']);
    expect(flagged('significant, wonton, bestow, dont')).toEqual([]);
  });
});
