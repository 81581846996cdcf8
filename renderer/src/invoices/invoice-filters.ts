/**
 * The 发票 page's filter form as state, the `invoices.list` / `invoices.export` query it stands
 * for, and the filters a link opens the page on (`#/invoices?status=pending`). Pure, tested.
 */
import { INVOICE_STATUSES } from '../../../db/enums';
import { startOfDayMs } from '../ui/format';
import type { InvoiceStatus } from './invoice-labels';

export const PAGE_SIZE = 50;

export interface InvoiceFilters {
  status: InvoiceStatus | '';
  /** Shop days `YYYY-MM-DD` on the request time, either end open when empty. */
  from: string;
  to: string;
  /** 订单号 (its start), buyer nick or 抬头. */
  query: string;
  page: number;
}

export const EMPTY_INVOICE_FILTERS: InvoiceFilters = { status: '', from: '', to: '', query: '', page: 0 };

/** The filters without paging: what `invoices.export` takes besides the format. */
export function invoiceFilterQuery(filters: InvoiceFilters) {
  const query = filters.query.trim();
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
    ...(query && { query }),
  };
}

export function invoiceListQuery(filters: InvoiceFilters) {
  return { ...invoiceFilterQuery(filters), limit: PAGE_SIZE, offset: filters.page * PAGE_SIZE };
}

export const invoicePageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

const isStatus = (value: string | null): value is InvoiceStatus =>
  (INVOICE_STATUSES as readonly (string | null)[]).includes(value);
const validDay = (value: string | null): string => (value && startOfDayMs(value) !== null ? value : '');

/** `#/invoices?status=pending&from=…&to=…&q=…`; anything malformed is dropped, so a stale link still opens. */
export function invoiceFiltersOfParams(params: URLSearchParams): InvoiceFilters {
  const status = params.get('status');
  return {
    ...EMPTY_INVOICE_FILTERS,
    status: isStatus(status) ? status : '',
    from: validDay(params.get('from')),
    to: validDay(params.get('to')),
    query: params.get('q') ?? '',
  };
}
