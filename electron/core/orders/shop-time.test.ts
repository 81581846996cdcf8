import { describe, expect, it } from 'vitest';
import { parseShopTime } from './shop-time';

describe('parseShopTime', () => {
  it('reads Shanghai wall time as UTC+8', () => {
    expect(parseShopTime('2026-11-20 09:12:33', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 20, 1, 12, 33));
    expect(parseShopTime('2026/1/5 8:05', 'Asia/Shanghai')).toBe(Date.UTC(2026, 0, 5, 0, 5));
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(parseShopTime('2026-07-01 12:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 1, 10));
    expect(parseShopTime('2026-01-01 12:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 0, 1, 11));
  });

  it.each(['2026-02-30 10:00:00', '2026-11-20 25:00', 'yesterday', '20261120'])('refuses %s', (text) => {
    expect(parseShopTime(text, 'Asia/Shanghai')).toBeNull();
  });
});
