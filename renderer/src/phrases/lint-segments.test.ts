import { describe, expect, it } from 'vitest';
import { lintSegments, type LintFinding } from './lint-segments';

const finding = (start: number, end: number, severity: 'warning' | 'error' = 'warning'): LintFinding => ({
  start,
  end,
  text: '',
  ruleId: `r${start}`,
  category: 'absolute',
  severity,
  suggestion: null,
});

describe('lintSegments', () => {
  it('returns the whole text as one plain run without findings', () => {
    expect(lintSegments('亲，在的', [])).toEqual([{ text: '亲，在的', severity: null, findings: [] }]);
  });

  it('cuts around a finding', () => {
    expect(lintSegments('全网最低价', [finding(2, 3)])).toEqual([
      { text: '全网', severity: null, findings: [] },
      { text: '最', severity: 'warning', findings: [0] },
      { text: '低价', severity: null, findings: [] },
    ]);
  });

  it('splits overlapping findings and lets an error outrank a warning', () => {
    expect(lintSegments('全网最低价', [finding(0, 4), finding(2, 3, 'error')])).toEqual([
      { text: '全网', severity: 'warning', findings: [0] },
      { text: '最', severity: 'error', findings: [0, 1] },
      { text: '低', severity: 'warning', findings: [0] },
      { text: '价', severity: null, findings: [] },
    ]);
  });

  it('ignores spans outside the text instead of losing characters', () => {
    expect(lintSegments('加微信', [finding(1, 3), finding(2, 9), finding(3, 3)])).toEqual([
      { text: '加', severity: null, findings: [] },
      { text: '微信', severity: 'warning', findings: [0] },
    ]);
  });
});
