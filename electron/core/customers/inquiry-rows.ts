/** Inquiries as lists show them: with the buyer's nick and the order number, not bare ids. */
import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { customers, inquiries, orders } from '../../../db/schema';
import type { Identity } from '../settings/settings-service';
import type { Inquiry } from './inquiry-schema';

/**
 * Inquiries are personal rows: the owning agent reads and writes them, the shop's supervisors
 * read everyone's (DESIGN.md sync scope).
 */
export function readableInquiries(who: Identity): SQL | undefined {
  return and(
    eq(inquiries.shopId, who.shopId),
    isNull(inquiries.deletedAt),
    who.role === 'agent' ? eq(inquiries.ownerId, who.agentId) : undefined,
  );
}

export function inquiryRows(
  db: KefuDb,
  where: SQL | undefined,
  { newestFirst = false, limit = 1000 }: { newestFirst?: boolean; limit?: number } = {},
): Inquiry[] {
  return db
    .select({
      id: inquiries.id,
      customerId: inquiries.customerId,
      orderId: inquiries.orderId,
      product: inquiries.product,
      outcome: inquiries.outcome,
      lossReason: inquiries.lossReason,
      note: inquiries.note,
      inquiredAt: inquiries.inquiredAt,
      ownerId: inquiries.ownerId,
      customerNick: customers.nick,
      orderNo: orders.orderNo,
    })
    .from(inquiries)
    .leftJoin(customers, eq(customers.id, inquiries.customerId))
    .leftJoin(orders, eq(orders.id, inquiries.orderId))
    .where(where)
    .orderBy(newestFirst ? desc(inquiries.inquiredAt) : asc(inquiries.inquiredAt))
    .limit(limit)
    .all();
}
