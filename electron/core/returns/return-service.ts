/**
 * 退换货登记: the shop's register of returns, exchanges and refund-only cases. Cases are team rows
 * (after-sales work passes between agents); each keeps who registered it (工号) and when.
 */
import { and, asc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import type { Language } from '../../../db/enums';
import { customers, orders, returnCases } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import type { Tx } from '../customers/customer-service';
import { DEFAULT_TIME_ZONE, localDayRange } from '../customers/local-day';
import type { ReturnCase, ReturnDay, ReturnSaveInput, ReturnStatusInput } from './return-schema';
import { exportReturnDay, type ReturnDayFile, type ReturnExportFormat } from './return-day-export';
import { assertReturnMove, nextReturnStatuses } from './return-status-flow';

export interface ReturnServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  timeZone: () => string | undefined;
  language: () => Language;
}

const liveCase = (shopId: string) => and(eq(returnCases.shopId, shopId), isNull(returnCases.deletedAt));

function caseRows(db: KefuDb, where: SQL | undefined): ReturnCase[] {
  return db
    .select({
      id: returnCases.id,
      orderId: returnCases.orderId,
      customerId: returnCases.customerId,
      kind: returnCases.kind,
      reason: returnCases.reason,
      returnTrackingNo: returnCases.returnTrackingNo,
      status: returnCases.status,
      refundFen: returnCases.refundFen,
      freightInsurance: returnCases.freightInsurance,
      note: returnCases.note,
      registeredBy: returnCases.registeredBy,
      registeredAt: returnCases.registeredAt,
      updatedAt: returnCases.updatedAt,
      orderNo: orders.orderNo,
      // An order imported before its buyer was on record still names them.
      buyerNick: sql<string | null>`coalesce(${customers.nick}, nullif(${orders.buyerNick}, ''))`,
    })
    .from(returnCases)
    .leftJoin(orders, eq(orders.id, returnCases.orderId))
    .leftJoin(customers, eq(customers.id, returnCases.customerId))
    .where(where)
    .orderBy(asc(returnCases.registeredAt))
    .all()
    .map((row) => ({ ...row, nextStatuses: nextReturnStatuses(row.kind, row.status) }));
}

/** The order the case is about and its buyer: the order's own link, else the buyer's nick. */
function orderLink(tx: Tx, who: Identity, orderNo: string): { orderId: string; customerId: string | null } {
  const order = tx
    .select({
      id: orders.id,
      customerId: orders.customerId,
      buyerNick: orders.buyerNick,
      platform: orders.platform,
    })
    .from(orders)
    .where(and(eq(orders.shopId, who.shopId), isNull(orders.deletedAt), eq(orders.orderNo, orderNo)))
    .get();
  if (!order) throw new AppError('notFound', 'errors.return.orderNotFound', { orderNo });
  if (order.customerId || !order.buyerNick) return { orderId: order.id, customerId: order.customerId };
  const buyer = tx
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.shopId, who.shopId),
        isNull(customers.deletedAt),
        eq(customers.platform, order.platform),
        eq(customers.nick, order.buyerNick),
      ),
    )
    .get();
  return { orderId: order.id, customerId: buyer?.id ?? null };
}

export function createReturnService({ db, clock, newId, identity, timeZone, language }: ReturnServiceDeps) {
  const byId = (who: Identity, id: string): ReturnCase => {
    const [row] = caseRows(db, and(liveCase(who.shopId), eq(returnCases.id, id)));
    if (!row) throw new AppError('notFound', 'errors.return.notFound', { id });
    return row;
  };

  const existingCase = (tx: Tx, who: Identity, id: string) => {
    const existing = tx
      .select()
      .from(returnCases)
      .where(and(eq(returnCases.id, id), liveCase(who.shopId)))
      .get();
    if (!existing) throw new AppError('notFound', 'errors.return.notFound', { id });
    return existing;
  };

  function save(input: ReturnSaveInput): ReturnCase {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction(
      (tx) => {
        const fields = {
          ...orderLink(tx, who, input.orderNo),
          kind: input.kind,
          reason: input.reason,
          returnTrackingNo: input.returnTrackingNo ?? '',
          refundFen: input.refundFen ?? 0,
          freightInsurance: input.freightInsurance ?? false,
          note: input.note ?? '',
          updatedAt: at,
        };
        if (input.id) {
          const existing = existingCase(tx, who, input.id);
          // Another kind has another flow; a case already under way in one cannot switch.
          if (existing.kind !== input.kind && existing.status !== 'registered') {
            throw new AppError('conflict', 'errors.return.kindLocked', { status: existing.status });
          }
          tx.update(returnCases).set(fields).where(eq(returnCases.id, input.id)).run();
          return input.id;
        }
        const created = newId();
        tx.insert(returnCases)
          .values({
            ...fields,
            id: created,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'team',
            status: 'registered',
            registeredBy: who.agentCode,
            registeredAt: at,
            createdAt: at,
          })
          .run();
        return created;
      },
      { behavior: 'immediate' },
    );
    return byId(who, id);
  }

  function setStatus({ id, status, refundFen }: ReturnStatusInput): ReturnCase {
    const who = requireIdentity(identity);
    const at = clock.now();
    db.transaction(
      (tx) => {
        const existing = existingCase(tx, who, id);
        if (existing.status === status && refundFen === undefined) return;
        if (existing.status !== status) assertReturnMove(existing.kind, existing.status, status);
        const amount = refundFen ?? existing.refundFen;
        if (status === 'refunded' && amount <= 0) {
          throw new AppError('conflict', 'errors.return.refundAmountRequired');
        }
        tx.update(returnCases)
          .set({ status, refundFen: amount, updatedAt: at })
          .where(eq(returnCases.id, id))
          .run();
      },
      { behavior: 'immediate' },
    );
    return byId(who, id);
  }

  /** The shop's cases registered on one day of the shop's clock, in registration order. */
  function list(day: string): ReturnDay {
    const who = requireIdentity(identity);
    const { start, end } = localDayRange(day, timeZone() ?? DEFAULT_TIME_ZONE);
    const cases = caseRows(
      db,
      and(liveCase(who.shopId), gte(returnCases.registeredAt, start), lt(returnCases.registeredAt, end)),
    );
    return { day, cases };
  }

  function exportDay(day: string, format: ReturnExportFormat): Promise<ReturnDayFile> {
    return exportReturnDay(list(day).cases, {
      day,
      format,
      language: language(),
      timeZone: timeZone() ?? DEFAULT_TIME_ZONE,
    });
  }

  return { save, setStatus, list, exportDay };
}

export type ReturnService = ReturnType<typeof createReturnService>;
