/**
 * 发票: requests collected for an order (售前, from the panel or the order page), taken through
 * 待开 → 已开 → 已发送/已寄出 or 作废 (售后 / 订单专员 on the 发票 page), summarised and exported for
 * finance. Invoices are team rows; each step is stamped with the agent at this desk (the bound
 * agent's id), which the server checks against the token (common/sync/column-access.ts).
 */
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KefuDb } from '../../../db/open-database';
import type { Language } from '../../../db/enums';
import { invoices, orders } from '../../../db/schema';
import {
  applyInvoiceStep,
  requestedFields,
  type InvoiceStepRequest,
} from '../../../common/invoices/invoice-flow';
import { validateInvoiceRequest } from '../../../common/invoices/invoice-request';
import {
  currentInvoicePeriod,
  invoicePeriod,
  summariseInvoices,
} from '../../../common/invoices/invoice-summary';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Tx } from '../customers/customer-service';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { requestRefused, stepRefused } from './invoice-errors';
import { exportInvoices, type InvoiceFile } from './invoice-export';
import { INVOICE_STALE_DAYS } from './invoice-stale';
import {
  invoiceCount,
  invoicedFen,
  invoiceRows,
  invoiceWhere,
  liveInvoice,
  toInvoices,
} from './invoice-rows';
import type {
  Invoice,
  InvoiceCollectInput,
  InvoiceCollectResult,
  InvoiceExportInput,
  InvoiceList,
  InvoiceListQuery,
  InvoiceOrder,
  InvoiceStepInput,
  InvoiceSummaryInput,
  InvoiceSummaryView,
} from './invoice-schema';

export interface InvoiceServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  timeZone: () => string;
  language: () => Language;
}

/** Told the orders whose invoices changed, after the commit (the 开票 rule follows them). */
export type InvoicesChangedListener = (orderIds: string[]) => void;

interface OrderFacts {
  id: string;
  customerId: string | null;
  buyerNick: string;
  paidFen: number;
}

function orderByNo(db: KefuDb | Tx, shopId: string, orderNo: string): OrderFacts | undefined {
  return db
    .select({
      id: orders.id,
      customerId: orders.customerId,
      buyerNick: orders.buyerNick,
      paidFen: orders.paidFen,
    })
    .from(orders)
    .where(and(eq(orders.shopId, shopId), isNull(orders.deletedAt), eq(orders.orderNo, orderNo)))
    .get();
}

function stepRequest(input: InvoiceStepInput): InvoiceStepRequest {
  switch (input.step) {
    case 'register':
      return { step: 'register' };
    case 'issue':
      return { step: 'issue', invoiceNo: input.invoiceNo, issuedOn: input.issuedOn };
    case 'send':
      return { step: 'send', email: input.email ?? null, trackingNo: input.trackingNo ?? null };
    case 'void':
      return { step: 'void', reason: input.reason };
  }
}

