/** Filters, the order table (订单号 买家 状态 金额 下单时间 旗帜), paging, import, and the open order. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, REMARK_FLAGS } from '../../../db/enums';
import { hashOf } from '../shell/nav-items';
import { notifyTasksChanged } from '../tasks/task-events';
import { navigate } from '../shell/use-main-page';
import { formatDateTime, formatMoney } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import { OrderDetailPanel } from './OrderDetailPanel';
import { EMPTY_FILTERS, listQueryOf, pageCount, type OrderFilters } from './order-filters';
import {
  FLAG_LABEL_KEYS,
  ORDER_SORT_LABEL_KEYS,
  ORDER_SORTS,
  ORDER_STATUS_LABEL_KEYS,
  type OrderSort,
  type OrderStatus,
  type RemarkFlag,
} from './order-labels';
import { OrderForm } from './OrderForm';
import { OrderImport } from './OrderImport';
import { useOrderList } from './use-order-list';
import { Pager } from '../ui/Pager';
import { LoadStatus } from '../ui/LoadStatus';

/** Typing pauses this long before the list follows (Enter searches at once). */
const SEARCH_PAUSE_MS = 250;

/**
 * `initialFilters` come from the link that opened the list (今日's counts); `linkParams` are kept
 * in the hash while an order is open so the same filtered list stays behind it.
 */
