/**
 * The order list with the SOP's filters (未付款, 待核对, 发货≥N天未签收, 物流异常, 中差评, 旗色)
 * and sorting, one page at a time with the total for the pager.
 */
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { PLATFORMS } from '../../../db/enums';
import { customers, orders } from '../../../db/schema';
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

/** Phones have at most 11 digits (13 with a country code): a longer run can only be an order number. */
const LONGEST_PHONE = 13;

/**
 * The search box takes an order number (from its start: agents paste or type its head), a buyer
 * nick (whole, through the customers' nick index: every order with a nick is linked to its
 * customer), a receiver's name (whole or its start, the surname) or any part of the receiver's
 * phone. Each is its own indexed lookup of row ids — an OR across them would make SQLite scan all
 * orders — and a phone part scans only the phone index.
 */
function textMatchRowIds(db: KefuDb, shopId: string, text: string): number[] {
  const live = sql`${orders.shopId} = ${shopId} and ${orders.deletedAt} is null`;
  // Every platform named, so the (shop, platform, order number) index serves the range.
  const byOrderNo = sql`select rowid from ${orders} where ${live} and ${inArray(orders.platform, PLATFORMS)} and ${orders.orderNo} >= ${text} and ${orders.orderNo} < ${`${text}\uffff`}`;
  const lookups = [byOrderNo];
  if (/^[\d+\- ]+$/.test(text)) {
    // A run of digits longer than any phone can only be an order number. instr, not LIKE: a
    // plain substring test, with no wildcards to escape, is cheaper per index entry.
    if (!(/^\d+$/.test(text) && text.length > LONGEST_PHONE)) {
      lookups.push(
        sql`select rowid from ${orders} where ${live} and instr(${orders.receiverPhone}, ${text}) > 0`,
      );
    }
  } else {
    lookups.push(
      sql`select rowid from ${orders} where ${orders.customerId} in (select ${customers.id} from ${customers} where ${customers.shopId} = ${shopId} and ${customers.nick} = ${text} and ${customers.deletedAt} is null)`,
      sql`select rowid from ${orders} where ${live} and ${orders.receiverName} >= ${text} and ${orders.receiverName} < ${`${text}\uffff`}`,
    );
  }
  // UNION ALL keeps each lookup on its own index (a plain UNION made SQLite scan the table);
  // an order found twice is counted once here.
  return [...new Set(db.all<{ rowid: number }>(sql.join(lookups, sql` union all `)).map((r) => r.rowid))];
}

function conditions(shopId: string, query: OrderListQuery, now: number, textRowIds: number[] | null): SQL[] {
  const where: (SQL | undefined)[] = [eq(orders.shopId, shopId), isNull(orders.deletedAt)];
  if (query.status && query.status.length > 0) where.push(inArray(orders.status, query.status));
  if (query.unpaid) where.push(eq(orders.status, 'unpaid'));
  // Written out, not bound: these are the terms of the partial index orders_list_unverified_address.
  if (query.unverifiedAddress)
    where.push(sql`${orders.status} = 'paid' and ${orders.addressVerifiedAt} is null`);
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
  // The text matches are looked up once, for both the page and its total.
  if (textRowIds)
    where.push(sql`${orders}.rowid in (select value from json_each(${JSON.stringify(textRowIds)}))`);
  return where.filter((c): c is SQL => c !== undefined);
}

export function listOrders(db: KefuDb, shopId: string, query: OrderListQuery, now: number): OrderList {
  const textRowIds = query.query ? textMatchRowIds(db, shopId, query.query) : null;
  const where = and(...conditions(shopId, query, now, textRowIds));
  const column = SORT_COLUMN[query.sortBy];
  // A narrow filter has its own index and few rows: SQLite should use it and sort what it finds.
  // `+column` stops it from walking the sort index instead, reading every order to find them.
  // 物流跟进 by ship time is the status index's own order: nothing to sort.
  const notSignedByShipTime = query.shippedDaysNotSigned !== undefined && query.sortBy === 'shippedAt';
  // 待核对 by payment time likewise: orders_list_unverified_address is in that order.
  const unverifiedByPayTime = query.unverifiedAddress && query.sortBy === 'paidAt';
  const narrow =
    (query.unverifiedAddress && !unverifiedByPayTime) ||
    (query.shippedDaysNotSigned !== undefined && !notSignedByShipTime) ||
    query.logisticsException ||
    query.badReview ||
    query.flag !== undefined ||
    query.customerId !== undefined ||
    Boolean(query.query);
  const sortKey = narrow ? sql`+${column}` : sql`${column}`;
  const tieBreak = sql`${orders}.rowid`;
  const page: Order[] = db
    .select(orderColumns)
    .from(orders)
    .where(where)
    // Plain column order, so the sort indexes serve it: orders without the time (unpaid ones
    // have no paidAt) sort as the earliest. Row id breaks ties: it is in every index already.
    .orderBy(...(query.sortDir === 'asc' ? [asc(sortKey), asc(tieBreak)] : [desc(sortKey), desc(tieBreak)]))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = db.select({ n: count() }).from(orders).where(where).get()?.n ?? 0;
  return { total, orders: page };
}
