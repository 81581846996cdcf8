/** The filtered, sorted, paged order list; reloads when the query changes, on demand and after a sync brought rows. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { useSyncedRows } from '../sync/use-sync-status';

export type OrderListQuery = MethodInput<'orders.list'>;
export type OrderList = MethodOutput<'orders.list'>;
export type OrderRow = OrderList['orders'][number];

type State =
  { status: 'loading' } | { status: 'ready'; list: OrderList } | { status: 'failed'; error: ApiError };

export function useOrderList(query: OrderListQuery) {
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const key = JSON.stringify(query);
  useSyncedRows(reload);

  useEffect(() => {
    let live = true;
    void kefu.orders.list(JSON.parse(key) as OrderListQuery).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', list: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [kefu, key, version]);

  return { state, reload };
}
