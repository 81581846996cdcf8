import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDay,
  formatMoney,
  fromDateTimeLocal,
  startOfDayMs,
  toDateTimeLocal,
} from './format';

describe('format', () => {
  const at = new Date(2026, 10, 24, 14, 5, 33).getTime();

  it('writes dates as 2026-11-24 14:05, 24 h', () => {
    expect(formatDateTime(at)).toBe('2026-11-24 14:05');
    expect(formatDateTime(new Date(2026, 0, 3, 9, 7).getTime())).toBe('2026-01-03 09:07');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDay(at)).toBe('2026-11-24');
  });

  it('writes fen as ¥ yuan with two decimals', () => {
    expect(formatMoney(12800)).toBe('¥128.00');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(null)).toBe('—');
  });

  it('reads a day and a datetime-local value back', () => {
    expect(startOfDayMs('2026-11-24')).toBe(new Date(2026, 10, 24).getTime());
    expect(startOfDayMs('2026-02-30')).toBeNull();
    expect(startOfDayMs('24/11/2026')).toBeNull();
    expect(toDateTimeLocal(at)).toBe('2026-11-24T14:05');
    expect(fromDateTimeLocal('2026-11-24T14:05')).toBe(new Date(2026, 10, 24, 14, 5).getTime());
    expect(fromDateTimeLocal('')).toBeNull();
  });
});
