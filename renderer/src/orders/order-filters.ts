/** The order list's filter form as state, and the contract query it stands for. Pure, tested. */
import type { OrderSort, OrderStatus, RemarkFlag } from './order-labels';
import { SORT_QUERY } from './order-labels';

export const PAGE_SIZE = 50;

export interface OrderFilters {
  query: string;
  status: OrderStatus | '';
  unpaid: boolean;
  unverifiedAddress: boolean;
  notSigned: boolean;
  notSignedDays: number;
  logisticsException: boolean;
  badReview: boolean;
  flag: RemarkFlag | '';
  sort: OrderSort;
  page: number;
}

export const EMPTY_FILTERS: OrderFilters = {
  query: '',
  status: '',
  unpaid: false,
  unverifiedAddress: false,
  notSigned: false,
  notSignedDays: 3,
  logisticsException: false,
  badReview: false,
  flag: '',
  sort: 'orderedAtDesc',
  page: 0,
};

export function listQueryOf(filters: OrderFilters) {
  const query = filters.query.trim();
  return {
    ...(query && { query }),
    ...(filters.status && { status: [filters.status] }),
    ...(filters.unpaid && { unpaid: true }),
    ...(filters.unverifiedAddress && { unverifiedAddress: true }),
    ...(filters.notSigned && { shippedDaysNotSigned: filters.notSignedDays }),
    ...(filters.logisticsException && { logisticsException: true }),
    ...(filters.badReview && { badReview: true }),
    ...(filters.flag && { flag: filters.flag }),
    ...SORT_QUERY[filters.sort],
    limit: PAGE_SIZE,
    offset: filters.page * PAGE_SIZE,
  };
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/**
 * The filters a link can open the list on (`#/orders?unpaid=1&notSignedDays=3`, from 今日's
 * counts). Unknown or malformed values are ignored, so a stale link still opens the list.
 */
export function filtersOfHashParams(params: URLSearchParams): OrderFilters {
  const days = Number(params.get('notSignedDays'));
  const daysValid = Number.isInteger(days) && days >= 1 && days <= 365;
  return {
    ...EMPTY_FILTERS,
    unpaid: params.get('unpaid') === '1',
    unverifiedAddress: params.get('unverifiedAddress') === '1',
    logisticsException: params.get('logisticsException') === '1',
    notSigned: daysValid,
    notSignedDays: daysValid ? days : EMPTY_FILTERS.notSignedDays,
  };
}

const LINK_FILTER_PARAMS = ['unpaid', 'unverifiedAddress', 'notSignedDays', 'logisticsException'] as const;

/** The link filters of a hash, kept when an order is opened so closing it returns to the same list. */
export function linkFilterParams(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(
    LINK_FILTER_PARAMS.flatMap((key) => {
      const value = params.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
}
