/** The filtered, paged invoice list; reloads when the query changes, on demand and after a sync brought rows. */
import { useCallback } from 'react';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useApiLoad } from '../api/use-api-load';
import { useSyncedRows } from '../sync/use-sync-status';

export type InvoiceListQuery = MethodInput<'invoices.list'>;
export type InvoiceList = MethodOutput<'invoices.list'>;
export type Invoice = MethodOutput<'invoices.get'>;

export function useInvoiceList(query: InvoiceListQuery) {
  // The query's value, not its object, decides when to load again.
  const key = JSON.stringify(query);
  const load = useCallback(
    (kefu: KefuClient) => kefu.invoices.list(JSON.parse(key) as InvoiceListQuery),
    [key],
  );
  const { state, reload } = useApiLoad(load);
  useSyncedRows(reload);
  return { state, reload };
}
