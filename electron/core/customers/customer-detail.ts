/**
 * The customer page in one read: the buyer with their orders, inquiries, follow-up tasks and the
 * phrases recently sent to them.
 */
import { z } from 'zod';
import { createSelectSchema } from 'drizzle-zod';
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { inquiries, orders, phraseUsages, phrases, tasks } from '../../../db/schema';
import type { Identity } from '../settings/settings-service';
import { customerSchema, type Customer } from './customer-schema';
import { inquiryRows, readableInquiries } from './inquiry-rows';
import { inquirySchema } from './inquiry-schema';

/** Enough to see what was said lately; the daily log holds the full history. */
const PHRASE_USE_LIMIT = 50;
/** A buyer with hundreds of orders is a reseller; the page shows the latest ones. */
const ORDER_LIMIT = 200;

export const customerOrderSchema = createSelectSchema(orders).pick({
  id: true,
  orderNo: true,
  status: true,
  totalFen: true,
  orderedAt: true,
  remarkFlag: true,
});

export const customerTaskSchema = createSelectSchema(tasks).pick({
  id: true,
  kind: true,
  title: true,
  status: true,
  dueAt: true,
});

export const customerPhraseUseSchema = z.object({
  id: z.string(),
  phraseId: z.string(),
  /** Null when the phrase is no longer on this install. */
  phraseTitle: z.string().nullable(),
  action: z.string(),
  usedAt: z.number().int(),
});

export const customerDetailSchema = z.object({
  customer: customerSchema,
  orders: z.array(customerOrderSchema),
  inquiries: z.array(inquirySchema),
  tasks: z.array(customerTaskSchema),
  phraseUses: z.array(customerPhraseUseSchema),
});

export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export function customerDetail(db: KefuDb, who: Identity, customer: Customer): CustomerDetail {
  const customerOrders = db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      totalFen: orders.totalFen,
      orderedAt: orders.orderedAt,
      remarkFlag: orders.remarkFlag,
    })
    .from(orders)
    .where(and(eq(orders.shopId, who.shopId), isNull(orders.deletedAt), eq(orders.customerId, customer.id)))
    .orderBy(desc(orders.orderedAt), desc(orders.createdAt))
    .limit(ORDER_LIMIT)
    .all();
  const orderIds = customerOrders.map((order) => order.id);
  const customerTasks = db
    .select({ id: tasks.id, kind: tasks.kind, title: tasks.title, status: tasks.status, dueAt: tasks.dueAt })
    .from(tasks)
    .where(
      and(
        eq(tasks.shopId, who.shopId),
        isNull(tasks.deletedAt),
        // Rule-made tasks point at the order only; they still belong on the buyer's page.
        or(
          eq(tasks.customerId, customer.id),
          orderIds.length > 0 ? inArray(tasks.orderId, orderIds) : undefined,
        ),
      ),
    )
    .orderBy(desc(tasks.dueAt), desc(tasks.createdAt))
    .all();
  const phraseUses = db
    .select({
      id: phraseUsages.id,
      phraseId: phraseUsages.phraseId,
      phraseTitle: phrases.title,
      action: phraseUsages.action,
      usedAt: phraseUsages.usedAt,
    })
    .from(phraseUsages)
    .leftJoin(phrases, eq(phrases.id, phraseUsages.phraseId))
    .where(
      and(
        eq(phraseUsages.shopId, who.shopId),
        isNull(phraseUsages.deletedAt),
        eq(phraseUsages.customerId, customer.id),
        // Usage rows are personal like inquiries: an agent sees their own, a supervisor everyone's.
        who.role === 'agent' ? eq(phraseUsages.ownerId, who.agentId) : undefined,
      ),
    )
    .orderBy(desc(phraseUsages.usedAt))
    .limit(PHRASE_USE_LIMIT)
    .all();
  return {
    customer,
    orders: customerOrders,
    inquiries: inquiryRows(db, and(readableInquiries(who), eq(inquiries.customerId, customer.id)), {
      newestFirst: true,
    }),
    tasks: customerTasks,
    phraseUses,
  };
}