export function createInvoiceService({ db, clock, newId, identity, timeZone, language }: InvoiceServiceDeps) {
  const listeners: InvoicesChangedListener[] = [];
  const changed = (orderId: string | null) => {
    if (orderId) for (const listener of listeners) listener([orderId]);
  };

  function onChange(listener: InvoicesChangedListener): void {
    listeners.push(listener);
  }

  const existing = (db_: KefuDb | Tx, who: Identity, id: string) => {
    const row = db_
      .select()
      .from(invoices)
      .where(and(liveInvoice(who.shopId), eq(invoices.id, id)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.invoice.notFound', { id });
    return row;
  };

  function get(id: string): Invoice {
    return toInvoices(db, [existing(db, requireIdentity(identity), id)])[0]!;
  }

  /**
   * 发票收集: a new 待开 request for the order, or (with `id`) a 待开 one completed. The amount
   * defaults to what the order paid less its other live invoices, and may never exceed that.
   */
  function collect(input: InvoiceCollectInput): InvoiceCollectResult {
    const who = requireIdentity(identity);
    const at = clock.now();
    const { id, warnings, orderId } = db.transaction(
      (tx) => {
        const order = orderByNo(tx, who.shopId, input.orderNo);
        if (!order)
          throw new AppError('notFound', 'errors.invoice.orderNotFound', { orderNo: input.orderNo });
        const before = input.id ? existing(tx, who, input.id) : undefined;
        if (before && before.status !== 'pending') {
          throw new AppError('conflict', 'errors.invoice.notPending', { status: before.status });
        }
        if (before && before.orderNo !== input.orderNo) {
          throw new AppError('conflict', 'errors.invoice.otherOrder', { orderNo: before.orderNo });
        }
        const remainingFen = Math.max(
          0,
          order.paidFen - invoicedFen(tx, who.shopId, input.orderNo, input.id),
        );
        const checked = validateInvoiceRequest(
          {
            titleKind: input.titleKind,
            title: input.title,
            taxNumber: input.taxNo ?? null,
            kind: input.kind,
            amountFen: input.amountFen ?? null,
            email: input.email ?? null,
            postAddress: input.postAddress ?? null,
            bankName: input.bankName ?? null,
            bankAccount: input.bankAccount ?? null,
            companyAddress: input.companyAddress ?? null,
            companyPhone: input.companyPhone ?? null,
          },
          { orderPaidFen: remainingFen },
        );
        if (!checked.ok) throw requestRefused(checked.errors);
        const { taxNumber, ...request } = checked.value;
        const fields = {
          ...request,
          taxNo: taxNumber,
          orderId: order.id,
          customerId: order.customerId,
          buyerNick: order.buyerNick,
          note: input.note ?? '',
          updatedAt: at,
        };
        if (before) {
          tx.update(invoices).set(fields).where(eq(invoices.id, before.id)).run();
          return { id: before.id, warnings: checked.warnings, orderId: order.id };
        }
        const created = newId();
        tx.insert(invoices)
          .values({
            ...fields,
            ...requestedFields(who.agentId, at),
            id: created,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'team',
            orderNo: input.orderNo,
            source: input.source,
            createdAt: at,
          })
          .run();
        return { id: created, warnings: checked.warnings, orderId: order.id };
      },
      { behavior: 'immediate' },
    );
    changed(orderId);
    return { invoice: get(id), warnings };
  }

  /** One step of the flow (register / issue / send / void), stamped with this desk's agent. */
  function step(input: InvoiceStepInput): Invoice {
    const who = requireIdentity(identity);
    const at = clock.now();
    const orderId = db.transaction(
      (tx) => {
        const before = existing(tx, who, input.id);
        const result = applyInvoiceStep(before, stepRequest(input), who.agentId, at);
        if (!result.ok) throw stepRefused(result);
        tx.update(invoices)
          .set({ ...result.changes, updatedAt: at })
          .where(eq(invoices.id, before.id))
          .run();
        return before.orderId;
      },
      { behavior: 'immediate' },
    );
    changed(orderId);
    return get(input.id);
  }

  function list(query: InvoiceListQuery): InvoiceList {
    const who = requireIdentity(identity);
    const where = invoiceWhere(who.shopId, query, timeZone());
    return { invoices: invoiceRows(db, where, query.limit, query.offset), total: invoiceCount(db, where) };
  }

  /** The order as the panel and the order page offer it for a request, with its invoices. */
  function forOrder(orderNo: string): InvoiceOrder {
    const who = requireIdentity(identity);
    const order = orderByNo(db, who.shopId, orderNo);
    const list = invoiceRows(db, and(liveInvoice(who.shopId), eq(invoices.orderNo, orderNo)));
    return {
      orderNo,
      orderId: order?.id ?? null,
      buyerNick: order?.buyerNick ?? list[0]?.buyerNick ?? '',
      paidFen: order?.paidFen ?? null,
      remainingFen: order ? Math.max(0, order.paidFen - invoicedFen(db, who.shopId, orderNo)) : null,
      invoices: list,
    };
  }

  /** 发票汇总 of the shop's day or week (today's when no day is given). */
  function summary({ unit, day }: InvoiceSummaryInput): InvoiceSummaryView {
    const who = requireIdentity(identity);
    const now = clock.now();
    const zone = timeZone();
    const period = day ? invoicePeriod(unit, day, zone) : currentInvoicePeriod(unit, now, zone);
    const inPeriod = (column: SQLiteColumn) => and(gte(column, period.from), lt(column, period.to));
    const rows = db
      .select({
        id: invoices.id,
        orderNo: invoices.orderNo,
        status: invoices.status,
        kind: invoices.kind,
        amountFen: invoices.amountFen,
        requestedAt: sql<number>`coalesce(${invoices.requestedAt}, ${invoices.createdAt})`,
        issuedAt: invoices.issuedAt,
        voidedAt: invoices.voidedAt,
      })
      .from(invoices)
      .where(
        and(
          liveInvoice(who.shopId),
          or(
            inPeriod(invoices.requestedAt),
            inPeriod(invoices.issuedAt),
            inPeriod(invoices.voidedAt),
            eq(invoices.status, 'pending'),
          ),
        ),
      )
      .all();
    return { unit, ...summariseInvoices(rows, { period, now, staleAfterDays: INVOICE_STALE_DAYS }) };
  }

  /** Every invoice the filters match, as the XLSX or CSV finance opens. */
  function exportFile(input: InvoiceExportInput): Promise<InvoiceFile> {
    const who = requireIdentity(identity);
    const rows = invoiceRows(db, invoiceWhere(who.shopId, input, timeZone()));
    return exportInvoices(rows, {
      format: input.format,
      language: language(),
      timeZone: timeZone(),
      day: input.to ?? input.from ?? null,
    });
  }

  return { list, get, forOrder, collect, step, summary, exportFile, onChange };
}

export type InvoiceService = ReturnType<typeof createInvoiceService>;