export function OrderListView({
  selectedId,
  initialFilters,
  linkParams,
}: {
  selectedId: string | null;
  initialFilters: OrderFilters;
  linkParams: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OrderFilters>(initialFilters);
  const [queryText, setQueryText] = useState('');
  const [creating, setCreating] = useState(false);
  const query = useMemo(() => listQueryOf(filters), [filters]);
  const { state, reload } = useOrderList(query);

  const update = (patch: Partial<OrderFilters>) =>
    setFilters((current) => ({ ...current, page: 0, ...patch }));

  // As the agent types, like 客户: the search box is part of the filters, so a status or flag
  // chosen afterwards narrows the same text.
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
  const open = (id: string | null) => navigate(hashOf('orders', [], id ? { ...linkParams, id } : linkParams));
  const total = state.status === 'ready' ? state.value.total : 0;
  const pages = pageCount(total);

  return (
    <div className={selectedId ? 'orders-layout orders-layout-detail' : 'orders-layout'}>
      <div className="orders-main">
        <div className="orders-actions">
          <OrderImport onImported={reload} />
          <button type="button" className="button-secondary" onClick={() => setCreating(true)}>
            {t('orders.form.new')}
          </button>
        </div>
        {creating && (
          <OrderForm
            onCancel={() => setCreating(false)}
            onSaved={(order) => {
              setCreating(false);
              reload();
              notifyTasksChanged();
              open(order.id);
            }}
          />
        )}
        <form
          className="order-filters"
          aria-label={t('orders.filter.label')}
          onSubmit={(e) => {
            e.preventDefault();
            update({ query: queryText });
          }}
        >
          <input
            type="search"
            className="filter-box order-search"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('orders.filter.search')}
            placeholder={t('orders.filter.searchPlaceholder')}
            value={queryText}
            onChange={(e) => setQueryText(e.target.value)}
            onKeyDown={(e) => {
              if (isImeComposing(e)) return;
              // The form has two text boxes and no submit button, so Enter never submits it.
              if (e.key === 'Enter') {
                e.preventDefault();
                update({ query: queryText });
              }
              if (e.key === 'Escape') {
                setQueryText('');
                update({ query: '' });
              }
            }}
          />
          <select
            aria-label={t('orders.filter.status')}
            value={filters.status}
            onChange={(e) => update({ status: e.target.value as OrderStatus | '' })}
          >
            <option value="">{t('orders.filter.anyStatus')}</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(ORDER_STATUS_LABEL_KEYS[status])}
              </option>
            ))}
          </select>
          <select
            aria-label={t('orders.filter.flag')}
            value={filters.flag}
            onChange={(e) => update({ flag: e.target.value as RemarkFlag | '' })}
          >
            <option value="">{t('orders.filter.anyFlag')}</option>
            {REMARK_FLAGS.map((flag) => (
              <option key={flag} value={flag}>
                {t(FLAG_LABEL_KEYS[flag])}
              </option>
            ))}
          </select>
          <select
            aria-label={t('orders.filter.sort')}
            value={filters.sort}
            onChange={(e) => update({ sort: e.target.value as OrderSort })}
          >
            {ORDER_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(ORDER_SORT_LABEL_KEYS[sort])}
              </option>
            ))}
          </select>
          <div className="filter-checks">
            <label className="check-label">
              <input
                type="checkbox"
                checked={filters.unpaid}
                onChange={(e) => update({ unpaid: e.target.checked })}
              />
              {t('orders.filter.unpaid')}
            </label>
            <label className="check-label">
              <input
                type="checkbox"
                checked={filters.unverifiedAddress}
                onChange={(e) => update({ unverifiedAddress: e.target.checked })}
              />
              {t('orders.filter.unverified')}
            </label>
            <label className="check-label">
              <input
                type="checkbox"
                checked={filters.notSigned}
                onChange={(e) => update({ notSigned: e.target.checked })}
              />
              {t('orders.filter.notSigned', { count: filters.notSignedDays })}
            </label>
            <input
              type="number"
              className="days-input"
              min={0}
              max={365}
              aria-label={t('orders.filter.notSignedDays')}
              value={filters.notSignedDays}
              onChange={(e) =>
                update({ notSignedDays: Math.max(0, Math.min(365, Number(e.target.value) || 0)) })
              }
            />
            <label className="check-label">
              <input
                type="checkbox"
                checked={filters.logisticsException}
                onChange={(e) => update({ logisticsException: e.target.checked })}
              />
              {t('orders.filter.exception')}
            </label>
            <label className="check-label">
              <input
                type="checkbox"
                checked={filters.badReview}
                onChange={(e) => update({ badReview: e.target.checked })}
              />
              {t('orders.filter.badReview')}
            </label>
            <button
              type="button"
              className="button-small"
              onClick={() => {
                setQueryText('');
                setFilters(EMPTY_FILTERS);
                navigate(hashOf('orders', [], selectedId ? { id: selectedId } : {}));
              }}
            >
              {t('orders.filter.clear')}
            </button>
          </div>
        </form>
        <LoadStatus
          state={state}
          empty={
            state.status === 'ready' &&
            state.value.orders.length === 0 && { text: t('orders.empty'), hint: t('orders.emptyHint') }
          }
        />
        {state.status === 'ready' && state.value.orders.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="data-table order-table" aria-label={t('orders.listLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('orders.column.orderNo')}</th>
                    <th scope="col">{t('orders.column.buyer')}</th>
                    <th scope="col">{t('orders.column.status')}</th>
                    <th scope="col" className="cell-money">
                      {t('orders.column.total')}
                    </th>
                    <th scope="col">{t('orders.column.orderedAt')}</th>
                    <th scope="col">{t('orders.column.flag')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.value.orders.map((order) => (
                    <tr key={order.id} className={order.id === selectedId ? 'row-selected' : undefined}>
                      <td>
                        <button type="button" className="link-button order-no" onClick={() => open(order.id)}>
                          {order.orderNo}
                        </button>
                      </td>
                      <td>{order.buyerNick}</td>
                      <td>
                        <span className={`chip chip-${order.status}`}>
                          {t(ORDER_STATUS_LABEL_KEYS[order.status])}
                        </span>
                      </td>
                      <td className="cell-money">{formatMoney(order.totalFen)}</td>
                      <td>{formatDateTime(order.orderedAt)}</td>
                      <td>
                        {order.remarkFlag && (
                          <span className="flag-cell" title={order.remark}>
                            <span className={`flag-dot flag-${order.remarkFlag}`} aria-hidden="true" />
                            {t(FLAG_LABEL_KEYS[order.remarkFlag])}
                          </span>
                        )}
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
        <OrderDetailPanel
          key={selectedId}
          orderId={selectedId}
          onClose={() => open(null)}
          onChanged={reload}
        />
      )}
    </div>
  );
}
