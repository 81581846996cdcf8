/**
 * 发票汇总 for finance: what was collected, issued and voided in a day or a week, and which
 * requests have waited too long. Finance reconciles against the tax system by issue date, so
 * issued and voided are counted by when that happened; the status and kind breakdowns describe
 * the requests collected in the period, as they stand now.
 */
import { addDays, zonedDay, zonedInstant } from '../time/zoned-time';
import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceKind, type InvoiceStatus } from './invoice-types';

const DAY_MS = 86_400_000;

/** What the summary reads of an invoice; any wider invoice object fits. */
export interface InvoiceSummaryRow {
  id: string;
  orderNo?: string | null;
  status: InvoiceStatus;
  kind: InvoiceKind;
  amountFen: number;
  requestedAt: number;
  issuedAt: number | null;
  voidedAt: number | null;
}

/** Half-open [from, to) in epoch ms, with the shop's calendar days it covers. */
export interface InvoicePeriod {
  from: number;
  to: number;
  firstDay: string;
  lastDay: string;
}

export interface InvoiceTally {
  count: number;
  amountFen: number;
}

export interface StalePendingInvoice {
  id: string;
  orderNo: string | null;
  amountFen: number;
  requestedAt: number;
  /** Whole days waited, for "待开 3 天". */
  ageDays: number;
}

export interface InvoiceSummary {
  period: InvoicePeriod;
  /** Requests collected in the period. */
  collected: InvoiceTally;
  /** Those collected requests by their status now. */
  byStatus: Record<InvoiceStatus, InvoiceTally>;
  /** Those collected requests by kind. */
  byKind: Record<InvoiceKind, InvoiceTally>;
  /** Issued in the period (whatever happened since), by kind: the 开票金额 finance books. */
  issued: InvoiceTally & { byKind: Record<InvoiceKind, InvoiceTally> };
  /** Voided in the period: each one is a 红冲 finance has to match. */
  voided: InvoiceTally;
  /** Still 待开 after more than `staleAfterDays`, whenever collected, oldest first. */
  stalePending: InvoiceTally & { invoices: StalePendingInvoice[] };
}

export interface InvoiceSummaryOptions {
  period: InvoicePeriod;
  now: number;
  staleAfterDays: number;
}

/**
 * The shop's day containing `day`, or the week (Monday to Sunday, as Chinese calendars and
 * finance weeks run) containing it, as instants in the shop's zone.
 */
export function invoicePeriod(unit: 'day' | 'week', day: string, timeZone: string): InvoicePeriod {
  let firstDay = day;
  if (unit === 'week') {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
    firstDay = addDays(day, -((weekday + 6) % 7));
  }
  const lastDay = unit === 'week' ? addDays(firstDay, 6) : firstDay;
  return {
    from: zonedInstant(firstDay, '00:00', timeZone),
    to: zonedInstant(addDays(lastDay, 1), '00:00', timeZone),
    firstDay,
    lastDay,
  };
}

/** The period for the shop's today (or this week) at `now`. */
export function currentInvoicePeriod(unit: 'day' | 'week', now: number, timeZone: string): InvoicePeriod {
  return invoicePeriod(unit, zonedDay(now, timeZone), timeZone);
}

const emptyTally = (): InvoiceTally => ({ count: 0, amountFen: 0 });

function tallies<K extends string>(keys: readonly K[]): Record<K, InvoiceTally> {
  return Object.fromEntries(keys.map((key) => [key, emptyTally()])) as Record<K, InvoiceTally>;
}

function add(tally: InvoiceTally, amountFen: number): void {
  tally.count += 1;
  tally.amountFen += amountFen;
}

export function summariseInvoices(
  invoices: readonly InvoiceSummaryRow[],
  options: InvoiceSummaryOptions,
): InvoiceSummary {
  const { period, now, staleAfterDays } = options;
  const within = (at: number | null): boolean => at !== null && at >= period.from && at < period.to;
  const staleBefore = now - staleAfterDays * DAY_MS;

  const summary: InvoiceSummary = {
    period,
    collected: emptyTally(),
    byStatus: tallies(INVOICE_STATUSES),
    byKind: tallies(INVOICE_KINDS),
    issued: { ...emptyTally(), byKind: tallies(INVOICE_KINDS) },
    voided: emptyTally(),
    stalePending: { ...emptyTally(), invoices: [] },
  };

  for (const invoice of invoices) {
    const amount = invoice.amountFen;
    if (within(invoice.requestedAt)) {
      add(summary.collected, amount);
      add(summary.byStatus[invoice.status], amount);
      add(summary.byKind[invoice.kind], amount);
    }
    if (within(invoice.issuedAt)) {
      add(summary.issued, amount);
      add(summary.issued.byKind[invoice.kind], amount);
    }
    if (within(invoice.voidedAt)) add(summary.voided, amount);
    if (invoice.status === 'pending' && invoice.requestedAt < staleBefore) {
      add(summary.stalePending, amount);
      summary.stalePending.invoices.push({
        id: invoice.id,
        orderNo: invoice.orderNo ?? null,
        amountFen: amount,
        requestedAt: invoice.requestedAt,
        ageDays: Math.floor((now - invoice.requestedAt) / DAY_MS),
      });
    }
  }
  // Oldest first: the one most likely to turn into a complaint is handled first.
  summary.stalePending.invoices.sort((a, b) => a.requestedAt - b.requestedAt || a.id.localeCompare(b.id));
  return summary;
}
