/**
 * 响应用时's derived figures, shared by the desk's daily log and a range's summary: the seeds ask
 * for a first reply within 15 s.
 */
import type { ResponseFigures } from './daily-log-schema';

export const RESPONSE_TARGET_MS = 15_000;

/** The derived figures from the summable ones: average in seconds (1 decimal) and the 15 s share. */
export function responseFigures(
  timed: number,
  totalMs: number,
  within15s: number,
  suggestionsPicked: number,
) {
  return {
    timed,
    totalMs,
    within15s,
    averageSeconds: timed === 0 ? null : Math.round(totalMs / timed / 100) / 10,
    within15sRate: timed === 0 ? null : within15s / timed,
    suggestionsPicked,
  } satisfies ResponseFigures;
}
