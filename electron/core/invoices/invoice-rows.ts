/** Reading invoices: one row as the contract shows it, and the list's filters as SQL. */
import { and, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { invoices } from '../../../db/schema';
import { stepsFrom } from '../../../common/invoices/invoice-flow';
import { localDayRange } from '../customers/local-day';
import type { Tx } from '../customers/customer-service';
import { agentLabels, agentRef, type AgentLabel } from '../team/agent-names';
import type { Invoice, InvoiceListQuery } from './invoice-schema';

type InvoiceRow = typeof invoices.$inferSelect;

const ACTOR_COLUMNS = ['requestedBy', 'registeredBy', 'issuedBy', 'sentBy', 'voidedBy'] as const;

/** The rows with each step's agent named (one lookup for all of them). */
export function toInvoices(db: KefuDb | Tx, rows: readonly InvoiceRow[]): Invoice[] {
  const byShop = new Map<string, Set<string>>();
  for (const row of rows) {
    const ids = byShop.get(row.shopId) ?? new Set<string>();
    for (const column of ACTOR_COLUMNS) if (row[column]) ids.add(row[column]);
    byShop.set(row.shopId, ids);
  }
  const labels = new Map<string, Map<string, AgentLabel>>();
  for (const [shopId, ids] of byShop) labels.set(shopId, agentLabels(db, shopId, ids));
  return rows.map((row) => toInvoice(row, labels.get(row.shopId) ?? new Map()));
}

export function toInvoice(row: InvoiceRow, labels: Map<string, AgentLabel>): Invoice {
  const { shopId: _s, ownerId: _o, scope: _c, deletedAt: _d, version: _v, ...shown } = row;
  return {
    ...shown,
    nextSteps: stepsFrom(row.status),
    actors: {
      requestedBy: agentRef(labels, row.requestedBy),
      registeredBy: agentRef(labels, row.registeredBy),
      issuedBy: agentRef(labels, row.issuedBy),
      sentBy: agentRef(labels, row.sentBy),
      voidedBy: agentRef(labels, row.voidedBy),
    },
  };
}

export const liveInvoice = (shopId: string) => and(eq(invoices.shopId, shopId), isNull(invoices.deletedAt));

/** LIKE's own wildcards in what the agent typed match themselves. */
const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export type InvoiceFilter = Pick<InvoiceListQuery, 'status' | 'kind' | 'from' | 'to' | 'query'>;

/** The filters of the 发票 page, the CLI and the export; days cut on the shop's clock. */
export function invoiceWhere(shopId: string, filter: InvoiceFilter, timeZone: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [liveInvoice(shopId)];
  if (filter.status) conditions.push(eq(invoices.status, filter.status));
  if (filter.kind) conditions.push(eq(invoices.kind, filter.kind));
  if (filter.from) conditions.push(gte(invoices.requestedAt, localDayRange(filter.from, timeZone).start));
  if (filter.to) conditions.push(lt(invoices.requestedAt, localDayRange(filter.to, timeZone).end));
  if (filter.query) {
    const text = likeText(filter.query);
    conditions.push(
      or(
        sql`${invoices.orderNo} like ${`${text}%`} escape '\\'`,
        sql`${invoices.buyerNick} like ${`%${text}%`} escape '\\'`,
        sql`${invoices.title} like ${`%${text}%`} escape '\\'`,
      ),
    );
  }
  return and(...conditions);
}

/** Newest request first: the page opens on what just came in. */
export function invoiceRows(db: KefuDb | Tx, where: SQL | undefined, limit?: number, offset = 0): Invoice[] {
  const query = db
    .select()
    .from(invoices)
    .where(where)
    .orderBy(desc(invoices.requestedAt), desc(invoices.createdAt), desc(invoices.id))
    .$dynamic();
  if (limit !== undefined) query.limit(limit).offset(offset);
  return toInvoices(db, query.all());
}

export function invoiceCount(db: KefuDb, where: SQL | undefined): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(invoices)
      .where(where)
      .get()?.n ?? 0
  );
}

/** Fen already on the order's live invoices (作废 ones give their amount back), but `exceptId`. */
export function invoicedFen(db: KefuDb | Tx, shopId: string, orderNo: string, exceptId?: string): number {
  const row = db
    .select({ fen: sql<number>`coalesce(sum(${invoices.amountFen}), 0)` })
    .from(invoices)
    .where(
      and(
        liveInvoice(shopId),
        eq(invoices.orderNo, orderNo),
        sql`${invoices.status} <> 'void'`,
        exceptId ? sql`${invoices.id} <> ${exceptId}` : undefined,
      ),
    )
    .get();
  return row?.fen ?? 0;
}
