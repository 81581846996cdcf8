/**
 * 升级处理's time to a first answer, shared by the desk's daily log and a range's summary: the
 * median rather than the average, so one case left overnight does not hide a quick day.
 */
import type { EscalationFigures } from './daily-log-schema';

const MINUTE_MS = 60_000;

/** The median of the durations in minutes (1 decimal); null without any. */
export function medianMinutes(durationsMs: readonly number[]): number | null {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round((median / MINUTE_MS) * 10) / 10;
}

export function escalationFigures(
  opened: number,
  answered: number,
  closed: number,
  firstAnswerMs: readonly number[],
): EscalationFigures {
  const sorted = [...firstAnswerMs].sort((a, b) => a - b);
  return { opened, answered, closed, firstAnswerMs: sorted, medianFirstAnswerMinutes: medianMinutes(sorted) };
}
