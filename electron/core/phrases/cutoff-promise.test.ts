import { describe, expect, it } from 'vitest';
import { pastCutoffFindings } from './cutoff-promise';

/** 2026-11-24 at hh:mm in Shanghai (UTC+8). */
const shanghai = (hh: number, mm: number) => Date.UTC(2026, 10, 24, hh - 8, mm);
const shop = { cutoffTime: '16:30', timeZone: 'Asia/Shanghai' };

describe('a same-day shipping promise after the cut-off', () => {
  const urge = '小鹿买家亲，16:30前付款今天就能发出，早付款早收到。';

  it('is found after today’s cut-off, with its span and the cut-off that passed', () => {
    const findings = pastCutoffFindings(urge, { ...shop, now: shanghai(17, 0) });
    expect(findings).toEqual([
      {
        start: urge.indexOf('今天'),
        end: urge.indexOf('今天') + '今天就能发出'.length,
        text: '今天就能发出',
        ruleId: 'pastCutoff',
        category: 'pastCutoff',
        severity: 'warning',
        suggestion: null,
        cutoffTime: '16:30',
      },
    ]);
  });

  it('is fine before the cut-off, and from the cut-off minute on it is past', () => {
    expect(pastCutoffFindings(urge, { ...shop, now: shanghai(16, 29) })).toEqual([]);
    expect(pastCutoffFindings(urge, { ...shop, now: shanghai(16, 30) })).toHaveLength(1);
  });

  it('reads the clock in the shop’s time zone', () => {
    // 17:30 in Shanghai is 10:30 in Berlin: a Berlin shop's 16:30 cut-off is still ahead.
    expect(
      pastCutoffFindings(urge, { cutoffTime: '16:30', timeZone: 'Europe/Berlin', now: shanghai(17, 30) }),
    ).toEqual([]);
  });

  it.each([
    '今日发货，明天就到',
    '现在付款，今天给您安排发货',
    '今天可以发',
    'Pay before 16:30 and it ships today.',
    'We can send it out today.',
  ])('finds the promise in %j', (text) => {
    expect(pastCutoffFindings(text, { ...shop, now: shanghai(20, 0) })).toHaveLength(1);
  });

  it.each([
    // The shop's rule, true at any hour: it promises nothing about today.
    '亲，每天16:30前付款的订单当天发出，之后付款的次日发出，请您放心。',
    'Orders paid before 16:30 leave our warehouse the same day; orders paid later ship the next day.',
    // A parcel that already left.
    '亲，您的订单已于11月24日发出，快递公司：圆通速递。',
    '您的包裹今天已经发出了',
    '今天下单有赠品哦',
  ])('leaves %j alone', (text) => {
    expect(pastCutoffFindings(text, { ...shop, now: shanghai(20, 0) })).toEqual([]);
  });
});
