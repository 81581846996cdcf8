/**
 * The range and agent the Reports page shows, read from its hash (`#/reports?from=…&to=…&agent=…`)
 * so back/forward and a reload keep them. A missing or unparsable day falls back to today; the
 * 31-day limit is the host's (it answers with a validation message the page shows).
 */
import { startOfDayMs } from '../ui/format';

export interface ReportRange {
  from: string;
  to: string;
  /** 工号 of another agent (supervisors); null for the signed-in agent. */
  agentCode: string | null;
}

const validDay = (value: string | null): string | null =>
  value !== null && startOfDayMs(value) !== null ? value : null;

export function rangeOfParams(params: URLSearchParams, today: string): ReportRange {
  const to = validDay(params.get('to')) ?? today;
  const from = validDay(params.get('from')) ?? to;
  const agentCode = params.get('agent')?.trim() || null;
  return { from, to, agentCode };
}

/** The hash parameters of a range; today's single day and the signed-in agent are left out. */
export function paramsOfRange(range: ReportRange, today: string): Record<string, string> {
  const single = range.from === range.to;
  return {
    from: single && range.from === today ? '' : range.from,
    to: single && range.to === today ? '' : range.to,
    agent: range.agentCode ?? '',
  };
}
