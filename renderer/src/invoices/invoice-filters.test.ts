import { describe, expect, it } from 'vitest';
import {
  EMPTY_INVOICE_FILTERS,
  invoiceFiltersOfParams,
  invoiceListQuery,
  invoicePageCount,
} from './invoice-filters';

describe('invoice filters', () => {
  it('sends only the filters that are set, with the page as an offset', () => {
    expect(invoiceListQuery(EMPTY_INVOICE_FILTERS)).toEqual({ limit: 50, offset: 0 });
    expect(
      invoiceListQuery({ status: 'pending', from: '2026-12-01', to: '', query: '  3321 ', page: 2 }),
    ).toEqual({ status: 'pending', from: '2026-12-01', query: '3321', limit: 50, offset: 100 });
  });

  it('opens on a link’s filters and ignores what is malformed', () => {
    expect(
      invoiceFiltersOfParams(new URLSearchParams('status=sent&from=2026-12-01&to=2026-12-06&q=小鹿')),
    ).toEqual({ status: 'sent', from: '2026-12-01', to: '2026-12-06', query: '小鹿', page: 0 });
    expect(
      invoiceFiltersOfParams(new URLSearchParams('status=lost&from=2026-02-30&to=yesterday&q=')),
    ).toEqual(EMPTY_INVOICE_FILTERS);
  });

  it('counts at least one page', () => {
    expect(invoicePageCount(0)).toBe(1);
    expect(invoicePageCount(50)).toBe(1);
    expect(invoicePageCount(51)).toBe(2);
  });
});
