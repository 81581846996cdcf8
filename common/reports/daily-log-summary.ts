/**
 * A date range's overview: the agent-days' figures summed. Rates are recomputed from the sums
 * (询单转化率 = all converted ÷ all inquiries, 客单价 = all paid amounts ÷ all converted orders),
 * never averaged across days. Counts add up per day (a task overdue on three days counts three
 * times), and the range's top phrases merge each day's top 10.
 */
import {
  LOSS_REASONS,
  RETURN_KINDS,
  TASK_KINDS,
  type DailyFigures,
  type DailyLog,
  type DailySummary,
  type TaskTally,
} from './daily-log-schema';
import { escalationFigures } from './escalation-figures';
import { responseFigures } from './response-figures';

const TOP_PHRASES = 10;

const sumBy = <T>(list: readonly T[], value: (item: T) => number) =>
  list.reduce((sum, item) => sum + value(item), 0);

const sumTally = <K extends string>(keys: readonly K[], tallies: readonly Record<K, number>[]) =>
  Object.fromEntries(keys.map((key) => [key, sumBy(tallies, (t) => t[key])])) as Record<K, number>;

const sumTasks = (tallies: readonly TaskTally[]): TaskTally => ({
  created: sumBy(tallies, (t) => t.created),
  done: sumBy(tallies, (t) => t.done),
  overdue: sumBy(tallies, (t) => t.overdue),
});

function mergeUses<T extends { uses: number }>(lists: readonly T[][], key: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of lists.flat()) {
    const found = merged.get(key(item));
    merged.set(key(item), found ? { ...found, uses: found.uses + item.uses } : { ...item });
  }
  return [...merged.values()].sort((a, b) => b.uses - a.uses || (key(a) < key(b) ? -1 : 1));
}

const minOf = (values: (number | null)[]) => {
  const set = values.filter((v): v is number => v !== null);
  return set.length === 0 ? null : Math.min(...set);
};
const maxOf = (values: (number | null)[]) => {
  const set = values.filter((v): v is number => v !== null);
  return set.length === 0 ? null : Math.max(...set);
};

export function sumFigures(logs: readonly DailyFigures[]): DailyFigures {
  const inquiries = logs.map((l) => l.inquiries);
  const total = sumBy(inquiries, (i) => i.total);
  const converted = sumBy(inquiries, (i) => i.converted);
  const convertedOrders = sumBy(inquiries, (i) => i.convertedOrders);
  const convertedPaidFen = sumBy(inquiries, (i) => i.convertedPaidFen);
  return {
    checklist: {
      checked: sumBy(logs, (l) => l.checklist.checked),
      total: sumBy(logs, (l) => l.checklist.total),
    },
    inquiries: {
      total,
      converted,
      lost: sumBy(inquiries, (i) => i.lost),
      pending: sumBy(inquiries, (i) => i.pending),
      conversionRate: total === 0 ? null : converted / total,
      lossReasons: sumTally(
        LOSS_REASONS,
        inquiries.map((i) => i.lossReasons),
      ),
      convertedOrders,
      convertedPaidFen,
      averageOrderValueFen: convertedOrders === 0 ? null : Math.round(convertedPaidFen / convertedOrders),
    },
    orders: {
      remarks: sumBy(logs, (l) => l.orders.remarks),
      addressVerifications: sumBy(logs, (l) => l.orders.addressVerifications),
      shipNotices: sumBy(logs, (l) => l.orders.shipNotices),
    },
    tasks: {
      byKind: Object.fromEntries(
        TASK_KINDS.map((kind) => [kind, sumTasks(logs.map((l) => l.tasks.byKind[kind]))]),
      ) as DailyFigures['tasks']['byKind'],
      total: sumTasks(logs.map((l) => l.tasks.total)),
    },
    returns: {
      registered: sumBy(logs, (l) => l.returns.registered),
      refundFen: sumBy(logs, (l) => l.returns.refundFen),
      byKind: sumTally(
        RETURN_KINDS,
        logs.map((l) => l.returns.byKind),
      ),
    },
    badReviewsHandled: sumBy(logs, (l) => l.badReviewsHandled),
    complaints: {
      opened: sumBy(logs, (l) => l.complaints.opened),
      done: sumBy(logs, (l) => l.complaints.done),
    },
    phrases: {
      uses: sumBy(logs, (l) => l.phrases.uses),
      byGroup: mergeUses(
        logs.map((l) => l.phrases.byGroup),
        (g) => g.groupId ?? '',
      ),
      top: mergeUses(
        logs.map((l) => l.phrases.top),
        (p) => p.phraseId,
      ).slice(0, TOP_PHRASES),
    },
    // The range's average and 15 s share come from its sums, like the conversion rate.
    responses: responseFigures(
      sumBy(logs, (l) => l.responses.timed),
      sumBy(logs, (l) => l.responses.totalMs),
      sumBy(logs, (l) => l.responses.within15s),
      sumBy(logs, (l) => l.responses.suggestionsPicked),
    ),
    invoices: {
      collected: sumBy(logs, (l) => l.invoices.collected),
      registered: sumBy(logs, (l) => l.invoices.registered),
      issued: sumBy(logs, (l) => l.invoices.issued),
      sent: sumBy(logs, (l) => l.invoices.sent),
      voided: sumBy(logs, (l) => l.invoices.voided),
      // Each day's pending is what was still 待开 when that day was computed, so days add up.
      pending: sumBy(logs, (l) => l.invoices.pending),
    },
    // The range's median is taken over every day's durations, never a median of medians.
    escalations: escalationFigures(
      sumBy(logs, (l) => l.escalations.opened),
      sumBy(logs, (l) => l.escalations.answered),
      sumBy(logs, (l) => l.escalations.closed),
      logs.flatMap((l) => l.escalations.firstAnswerMs),
    ),
    briefings: {
      days: sumBy(logs, (l) => l.briefings.days),
      read: sumBy(logs, (l) => l.briefings.read),
    },
    firstActivityAt: minOf(logs.map((l) => l.firstActivityAt)),
    lastActivityAt: maxOf(logs.map((l) => l.lastActivityAt)),
  };
}

export function summarise(logs: readonly DailyLog[], from: string, to: string): DailySummary {
  return { ...sumFigures(logs), from, to, days: logs.length };
}
