import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filtersOfHashParams,
  linkFilterParams,
  listQueryOf,
  pageCount,
} from './order-filters';

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

describe('filtersOfHashParams', () => {
  it('opens on the filters a 今日 count links to', () => {
    const params = new URLSearchParams('unpaid=1&unverifiedAddress=1&notSignedDays=5&logisticsException=1');
    expect(listQueryOf(filtersOfHashParams(params))).toEqual({
      unpaid: true,
      unverifiedAddress: true,
      shippedDaysNotSigned: 5,
      logisticsException: true,
      sortBy: 'orderedAt',
      sortDir: 'desc',
      limit: 50,
      offset: 0,
    });
  });

  it('ignores malformed values, so a stale link opens the whole list', () => {
    for (const search of [
      'unpaid=yes',
      'notSignedDays=-2',
      'notSignedDays=abc',
      'notSignedDays=1.5',
      'id=o1',
    ]) {
      expect(filtersOfHashParams(new URLSearchParams(search))).toEqual(EMPTY_FILTERS);
    }
  });

  it('keeps only the link filters when an order is opened', () => {
    expect(linkFilterParams(new URLSearchParams('unpaid=1&id=o1&notSignedDays=3'))).toEqual({
      unpaid: '1',
      notSignedDays: '3',
    });
  });
});
