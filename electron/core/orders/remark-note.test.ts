import { describe, expect, it } from 'vitest';
import { parseRemarkNote } from './remark-note';

describe('parseRemarkNote', () => {
  it('reads flag, reason, 工号 and time from the SOP remark', () => {
    expect(parseRemarkNote('[红旗] 改地址 工号007 2026-11-18 15:00')).toEqual({
      remark: '改地址 工号007 2026-11-18 15:00',
      flag: 'red',
      reason: '改地址',
      agentCode: '007',
      wallTime: '2026-11-18 15:00',
    });
  });

  it.each([
    ['【黄旗】缺货待补', 'yellow'],
    ['[绿旗] 已核对', 'green'],
    ['(蓝旗) 赠品', 'blue'],
    ['[紫旗]加急', 'purple'],
  ] as const)('%s → %s', (text, flag) => {
    expect(parseRemarkNote(text).flag).toBe(flag);
  });

  it('keeps a plain remark as it is', () => {
    expect(parseRemarkNote(' 送小样 ')).toEqual({
      remark: '送小样',
      flag: null,
      reason: '送小样',
      agentCode: null,
      wallTime: null,
    });
  });

  it('accepts 工号: KF-12 with seconds in the time', () => {
    const note = parseRemarkNote('[红旗]退款 工号：KF-12 2026-11-18 15:00:30');
    expect(note).toMatchObject({ agentCode: 'KF-12', wallTime: '2026-11-18 15:00:30', reason: '退款' });
  });
});
