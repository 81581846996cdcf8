/**
 * The order list with the SOP's filters (未付款, 待核对, 发货≥N天未签收, 物流异常, 中差评, 旗色)
 * and sorting, one page at a time with the total for the pager.
 */
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { orders } from '../../../db/schema';
import type { Order, OrderList, OrderListQuery } from './order-schema';

const DAY_MS = 86_400_000;

const SORT_COLUMN = {
  orderedAt: orders.orderedAt,
  paidAt: orders.paidAt,
  shippedAt: orders.shippedAt,
  total: orders.totalFen,
} as const;

export const orderColumns = {
  id: orders.id,
  platform: orders.platform,
  orderNo: orders.orderNo,
  customerId: orders.customerId,
  buyerNick: orders.buyerNick,
  status: orders.status,
  totalFen: orders.totalFen,
  paidFen: orders.paidFen,
  postageFen: orders.postageFen,
  receiverName: orders.receiverName,
  receiverPhone: orders.receiverPhone,
  receiverAddress: orders.receiverAddress,
  buyerMessage: orders.buyerMessage,
  addressVerifiedBy: orders.addressVerifiedBy,
  addressVerifiedAt: orders.addressVerifiedAt,
  courier: orders.courier,
  trackingNo: orders.trackingNo,
  orderedAt: orders.orderedAt,
  paidAt: orders.paidAt,
  shippedAt: orders.shippedAt,
  shipNoticeAt: orders.shipNoticeAt,
  signedAt: orders.signedAt,
  logisticsState: orders.logisticsState,
  logisticsCheckedAt: orders.logisticsCheckedAt,
  reviewState: orders.reviewState,
  reviewedAt: orders.reviewedAt,
  remark: orders.remark,
  remarkFlag: orders.remarkFlag,
  importedAt: orders.importedAt,
  createdAt: orders.createdAt,
  updatedAt: orders.updatedAt,
};

/** LIKE treats `%` and `_` as wildcards; a typed one means the character itself. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(shopId: string, query: OrderListQuery, now: number): SQL[] {
  const where: (SQL | undefined)[] = [eq(orders.shopId, shopId), isNull(orders.deletedAt)];
  if (query.status && query.status.length > 0) where.push(inArray(orders.status, query.status));
  if (query.unpaid) where.push(eq(orders.status, 'unpaid'));
  if (query.unverifiedAddress) where.push(eq(orders.status, 'paid'), isNull(orders.addressVerifiedAt));
  if (query.shippedDaysNotSigned !== undefined) {
    where.push(
      eq(orders.status, 'shipped'),
      lte(orders.shippedAt, now - query.shippedDaysNotSigned * DAY_MS),
      isNull(orders.signedAt),
      or(isNull(orders.logisticsState), ne(orders.logisticsState, 'signed')),
    );
  }
  if (query.logisticsException) where.push(eq(orders.logisticsState, 'exception'));
  if (query.badReview) where.push(inArray(orders.reviewState, ['neutral', 'bad']));
  if (query.flag) where.push(eq(orders.remarkFlag, query.flag));
  if (query.customerId) where.push(eq(orders.customerId, query.customerId));
  if (query.query) {
    const text = likeEscaped(query.query);
    where.push(
      or(
        sql`${orders.orderNo} like ${`${text}%`} escape '\\'`,
        eq(orders.buyerNick, query.query),
        sql`${orders.receiverPhone} like ${`%${text}%`} escape '\\'`,
      ),
    );
  }
  return where.filter((c): c is SQL => c !== undefined);
}

export function listOrders(db: KefuDb, shopId: string, query: OrderListQuery, now: number): OrderList {
  const where = and(...conditions(shopId, query, now));
  const column = SORT_COLUMN[query.sortBy];
  const direction = query.sortDir === 'asc' ? asc : desc;
  const page: Order[] = db
    .select(orderColumns)
    .from(orders)
    .where(where)
    // Orders without the sorted time (unpaid ones have no paidAt) go last either way.
    .orderBy(sql`${column} is null`, direction(column), direction(orders.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = db.select({ n: count() }).from(orders).where(where).get()?.n ?? 0;
  return { total, orders: page };
}
