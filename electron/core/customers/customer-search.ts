/**
 * Finding a buyer the way an agent has them at hand: part of the nick from the chat window, any
 * part of a phone number, or an order number (whole, or its last digits as read out by a buyer).
 */
import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { customers, orders } from '../../../db/schema';
import type { CustomerSearchHit } from './customer-schema';

/** Fewer digits match too many phones to be a search; they still match nicks. */
const MIN_PHONE_DIGITS = 3;
/** Below this an order-number suffix is ambiguous across a busy shop; only exact numbers match. */
const MIN_ORDER_SUFFIX = 6;
const PHONE_TYPING = /[\s\-()+.]/g;

export const customerColumns = {
  id: customers.id,
  platform: customers.platform,
  nick: customers.nick,
  name: customers.name,
  phones: customers.phones,
  addresses: customers.addresses,
  customerType: customers.customerType,
  concerns: customers.concerns,
  tags: customers.tags,
  notes: customers.notes,
  lastContactAt: customers.lastContactAt,
  ownerId: customers.ownerId,
  updatedAt: customers.updatedAt,
};

function queryConditions(shopId: string, query: string): SQL | undefined {
  const text = query.trim();
  if (text === '') return undefined;
  const conditions: SQL[] = [sql`instr(lower(${customers.nick}), lower(${text})) > 0`];
  const digits = text.replace(PHONE_TYPING, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length >= MIN_PHONE_DIGITS) {
      // Phones written by other writers (imports, sync) may still carry separators.
      conditions.push(sql`instr(replace(replace(${customers.phones}, '-', ''), ' ', ''), ${digits}) > 0`);
    }
    const orderMatch =
      digits.length >= MIN_ORDER_SUFFIX
        ? sql`(${orders.orderNo} = ${digits} or substr(${orders.orderNo}, -${digits.length}) = ${digits})`
        : eq(orders.orderNo, digits);
    conditions.push(
      sql`${customers.id} in (select ${orders.customerId} from ${orders} where ${and(
        eq(orders.shopId, shopId),
        isNull(orders.deletedAt),
        orderMatch,
      )})`,
    );
  }
  return or(...conditions);
}

export function searchCustomers(
  db: KefuDb,
  shopId: string,
  query: string,
  limit: number,
): CustomerSearchHit[] {
  const ordersOfCustomer = and(
    eq(orders.shopId, shopId),
    isNull(orders.deletedAt),
    eq(orders.customerId, customers.id),
  );
  return db
    .select({
      customer: customerColumns,
      orderCount: sql<number>`(select count(*) from ${orders} where ${ordersOfCustomer})`,
      lastOrderAt: sql<
        number | null
      >`(select max(${orders.orderedAt}) from ${orders} where ${ordersOfCustomer})`,
    })
    .from(customers)
    .where(and(eq(customers.shopId, shopId), isNull(customers.deletedAt), queryConditions(shopId, query)))
    .orderBy(
      // The buyer whose nick was typed in full comes before everyone whose nick merely contains it.
      desc(sql`lower(${customers.nick}) = lower(${query.trim()})`),
      sql`${customers.lastContactAt} is null`,
      desc(customers.lastContactAt),
      desc(customers.updatedAt),
    )
    .limit(limit)
    .all();
}
