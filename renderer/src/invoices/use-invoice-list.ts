/** The filtered, paged invoice list; reloads when the query changes, on demand and after a sync brought rows. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { useSyncedRows } from '../sync/use-sync-status';

export type InvoiceListQuery = MethodInput<'invoices.list'>;
export type InvoiceList = MethodOutput<'invoices.list'>;
export type Invoice = MethodOutput<'invoices.get'>;

type State =
  { status: 'loading' } | { status: 'ready'; list: InvoiceList } | { status: 'failed'; error: ApiError };

export function useInvoiceList(query: InvoiceListQuery) {
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const key = JSON.stringify(query);
  useSyncedRows(reload);

  useEffect(() => {
    let live = true;
    void kefu.invoices.list(JSON.parse(key) as InvoiceListQuery).then((result) => {
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
