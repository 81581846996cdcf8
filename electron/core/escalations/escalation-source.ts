/**
 * What an escalation carries from its source: the order number and buyer (so the supervisor reads
 * the case without the source row, which an agent's desk may not have pushed yet), and for a
 * complaint task a copy of its six steps as they stood when it was escalated.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { ESCALATION_SOURCE_KINDS } from '../../../db/enums';
import { customers, orders, returnCases, tasks } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Tx } from '../customers/customer-service';
import { normaliseSteps } from '../tasks/complaint-steps';

export type EscalationSourceKind = (typeof ESCALATION_SOURCE_KINDS)[number];

export interface EscalationSourceFacts {
  orderNo: string | null;
  customerId: string | null;
  buyerNick: string;
  complaintSteps: boolean[] | null;
}

function orderFacts(tx: Tx, orderId: string | null) {
  if (!orderId) return null;
  return (
    tx
      .select({ orderNo: orders.orderNo, customerId: orders.customerId, buyerNick: orders.buyerNick })
      .from(orders)
      .where(and(eq(orders.id, orderId), isNull(orders.deletedAt)))
      .get() ?? null
  );
}

function customerNick(tx: Tx, customerId: string | null): string | null {
  if (!customerId) return null;
  return (
    tx.select({ nick: customers.nick }).from(customers).where(eq(customers.id, customerId)).get()?.nick ??
    null
  );
}

/** The source row's facts in `shopId`; a missing or deleted source is `errors.escalation.sourceNotFound`. */
export function escalationSourceFacts(
  tx: Tx,
  shopId: string,
  kind: EscalationSourceKind,
  id: string,
): EscalationSourceFacts {
  const notFound = () => new AppError('notFound', 'errors.escalation.sourceNotFound', { kind });
  const link = (orderId: string | null, customerId: string | null, complaintSteps: boolean[] | null) => {
    const order = orderFacts(tx, orderId);
    const buyer = customerId ?? order?.customerId ?? null;
    return {
      orderNo: order?.orderNo ?? null,
      customerId: buyer,
      buyerNick: customerNick(tx, buyer) ?? order?.buyerNick ?? '',
      complaintSteps,
    };
  };
  switch (kind) {
    case 'task': {
      const task = tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.id, id), eq(tasks.shopId, shopId), isNull(tasks.deletedAt)))
        .get();
      if (!task) throw notFound();
      return link(
        task.orderId,
        task.customerId,
        task.kind === 'complaint' ? normaliseSteps(task.complaintSteps) : null,
      );
    }
    case 'return': {
      const found = tx
        .select()
        .from(returnCases)
        .where(and(eq(returnCases.id, id), eq(returnCases.shopId, shopId), isNull(returnCases.deletedAt)))
        .get();
      if (!found) throw notFound();
      return link(found.orderId, found.customerId, null);
    }
    case 'order': {
      const order = tx
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.id, id), eq(orders.shopId, shopId), isNull(orders.deletedAt)))
        .get();
      if (!order) throw notFound();
      return link(order.id, null, null);
    }
  }
}
