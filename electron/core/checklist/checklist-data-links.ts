/**
 * The named queries a checklist step can link to (feature 8: "催付 — 7 unpaid orders"). Each
 * answers with a live count and the list the step opens. Counts come from the queries the lists
 * themselves use — the order list's filters, the task queue, the returns day — so a step's number
 * and the list it opens never disagree.
 */
import { and, count, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { inquiries, returnCases, tasks } from '../../../db/schema';
import { localDayRange } from '../customers/local-day';
import { listOrders } from '../orders/order-list-query';
import type { OrderListQuery } from '../orders/order-schema';
import type { DataLinkTarget } from './data-link-target';
import type { TASK_KINDS } from '../../../db/enums';
import { DEFAULT_RULE_THRESHOLDS } from '../tasks/task-rules';

const DAY_MS = 86_400_000;

export const DATA_LINKS = [
  'overdueTasks',
  'pendingInquiries',
  'paidUnverified',
  'shippedTodayWithoutNotice',
  'unpaidOrders',
  'shippedNotSigned',
  'logisticsExceptions',
  'unreviewedCompleted',
  'openBadReviews',
  'returnsToday',
  'openComplaints',
] as const;
export type DataLink = (typeof DATA_LINKS)[number];

/** 物流跟进 after this many whole days, the threshold the task rules use. */
export const SHIPPED_NOT_SIGNED_DAYS = Math.round(DEFAULT_RULE_THRESHOLDS.logisticsCheckAfterMs / DAY_MS);

const orderFilter = (filter: Extract<DataLinkTarget, { page: 'orders' }>['filter']): DataLinkTarget => ({
  page: 'orders',
  filter,
});

export const DATA_LINK_TARGETS: Record<DataLink, DataLinkTarget> = {
  overdueTasks: { page: 'tasks', kind: null },
  pendingInquiries: { page: 'inquiries' },
  paidUnverified: orderFilter({ unverifiedAddress: true }),
  // The 发货通知 rule keeps one open task per shipped order the buyer has not been told about.
  shippedTodayWithoutNotice: { page: 'tasks', kind: 'shipNotice' },
  unpaidOrders: orderFilter({ unpaid: true }),
  shippedNotSigned: orderFilter({ shippedDaysNotSigned: SHIPPED_NOT_SIGNED_DAYS }),
  logisticsExceptions: orderFilter({ logisticsException: true }),
  // 邀评: the rule's open task per signed order without a review.
  unreviewedCompleted: { page: 'tasks', kind: 'reviewInvite' },
  openBadReviews: { page: 'tasks', kind: 'badReview' },
  returnsToday: { page: 'returns' },
  openComplaints: { page: 'tasks', kind: 'complaint' },
};

export interface LinkScope {
  shopId: string;
  agentId: string;
  now: number;
  /** The agent's day, `YYYY-MM-DD` on the shop's clock. */
  day: string;
  timeZone: string;
  /** Past-due tasks as the task badge counts them (tasks.badge), so both show one number. */
  overdueTasks: number;
}

/** Open (or snoozed) tasks per kind. */
function openTasksByKind(db: KefuDb, shopId: string): Map<string, number> {
  return new Map(
    db
      .select({ kind: tasks.kind, n: count() })
      .from(tasks)
      .where(
        and(eq(tasks.shopId, shopId), isNull(tasks.deletedAt), inArray(tasks.status, ['open', 'snoozed'])),
      )
      .groupBy(tasks.kind)
      .all()
      .map((row) => [row.kind, row.n]),
  );
}

const orderCount = (db: KefuDb, scope: LinkScope, filter: Partial<OrderListQuery>) =>
  listOrders(
    db,
    scope.shopId,
    { sortBy: 'orderedAt', sortDir: 'desc', limit: 1, offset: 0, ...filter },
    scope.now,
  ).total;

/** Every link's live count in one go: the Today page shows all steps at once. */
export function countDataLinks(db: KefuDb, scope: LinkScope): Record<DataLink, number> {
  const openByKind = openTasksByKind(db, scope.shopId);
  const { start, end } = localDayRange(scope.day, scope.timeZone);
  const ofKind = (kind: (typeof TASK_KINDS)[number]) => openByKind.get(kind) ?? 0;
  const counts = {} as Record<DataLink, number>;
  for (const link of DATA_LINKS) {
    const target = DATA_LINK_TARGETS[link];
    if (target.page === 'orders') counts[link] = orderCount(db, scope, target.filter);
    else if (target.page === 'tasks') counts[link] = target.kind ? ofKind(target.kind) : scope.overdueTasks;
  }
  counts.pendingInquiries =
    db
      .select({ n: count() })
      .from(inquiries)
      .where(
        and(
          eq(inquiries.shopId, scope.shopId),
          eq(inquiries.ownerId, scope.agentId),
          isNull(inquiries.deletedAt),
          eq(inquiries.outcome, 'pending'),
          gte(inquiries.inquiredAt, start),
          lt(inquiries.inquiredAt, end),
        ),
      )
      .get()?.n ?? 0;
  counts.returnsToday =
    db
      .select({ n: count() })
      .from(returnCases)
      .where(
        and(
          eq(returnCases.shopId, scope.shopId),
          isNull(returnCases.deletedAt),
          gte(returnCases.registeredAt, start),
          lt(returnCases.registeredAt, end),
        ),
      )
      .get()?.n ?? 0;
  return counts;
}
