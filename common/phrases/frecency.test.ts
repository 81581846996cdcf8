import { describe, expect, it } from 'vitest';
import { addUse, decayedScore, DEFAULT_HALF_LIFE_MS, frecencyScore } from './frecency';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);

describe('frecencyScore', () => {
  it('counts a use made now as 1 and halves it every half-life (default 7 days)', () => {
    expect(DEFAULT_HALF_LIFE_MS).toBe(7 * DAY);
    expect(frecencyScore([NOW], NOW)).toBe(1);
    expect(frecencyScore([NOW - 7 * DAY], NOW)).toBeCloseTo(0.5, 12);
    expect(frecencyScore([NOW - 14 * DAY], NOW)).toBeCloseTo(0.25, 12);
    expect(frecencyScore([NOW - DAY], NOW, DAY)).toBeCloseTo(0.5, 12);
  });

  it('sums the uses, so recent use outweighs older, more frequent use', () => {
    expect(frecencyScore([], NOW)).toBe(0);
    expect(frecencyScore([NOW, NOW - 7 * DAY], NOW)).toBeCloseTo(1.5, 12);
    const monthAgoTenTimes = frecencyScore(Array(10).fill(NOW - 35 * DAY), NOW);
    const todayThreeTimes = frecencyScore([NOW, NOW, NOW], NOW);
    expect(todayThreeTimes).toBeGreaterThan(monthAgoTenTimes);
  });

  it('counts a use stamped in the future as a use now', () => {
    expect(frecencyScore([NOW + DAY], NOW)).toBe(1);
  });

  it('rejects a half-life that is not a positive number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => frecencyScore([NOW], NOW, bad)).toThrow(RangeError);
    }
  });
});

describe('addUse and decayedScore', () => {
  it('carries a running score forward to the same total as recomputing from history', () => {
    const uses = [NOW - 20 * DAY, NOW - 9 * DAY, NOW - 9 * DAY, NOW - 2 * DAY, NOW - 3600_000];
    let running = { score: 0, at: 0 };
    for (const at of uses) running = addUse(running.score, running.at, at);
    expect(running.at).toBe(uses[uses.length - 1]);
    expect(decayedScore(running.score, running.at, NOW)).toBeCloseTo(frecencyScore(uses, NOW), 12);
  });

  it('folds in a late-arriving older use without moving the score back in time', () => {
    const late = addUse(1, NOW, NOW - 7 * DAY);
    expect(late.at).toBe(NOW);
    expect(late.score).toBeCloseTo(1.5, 12);
  });

  it('halves a stored score after one half-life', () => {
    expect(decayedScore(8, NOW, NOW + 7 * DAY)).toBeCloseTo(4, 12);
    expect(decayedScore(8, NOW, NOW + 21 * DAY)).toBeCloseTo(1, 12);
  });
});
