import { describe, expect, it } from 'vitest';
import {
  dayOf,
  formatClock,
  formatCount,
  formatDateTime,
  formatDayLong,
  formatDayShort,
  formatMoney,
  formatPercent,
  formatSeconds,
  shiftDay,
} from './format';

describe('console formats', () => {
  it('writes days the Chinese way with the weekday, and the English way', () => {
    expect(formatDayLong('2026-12-06', 'zh-CN')).toBe('2026年12月6日 周日');
    expect(formatDayLong('2026-11-20', 'zh-CN')).toBe('2026年11月20日 周五');
    expect(formatDayLong('2026-12-06', 'en-US')).toBe('Sun, Dec 6, 2026');
    expect(formatDayShort('2026-12-06', 'zh-CN')).toBe('12月6日');
    expect(formatDayShort('2026-12-06', 'en-US')).toBe('Dec 6');
    expect(formatDayLong('2026-02-30', 'zh-CN')).toBe('2026-02-30');
  });

  it('writes money as ¥ with two decimals and grouped thousands', () => {
    expect(formatMoney(12800)).toBe('¥128.00');
    expect(formatMoney(123456789)).toBe('¥1,234,567.89');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(-9990)).toBe('-¥99.90');
    expect(formatMoney(null)).toBe('—');
  });

  it('writes shares as percentages with one decimal, and — when there was nothing to divide', () => {
    expect(formatPercent(0.375)).toBe('37.5%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('writes seconds with one decimal and counts grouped', () => {
    expect(formatSeconds(13.84)).toBe('13.8');
    expect(formatSeconds(null)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('reads instants on the shop clock, not the machine’s', () => {
    const at = Date.UTC(2026, 11, 6, 16, 30); // 00:30 on the 7th in Shanghai
    expect(formatClock(at, 'Asia/Shanghai')).toBe('00:30');
    expect(formatDateTime(at, 'Asia/Shanghai')).toBe('2026-12-07 00:30');
    expect(dayOf(at, 'Asia/Shanghai')).toBe('2026-12-07');
    expect(dayOf(at, 'UTC')).toBe('2026-12-06');
    expect(formatClock(null, 'UTC')).toBe('—');
  });

  it('shifts days across months and years', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
  });
});
