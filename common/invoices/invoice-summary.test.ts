import { describe, expect, it } from 'vitest';
import {
  currentInvoicePeriod,
  invoicePeriod,
  summariseInvoices,
  type InvoiceSummaryRow,
} from './invoice-summary';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2025-06-10 00:00 in Shanghai (a Tuesday). */
const JUNE_10 = Date.UTC(2025, 5, 9, 16, 0);

describe('invoicePeriod', () => {
  it("is the shop's day, midnight to midnight", () => {
    expect(invoicePeriod('day', '2025-06-10', TZ)).toEqual({
      from: JUNE_10,
      to: JUNE_10 + DAY,
      firstDay: '2025-06-10',
      lastDay: '2025-06-10',
    });
  });

  it('is Monday to Sunday for a week', () => {
    const expected = {
      from: JUNE_10 - DAY,
      to: JUNE_10 + 6 * DAY,
      firstDay: '2025-06-09',
      lastDay: '2025-06-15',
    };
    expect(invoicePeriod('week', '2025-06-10', TZ)).toEqual(expected);
    expect(invoicePeriod('week', '2025-06-09', TZ)).toEqual(expected);
    expect(invoicePeriod('week', '2025-06-15', TZ)).toEqual(expected);
    expect(invoicePeriod('week', '2025-06-16', TZ).firstDay).toBe('2025-06-16');
  });

  it("takes today from the shop's clock, not UTC", () => {
    // 2025-06-10 23:30 UTC is already the 11th in Shanghai.
    expect(currentInvoicePeriod('day', Date.UTC(2025, 5, 10, 23, 30), TZ).firstDay).toBe('2025-06-11');
  });
});

const row = (over: Partial<InvoiceSummaryRow> & Pick<InvoiceSummaryRow, 'id'>): InvoiceSummaryRow => ({
  status: 'pending',
  kind: 'electronic',
  amountFen: 10_000,
  requestedAt: JUNE_10 + 9 * HOUR,
  issuedAt: null,
  voidedAt: null,
  ...over,
});

describe('summariseInvoices', () => {
  const period = invoicePeriod('day', '2025-06-10', TZ);
  const now = JUNE_10 + 18 * HOUR;
  const invoices: InvoiceSummaryRow[] = [
    row({ id: 'a', amountFen: 29_900 }),
    row({ id: 'b', kind: 'paper', status: 'issued', amountFen: 5_000, issuedAt: JUNE_10 + 10 * HOUR }),
    row({ id: 'c', kind: 'special', status: 'sent', amountFen: 100_000, issuedAt: JUNE_10 + 11 * HOUR }),
    // Collected yesterday, issued today then voided today: counted as issued and as voided today.
    row({
      id: 'd',
      status: 'void',
      amountFen: 7_000,
      requestedAt: JUNE_10 - 5 * HOUR,
      issuedAt: JUNE_10 + HOUR,
      voidedAt: JUNE_10 + 2 * HOUR,
    }),
    // Waiting since 3 days: stale. Waiting exactly 2 days: not yet.
    row({
      id: 'e',
      kind: 'paper',
      amountFen: 1_000,
      requestedAt: now - 3 * DAY,
      orderNo: '4012345678901234567',
    }),
    row({ id: 'f', amountFen: 2_000, requestedAt: now - 2 * DAY }),
    // Tomorrow, right at midnight: outside [from, to).
    row({ id: 'g', amountFen: 3_000, requestedAt: period.to }),
    // Collected right at midnight: inside.
    row({
      id: 'h',
      kind: 'special',
      status: 'void',
      amountFen: 4_000,
      requestedAt: period.from,
      voidedAt: period.from + HOUR,
    }),
  ];

  const summary = summariseInvoices(invoices, { period, now, staleAfterDays: 2 });

  it('counts requests collected in the period', () => {
    expect(summary.collected).toEqual({ count: 4, amountFen: 29_900 + 5_000 + 100_000 + 4_000 });
  });

  it('breaks them down by status and by kind', () => {
    expect(summary.byStatus).toEqual({
      pending: { count: 1, amountFen: 29_900 },
      issued: { count: 1, amountFen: 5_000 },
      sent: { count: 1, amountFen: 100_000 },
      void: { count: 1, amountFen: 4_000 },
    });
    expect(summary.byKind).toEqual({
      electronic: { count: 1, amountFen: 29_900 },
      paper: { count: 1, amountFen: 5_000 },
      special: { count: 2, amountFen: 104_000 },
    });
  });

  it('counts issued and voided by when it happened', () => {
    expect(summary.issued).toEqual({
      count: 3,
      amountFen: 112_000,
      byKind: {
        electronic: { count: 1, amountFen: 7_000 },
        paper: { count: 1, amountFen: 5_000 },
        special: { count: 1, amountFen: 100_000 },
      },
    });
    expect(summary.voided).toEqual({ count: 2, amountFen: 11_000 });
  });

  it('lists pending requests older than N days, oldest first, whenever collected', () => {
    expect(summary.stalePending).toEqual({
      count: 1,
      amountFen: 1_000,
      invoices: [
        { id: 'e', orderNo: '4012345678901234567', amountFen: 1_000, requestedAt: now - 3 * DAY, ageDays: 3 },
      ],
    });
    const stricter = summariseInvoices(invoices, { period, now, staleAfterDays: 1 });
    expect(stricter.stalePending.invoices.map((i) => [i.id, i.ageDays])).toEqual([
      ['e', 3],
      ['f', 2],
    ]);
  });

  it('is all zeros for no invoices', () => {
    const empty = summariseInvoices([], { period, now, staleAfterDays: 2 });
    expect(empty.collected).toEqual({ count: 0, amountFen: 0 });
    expect(empty.byStatus.void).toEqual({ count: 0, amountFen: 0 });
    expect(empty.issued.byKind.special).toEqual({ count: 0, amountFen: 0 });
    expect(empty.stalePending.invoices).toEqual([]);
  });
});
