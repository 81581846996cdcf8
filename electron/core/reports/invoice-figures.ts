/**
 * 发票 in the daily log: the steps the agent took that day, read from the synced invoices table by
 * each step's `*_by` stamp and time (so it does not matter whose desk the request was made on),
 * and the agent's collected requests still 待开.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KefuDb } from '../../../db/open-database';
import { invoices } from '../../../db/schema';
import type { InvoiceFigures } from '../../../common/reports/daily-log-schema';

export function invoicesOf(
  db: KefuDb,
  a: { shopId: string; agent: { id: string } },
  start: number,
  end: number,
): InvoiceFigures {
  const steps = (who: SQLiteColumn, at: SQLiteColumn) =>
    sql<number>`coalesce(sum(${who} = ${a.agent.id} and ${at} >= ${start} and ${at} < ${end}), 0)`;
  return db
    .select({
      collected: steps(invoices.requestedBy, invoices.requestedAt),
      registered: steps(invoices.registeredBy, invoices.registeredAt),
      issued: steps(invoices.issuedBy, invoices.issuedAt),
      sent: steps(invoices.sentBy, invoices.sentAt),
      voided: steps(invoices.voidedBy, invoices.voidedAt),
      // Still 待开 now: a request collected on an earlier day counts on every day it waits.
      pending: sql<number>`coalesce(sum(${invoices.requestedBy} = ${a.agent.id} and ${invoices.requestedAt} < ${end} and ${invoices.status} = 'pending'), 0)`,
    })
    .from(invoices)
    .where(and(eq(invoices.shopId, a.shopId), isNull(invoices.deletedAt)))
    .get()!;
}
