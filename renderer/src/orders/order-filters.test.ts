import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, listQueryOf, pageCount } from './order-filters';

describe('listQueryOf', () => {
  it('asks for the first page, newest first, with no filters', () => {
    expect(listQueryOf(EMPTY_FILTERS)).toEqual({
      sortBy: 'orderedAt',
      sortDir: 'desc',
      limit: 50,
      offset: 0,
    });
  });

  it('turns every filter into its contract field', () => {
    expect(
      listQueryOf({
        ...EMPTY_FILTERS,
        query: ' 332100 ',
        status: 'shipped',
        unpaid: true,
        unverifiedAddress: true,
        notSigned: true,
        notSignedDays: 5,
        logisticsException: true,
        badReview: true,
        flag: 'red',
        sort: 'totalAsc',
        page: 2,
      }),
    ).toEqual({
      query: '332100',
      status: ['shipped'],
      unpaid: true,
      unverifiedAddress: true,
      shippedDaysNotSigned: 5,
      logisticsException: true,
      badReview: true,
      flag: 'red',
      sortBy: 'total',
      sortDir: 'asc',
      limit: 50,
      offset: 100,
    });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });
});
