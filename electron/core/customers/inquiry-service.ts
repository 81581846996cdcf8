/**
 * 询单 log: one row per buyer consultation, owned by the agent who had it. Its outcomes and loss
 * reasons are the day's 询单转化率 and 流失原因.
 */
import { and, eq, gte, isNull, lt } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { LOSS_REASONS } from '../../../db/enums';
import { inquiries, orders } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { createNaturalIdClaim } from '../natural-id-claim';
import { resolveCustomer, touchIn, type Tx } from './customer-service';
import { inquiryRows, readableInquiries } from './inquiry-rows';
import type { Inquiry, InquiryDay, InquiryLogInput, InquiryUpdateInput } from './inquiry-schema';
import { DEFAULT_TIME_ZONE, localDayRange } from './local-day';

export interface InquiryServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  timeZone: () => string | undefined;
}

function orderIdFor(tx: Tx, who: Identity, orderNo: string | undefined): string | null {
  if (!orderNo) return null;
  const order = tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.shopId, who.shopId), isNull(orders.deletedAt), eq(orders.orderNo, orderNo)))
    .get();
  if (!order) throw new AppError('notFound', 'errors.inquiry.orderNotFound', { orderNo });
  return order.id;
}

export function countInquiries(rows: readonly Inquiry[]): InquiryDay['counts'] {
  const lossReasons = Object.fromEntries(
    LOSS_REASONS.map((reason) => [reason, 0]),
  ) as InquiryDay['counts']['lossReasons'];
  const counts = { total: rows.length, converted: 0, lost: 0, pending: 0 };
  for (const row of rows) {
    counts[row.outcome] += 1;
    if (row.outcome === 'lost' && row.lossReason) lossReasons[row.lossReason] += 1;
  }
  return { ...counts, conversionRate: counts.total === 0 ? 0 : counts.converted / counts.total, lossReasons };
}

export function createInquiryService({ db, clock, newId, identity, timeZone }: InquiryServiceDeps) {
  const claimId = createNaturalIdClaim(db.$client, newId);
  const byId = (who: Identity, id: string): Inquiry => {
    const [row] = inquiryRows(db, and(readableInquiries(who), eq(inquiries.id, id)));
    if (!row) throw new AppError('notFound', 'errors.inquiry.notFound', { id });
    return row;
  };

  function log(input: InquiryLogInput): Inquiry {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction(
      (tx) => {
        const customerId = resolveCustomer(tx, who, input, at, claimId);
        const created = newId();
        tx.insert(inquiries)
          .values({
            id: created,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'personal',
            customerId,
            orderId: orderIdFor(tx, who, input.orderNo),
            product: input.product ?? '',
            outcome: input.outcome ?? 'pending',
            lossReason: input.outcome === 'lost' ? input.lossReason : null,
            note: input.note ?? '',
            inquiredAt: at,
            createdAt: at,
            updatedAt: at,
          })
          .run();
        touchIn(tx, who, customerId, at);
        return created;
      },
      { behavior: 'immediate' },
    );
    return byId(who, id);
  }

  /** The outcome is often known only later (the buyer pays an hour after asking). */
  function update(input: InquiryUpdateInput): Inquiry {
    const who = requireIdentity(identity);
    const at = clock.now();
    db.transaction(
      (tx) => {
        const existing = tx.select().from(inquiries).where(eq(inquiries.id, input.id)).get();
        if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
          throw new AppError('notFound', 'errors.inquiry.notFound', { id: input.id });
        }
        if (existing.ownerId !== who.agentId) throw new AppError('forbidden', 'errors.inquiry.notYours');
        tx.update(inquiries)
          .set({
            outcome: input.outcome,
            lossReason: input.outcome === 'lost' ? input.lossReason : null,
            ...(input.product === undefined ? {} : { product: input.product }),
            ...(input.note === undefined ? {} : { note: input.note }),
            updatedAt: at,
          })
          .where(eq(inquiries.id, input.id))
          .run();
      },
      { behavior: 'immediate' },
    );
    return byId(who, input.id);
  }

  /** The agent's own inquiries of one day on the shop's clock, oldest first. */
  function list(day: string): InquiryDay {
    const who = requireIdentity(identity);
    const { start, end } = localDayRange(day, timeZone() ?? DEFAULT_TIME_ZONE);
    const rows = inquiryRows(
      db,
      and(
        eq(inquiries.shopId, who.shopId),
        isNull(inquiries.deletedAt),
        eq(inquiries.ownerId, who.agentId),
        gte(inquiries.inquiredAt, start),
        lt(inquiries.inquiredAt, end),
      ),
      // A whole day of one agent's consultations; far more would be a data error, not a workload.
      { limit: 10_000 },
    );
    return { day, inquiries: rows, counts: countInquiries(rows) };
  }

  return { log, update, list };
}

export type InquiryService = ReturnType<typeof createInquiryService>;
