/**
 * 询单分析's chart data, shaped from the API's rows. Pure, so tested (analysis-series.test.ts):
 * one conversion line per agent over every day of the range (a day without inquiries is a gap,
 * not a 0% day) plus the team's line from the day's sums, and the loss reasons as shares.
 */
import type { InquiryAnalysisResponse } from '../../../console-api';

export interface Series {
  key: string;
  label: string;
  /** Conversion 0–100 per day, null where there were no inquiries. */
  points: (number | null)[];
}

type AgentDay = InquiryAnalysisResponse['byAgentDay'][number];

const percent = (converted: number, inquiries: number) =>
  inquiries > 0 ? Math.round((converted / inquiries) * 1000) / 10 : null;

/** Agents in 工号 order, each with a point per day of `days`; the team's line last. */
export function conversionSeries(
  rows: readonly AgentDay[],
  days: readonly string[],
  teamLabel: string,
): Series[] {
  const dayIndex = new Map(days.map((day, index) => [day, index]));
  const agents = new Map<string, { name: string; converted: number[]; inquiries: number[] }>();
  const team = { converted: days.map(() => 0), inquiries: days.map(() => 0) };
  for (const row of rows) {
    const index = dayIndex.get(row.day);
    if (index === undefined) continue;
    let agent = agents.get(row.agentCode);
    if (!agent) {
      agent = { name: row.name, converted: days.map(() => 0), inquiries: days.map(() => 0) };
      agents.set(row.agentCode, agent);
    }
    agent.converted[index]! += row.converted;
    agent.inquiries[index]! += row.inquiries;
    team.converted[index]! += row.converted;
    team.inquiries[index]! += row.inquiries;
  }
  const series = [...agents.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, agent]) => ({
      key: code,
      label: `${agent.name} ${code}`,
      points: days.map((_, index) => percent(agent.converted[index]!, agent.inquiries[index]!)),
    }));
  return [
    ...series,
    {
      key: 'team',
      label: teamLabel,
      points: days.map((_, index) => percent(team.converted[index]!, team.inquiries[index]!)),
    },
  ];
}

export interface ReasonShare {
  reason: InquiryAnalysisResponse['lossReasons'][number]['reason'];
  count: number;
  /** 0–1 of all lost inquiries; null when none were lost. */
  share: number | null;
}

/** Loss reasons with their share, most common first (ties in the API's order). */
export function lossReasonShares(reasons: InquiryAnalysisResponse['lossReasons']): ReasonShare[] {
  const total = reasons.reduce((sum, row) => sum + row.count, 0);
  return reasons
    .map((row, index) => ({ ...row, index, share: total > 0 ? row.count / total : null }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ reason, count, share }) => ({ reason, count, share }));
}

/** Conversion after minus before, in percentage points; null when either side had no inquiries. */
export function rateChangePoints(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return Math.round((after - before) * 1000) / 10;
}
