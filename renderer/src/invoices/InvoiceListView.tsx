/**
 * 发票登记: filters (status, request days, 订单号 / buyer / 抬头), the invoice table (订单号 买家 抬头
 * 类型 金额 状态 收集时间), paging, and the open invoice beside it (`#/invoices?id=…`). Keyboard-
 * first: ↑/↓ walk the list with the detail following, / goes to the search box.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_STATUSES } from '../../../db/enums';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { isTextField } from '../tasks/task-keys';
import { formatDateTime, formatMoney } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import {
  EMPTY_INVOICE_FILTERS,
  invoiceListQuery,
  invoicePageCount,
  type InvoiceFilters,
} from './invoice-filters';
import { invoiceKeyAction, movedIndex } from './invoice-keys';
import {
  INVOICE_KIND_LABEL_KEYS,
  INVOICE_STATUS_LABEL_KEYS,
  statusLabelKey,
  type InvoiceStatus,
  stepActorText,
} from './invoice-labels';
import { InvoiceDetailPanel } from './InvoiceDetailPanel';
import { useInvoiceList } from './use-invoice-list';
import { Pager } from '../ui/Pager';
import { LoadStatus } from '../ui/LoadStatus';

/** Typing pauses this long before the list follows (Enter searches at once), as on 订单. */
const SEARCH_PAUSE_MS = 250;

export function InvoiceListView({
  selectedId,
  initialFilters,
}: {
  selectedId: string | null;
  initialFilters: InvoiceFilters;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InvoiceFilters>(initialFilters);
  const [queryText, setQueryText] = useState(initialFilters.query);
  const query = useMemo(() => invoiceListQuery(filters), [filters]);
  const { state, reload } = useInvoiceList(query);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);

  const update = (patch: Partial<InvoiceFilters>) =>
    setFilters((current) => ({ ...current, page: 0, ...patch }));

  useEffect(() => {
    const timer = setTimeout(
      () =>
        setFilters((current) =>
          current.query === queryText ? current : { ...current, page: 0, query: queryText },
        ),
      SEARCH_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [queryText]);

  const open = (id: string | null) => navigate(hashOf('invoices', [], id ? { id } : {}));

  const invoices = state.status === 'ready' ? state.value.invoices : [];
  const total = state.status === 'ready' ? state.value.total : 0;
  const pages = invoicePageCount(total);
  const selectedIndex = invoices.findIndex((invoice) => invoice.id === selectedId);

  const focusRow = (id: string) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-invoice-id="${id}"]`)?.focus();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = invoiceKeyAction(event, isTextField(event.target));
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'search') {
      searchRef.current?.focus();
      return;
    }
    const next = invoices[movedIndex(selectedIndex, action.by, invoices.length)];
    if (next) {
      open(next.id);
      focusRow(next.id);
    }
  };

  return (
    <div className={selectedId ? 'invoices-layout invoices-layout-detail' : 'invoices-layout'}>
      <div className="invoices-main" onKeyDown={onKeyDown}>
        <form
          className="order-filters invoice-filters"
          aria-label={t('invoices.filter.label')}
          onSubmit={(e) => {
            e.preventDefault();
            update({ query: queryText });
          }}
        >
          <input
            ref={searchRef}
            type="search"
            className="filter-box order-search"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('invoices.filter.search')}
            placeholder={t('invoices.filter.searchPlaceholder')}
            value={queryText}
            onChange={(e) => setQueryText(e.target.value)}
            onKeyDown={(e) => {
              if (isImeComposing(e)) return;
              if (e.key === 'Enter') {
                e.preventDefault();
                update({ query: queryText });
              }
              if (e.key === 'Escape') {
                setQueryText('');
                update({ query: '' });
              }
              // ↓ from the search box goes into the list, where ↑/↓ go on.
              if (e.key === 'ArrowDown' && invoices[0]) {
                e.preventDefault();
                const first = invoices[Math.max(0, selectedIndex)]!;
                open(first.id);
                focusRow(first.id);
              }
            }}
          />
          <select
            aria-label={t('invoices.filter.status')}
            value={filters.status}
            onChange={(e) => update({ status: e.target.value as InvoiceStatus | '' })}
          >
            <option value="">{t('invoices.filter.anyStatus')}</option>
            {INVOICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(INVOICE_STATUS_LABEL_KEYS[status])}
              </option>
            ))}
          </select>
          <label className="check-label invoice-day-filter">
            {t('invoices.filter.from')}
            <input
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => update({ from: e.target.value })}
            />
          </label>
          <label className="check-label invoice-day-filter">
            {t('invoices.filter.to')}
            <input
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => update({ to: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setQueryText('');
              setFilters(EMPTY_INVOICE_FILTERS);
            }}
          >
            {t('invoices.filter.clear')}
          </button>
        </form>
        <p className="muted keys-hint">{t('invoices.keysHint')}</p>
        <LoadStatus
          state={state}
          empty={invoices.length === 0 && { text: t('invoices.empty'), hint: t('invoices.emptyHint') }}
        />
        {state.status === 'ready' && invoices.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="data-table invoice-table" aria-label={t('invoices.listLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('invoices.column.orderNo')}</th>
                    <th scope="col" className="cell-optional">
                      {t('invoices.column.buyer')}
                    </th>
                    <th scope="col">{t('invoices.column.title')}</th>
                    <th scope="col">{t('invoices.column.kind')}</th>
                    <th scope="col" className="cell-money">
                      {t('invoices.column.amount')}
                    </th>
                    <th scope="col">{t('invoices.column.status')}</th>
                    <th scope="col" className="cell-optional">
                      {t('invoices.column.requestedAt')}
                    </th>
                  </tr>
                </thead>
                <tbody ref={tableRef}>
                  {invoices.map((invoice, index) => (
                    <tr
                      key={invoice.id}
                      data-invoice-id={invoice.id}
                      // One row in the tab order: the open one, or the first.
                      tabIndex={index === Math.max(0, selectedIndex) ? 0 : -1}
                      aria-selected={invoice.id === selectedId}
                      className={invoice.id === selectedId ? 'invoice-row row-selected' : 'invoice-row'}
                      onClick={() => open(invoice.id)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && !isImeComposing(e)) open(invoice.id);
                      }}
                    >
                      <td className="order-no">{invoice.orderNo || '—'}</td>
                      <td className="cell-optional">{invoice.buyerNick || '—'}</td>
                      <td className="cell-wrap">{invoice.title}</td>
                      <td>{t(INVOICE_KIND_LABEL_KEYS[invoice.kind])}</td>
                      <td className="cell-money">{formatMoney(invoice.amountFen)}</td>
                      <td>
                        <span className={`chip chip-invoice-${invoice.status}`}>
                          {t(statusLabelKey(invoice.status, invoice.kind))}
                        </span>
                      </td>
                      <td
                        className="cell-optional"
                        title={
                          invoice.actors.requestedBy
                            ? stepActorText(t, invoice.actors.requestedBy)
                            : undefined
                        }
                      >
                        {formatDateTime(invoice.requestedAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={filters.page}
              pages={pages}
              total={total}
              onPage={(page) => setFilters((f) => ({ ...f, page }))}
            />
          </>
        )}
      </div>
      {selectedId && (
        <InvoiceDetailPanel
          key={selectedId}
          invoiceId={selectedId}
          onClose={() => {
            open(null);
            searchRef.current?.focus();
          }}
          onChanged={reload}
        />
      )}
    </div>
  );
}
