/**
 * A reply promising the parcel leaves today (今天就能发出, ships today) is true only before the
 * shop's cut-off (截单时间). Offered after it — a 催付 or 发货 phrase written for the morning — the
 * panel preview warns, so the agent edits the promise before the buyer holds the shop to it. Built
 * in beside the shop's lint rules because it depends on the clock, not on the words alone; a rule
 * that is true at any hour (每天16:30前付款的订单当天发出) promises nothing about today and is left alone.
 */
import { zonedDay, zonedInstant } from '../../../common/time/zoned-time';
import type { LintFinding } from './reply-lint';

/** The rule id and category of these findings; no stored rule has it (ids are uuids). */
export const PAST_CUTOFF = 'pastCutoff';

const SAME_DAY_PROMISES = [
  // 今天/今日 (就/马上…) (能/可以…) (给您) (安排) 发货/发出/寄出/发 — not 今天已经发出, a fact.
  /今[天日](?:就|即|马上|便)?(?:能|可以|会|可)?(?:给您|为您|帮您)?(?:安排)?(?:发货|发出|发走|寄出|发)/gu,
  /\b(?:ships?|send|dispatch(?:es)?|leaves?|goes|be (?:sent|shipped|dispatched))\b(?:\s+(?:it|out|off))*\s+today\b/giu,
];

export interface ShopClock {
  now: number;
  /** `HH:mm` on the shop's clock. */
  cutoffTime: string;
  timeZone: string;
}

export function pastCutoffFindings(text: string, { now, cutoffTime, timeZone }: ShopClock): LintFinding[] {
  if (now < zonedInstant(zonedDay(now, timeZone), cutoffTime, timeZone)) return [];
  return SAME_DAY_PROMISES.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      ruleId: PAST_CUTOFF,
      category: PAST_CUTOFF,
      severity: 'warning' as const,
      suggestion: null,
      cutoffTime,
    })),
  );
}
