import { afterEach, describe, expect, it } from 'vitest';
import {
  formatTime,
  formatDateTime,
  formatDay,
  formatMoney,
  fromDateTimeLocal,
  shiftDay,
  startOfDayMs,
  setDisplayTimeZone,
  toDateTimeLocal,
  tomorrowAt,
} from './format';

// The shop's clock (Asia/Shanghai, UTC+8), whatever zone runs the test.
const at = Date.UTC(2026, 10, 24, 6, 5, 33);

describe('format', () => {
  it('writes dates on the shop clock as 2026-11-24 14:05, 24 h', () => {
    expect(formatDateTime(at)).toBe('2026-11-24 14:05');
    expect(formatDateTime(Date.UTC(2026, 0, 2, 17, 7))).toBe('2026-01-03 01:07');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDay(Date.UTC(2026, 10, 23, 16, 0))).toBe('2026-11-24');
  });

  it('writes fen as ¥ yuan with two decimals', () => {
    expect(formatMoney(12800)).toBe('¥128.00');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(null)).toBe('—');
  });

  it('reads a day and a datetime-local value back on the shop clock', () => {
    expect(startOfDayMs('2026-11-24')).toBe(Date.UTC(2026, 10, 23, 16, 0));
    expect(startOfDayMs('2026-02-30')).toBeNull();
    expect(startOfDayMs('24/11/2026')).toBeNull();
    expect(toDateTimeLocal(at)).toBe('2026-11-24T14:05');
    expect(fromDateTimeLocal('2026-11-24T14:05')).toBe(Date.UTC(2026, 10, 24, 6, 5));
    expect(fromDateTimeLocal('')).toBeNull();
  });

  it('moves by days across month ends and finds tomorrow 09:00', () => {
    expect(shiftDay('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(tomorrowAt(at, 9)).toBe(Date.UTC(2026, 10, 25, 1, 0));
    // 23:30 in Shanghai is already the next day in UTC terms of the shop; tomorrow is the 25th still.
    expect(tomorrowAt(Date.UTC(2026, 10, 24, 15, 30), 9)).toBe(Date.UTC(2026, 10, 25, 1, 0));
  });

  describe('on a shop clock other than Shanghai', () => {
    afterEach(() => setDisplayTimeZone('Asia/Shanghai'));

    it('shows and reads times in the shop zone, summer time included', () => {
      setDisplayTimeZone('America/New_York');
      // 06:05 UTC is 01:05 in New York in November (EST, UTC−5) …
      expect(formatDateTime(at)).toBe('2026-11-24 01:05');
      expect(formatTime(at)).toBe('01:05');
      // … and 02:05 in July (EDT, UTC−4).
      expect(formatDateTime(Date.UTC(2026, 6, 1, 6, 5))).toBe('2026-07-01 02:05');
      expect(startOfDayMs('2026-11-24')).toBe(Date.UTC(2026, 10, 24, 5, 0));
      expect(fromDateTimeLocal('2026-07-01T02:05')).toBe(Date.UTC(2026, 6, 1, 6, 5));
      expect(tomorrowAt(at, 9)).toBe(Date.UTC(2026, 10, 25, 14, 0));
    });

    it('keeps the current zone when given a name it does not know', () => {
      setDisplayTimeZone('Asia/Tokyo');
      setDisplayTimeZone('Mars/Olympus_Mons');
      expect(formatDateTime(at)).toBe('2026-11-24 15:05');
    });
  });
});
