/**
 * Frecency: how much an agent uses a phrase, weighted by how recently. Each use is worth 1 when it
 * happens and half as much every half-life after, so a phrase pasted ten times last month ranks
 * below one pasted three times today. Because the decay is exponential, a running score can be
 * carried forward with one multiplication instead of re-reading the usage log.
 */

export const DEFAULT_HALF_LIFE_MS = 7 * 24 * 60 * 60 * 1000;

function checkHalfLife(halfLifeMs: number): void {
  if (!(halfLifeMs > 0) || !Number.isFinite(halfLifeMs)) {
    throw new RangeError(`frecency half-life must be a positive number of ms, got ${halfLifeMs}`);
  }
}

/**
 * Weight of something `elapsedMs` old. A use stamped in the future (another machine's clock, a
 * synced row) counts as happening now rather than as more than one use.
 */
function decay(elapsedMs: number, halfLifeMs: number): number {
  return elapsedMs <= 0 ? 1 : Math.pow(2, -elapsedMs / halfLifeMs);
}

/** Sum of every use's decayed weight at `now`. */
export function frecencyScore(
  useTimes: readonly number[],
  now: number,
  halfLifeMs: number = DEFAULT_HALF_LIFE_MS,
): number {
  checkHalfLife(halfLifeMs);
  let score = 0;
  for (const at of useTimes) score += decay(now - at, halfLifeMs);
  return score;
}

/**
 * Adds one use to a score that was exact at `scoreAt`. The result is stamped at the later of the
 * two times, so a use that arrives late (recorded offline, synced afterwards) is decayed to the
 * score's time instead of dragging the score back. Same total as `frecencyScore` over all uses.
 */
export function addUse(
  score: number,
  scoreAt: number,
  useAt: number,
  halfLifeMs: number = DEFAULT_HALF_LIFE_MS,
): { score: number; at: number } {
  checkHalfLife(halfLifeMs);
  if (useAt >= scoreAt) return { score: score * decay(useAt - scoreAt, halfLifeMs) + 1, at: useAt };
  return { score: score + decay(scoreAt - useAt, halfLifeMs), at: scoreAt };
}

/**
 * A stored score read at `now`; scores stamped at different times are only comparable once each
 * is brought to the same moment.
 */
export function decayedScore(
  score: number,
  at: number,
  now: number,
  halfLifeMs: number = DEFAULT_HALF_LIFE_MS,
): number {
  checkHalfLife(halfLifeMs);
  return score * decay(now - at, halfLifeMs);
}
