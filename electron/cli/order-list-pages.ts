/**
 * `kefu orders list --limit --offset --all`: the options as `orders.list` pages. The contract caps
 * a page at ORDER_LIST_MAX; beyond that the refusal says so and points at `--all`.
 */
import type { TFunction } from 'i18next';
import type { ApiResult } from '../api/api-result';
import { ORDER_LIST_DEFAULT, ORDER_LIST_MAX } from '../core/orders/order-list-limits';
import { CliFailure } from './cli-failure';
import { unwrap } from './cli-session';
import type { OrderListView } from './order-text';

/** A whole number as typed on the command line, or null (`1e3`, `12abc` and `-1` are not). */
const wholeNumber = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

export interface OrderListOptions {
  limit?: string;
  offset?: string;
  all?: boolean;
}

/** One page, or null for `--all`. */
export function orderListPage(
  t: TFunction,
  opts: OrderListOptions,
): { limit: number; offset: number } | null {
  if (opts.all) {
    if (opts.limit !== undefined || opts.offset !== undefined)
      throw new CliFailure(1, t('cli.orders.allAlone'));
    return null;
  }
  const limit = opts.limit === undefined ? ORDER_LIST_DEFAULT : wholeNumber(opts.limit);
  if (limit === null || limit < 1 || limit > ORDER_LIST_MAX) {
    throw new CliFailure(1, t('cli.orders.badLimit', { value: opts.limit, max: ORDER_LIST_MAX }));
  }
  const offset = opts.offset === undefined ? 0 : wholeNumber(opts.offset);
  if (offset === null) throw new CliFailure(1, t('cli.orders.badOffset', { value: opts.offset }));
  return { limit, offset };
}

/** `--all`: every page in turn, as one list. */
export async function allOrders(
  list: (page: { limit: number; offset: number }) => Promise<ApiResult<unknown>>,
  t: TFunction,
): Promise<OrderListView> {
  const orders: OrderListView['orders'] = [];
  let total = 0;
  do {
    const page = unwrap<OrderListView>(t, await list({ limit: ORDER_LIST_MAX, offset: orders.length }));
    total = page.total;
    if (page.orders.length === 0) break;
    orders.push(...page.orders);
  } while (orders.length < total);
  return { total, orders };
}
