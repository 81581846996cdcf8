import { describe, expect, it } from 'vitest';
import { localDateTime, localDayRange } from './local-day';

describe('local days', () => {
  it('puts Shanghai midnight at 16:00 UTC the day before', () => {
    expect(localDayRange('2026-11-25', 'Asia/Shanghai')).toEqual({
      start: Date.UTC(2026, 10, 24, 16),
      end: Date.UTC(2026, 10, 25, 16),
    });
    expect(localDateTime(Date.UTC(2026, 10, 24, 16, 30), 'Asia/Shanghai')).toBe('2026-11-25 00:30');
  });

  it('gives a spring-forward day 23 hours', () => {
    const { start, end } = localDayRange('2026-03-08', 'America/New_York');
    expect(start).toBe(Date.UTC(2026, 2, 8, 5));
    expect(end - start).toBe(23 * 3_600_000);
  });

  it('refuses a text that is not a day', () => {
    expect(() => localDayRange('25.11.2026', 'Asia/Shanghai')).toThrow(RangeError);
  });
});
