/** The filtered, sorted, paged order list; reloads when the query changes, on demand and after a sync brought rows. */
import { useCallback } from 'react';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useApiLoad } from '../api/use-api-load';
import { useSyncedRows } from '../sync/use-sync-status';

export type OrderListQuery = MethodInput<'orders.list'>;
export type OrderList = MethodOutput<'orders.list'>;
export type OrderRow = OrderList['orders'][number];

export function useOrderList(query: OrderListQuery) {
  // The query's value, not its object, decides when to load again.
  const key = JSON.stringify(query);
  const load = useCallback((kefu: KefuClient) => kefu.orders.list(JSON.parse(key) as OrderListQuery), [key]);
  const { state, reload } = useApiLoad(load);
  useSyncedRows(reload);
  return { state, reload };
}
