import { describe, expect, it } from 'vitest';
import { daysInRange, daysOf, presetRange } from './range-presets';

describe('range presets', () => {
  it('end on today', () => {
    expect(presetRange('today', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' });
    expect(presetRange('yesterday', '2026-12-01')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(presetRange('last7', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(daysInRange(presetRange('last30', '2026-12-06'))).toBe(30);
  });

  it('lists every day of a range, none of a backwards one', () => {
    expect(daysOf({ from: '2026-11-29', to: '2026-12-02' })).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(daysOf({ from: '2026-12-02', to: '2026-12-01' })).toEqual([]);
  });
});
