/** Tallies of push answers, latencies and CPU time, shared by the sync push benchmarks. */
import type { PushResponse } from '../../common/sync/protocol';

export type Outcomes = { applied: number; rejected: number; duplicate: number };

export const noOutcomes = (): Outcomes => ({ applied: 0, rejected: 0, duplicate: 0 });

export function tally(outcomes: Outcomes, response: PushResponse): void {
  for (const result of response.results) outcomes[result.outcome] += 1;
}

/** The q-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))]!;
}

export const round = (value: number, digits = 1): number => +value.toFixed(digits);

/** CPU seconds this process has used since `from` (a `process.cpuUsage()`). */
export function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return round((used.user + used.system) / 1e6, 2);
}
