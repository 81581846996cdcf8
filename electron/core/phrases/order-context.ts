/**
 * The order named in the panel's context line, as the variables see it: a reply about an order
 * tells the buyer that order's courier, tracking number and amount, never the shop's default
 * courier (the default is for orders that have none yet). Values the agent put in the context
 * line themselves win over the record.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { orders } from '../../../db/schema';
import { formatFenAsYuan } from '../../../common/yuan';
import type { VariableContext } from './variable-values';

export function withOrderOnRecord(db: KefuDb, shopId: string, context: VariableContext): VariableContext {
  const orderNo = context.orderNo?.trim();
  if (!orderNo) return context;
  const order = db
    .select({
      buyerNick: orders.buyerNick,
      courier: orders.courier,
      trackingNo: orders.trackingNo,
      paidFen: orders.paidFen,
    })
    .from(orders)
    .where(and(eq(orders.shopId, shopId), eq(orders.orderNo, orderNo), isNull(orders.deletedAt)))
    .get();
  if (!order) return context;
  const typed = (value: string | undefined) => value?.trim() || undefined;
  return {
    ...context,
    buyerNick: typed(context.buyerNick) ?? order.buyerNick,
    courier: typed(context.courier) ?? order.courier,
    trackingNo: typed(context.trackingNo) ?? order.trackingNo,
    paidAmount: typed(context.paidAmount) ?? (order.paidFen > 0 ? formatFenAsYuan(order.paidFen) : undefined),
  };
}
