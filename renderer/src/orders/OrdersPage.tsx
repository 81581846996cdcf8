/**
 * 订单: the order list (filters, sorting, paging, import) with the detail drawer (`#/orders?id=…`),
 * and the 退换货登记 tab (`#/orders/returns?day=…`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReturnsView } from '../returns/ReturnsView';
import { hashOf } from '../shell/nav-items';
import { useHashLocation } from '../shell/use-main-page';
import { OrderListView } from './OrderListView';
import { filtersOfHashParams, linkFilterParams } from './order-filters';
import '../ui/desk.css';
import './orders.css';

export function OrdersPage() {
  const { t } = useTranslation();
  const location = useHashLocation();
  const tab = location.path[0] === 'returns' ? 'returns' : 'orders';
  const linkParams = useMemo(() => linkFilterParams(location.params), [location.params]);
  return (
    <div className="page page-wide orders-page">
      <header className="page-header">
        <h1>{t('orders.title')}</h1>
        <p>{t('orders.subtitle')}</p>
      </header>
      <nav className="tabs" aria-label={t('orders.title')}>
        <a href={hashOf('orders')} className="tab-link" aria-current={tab === 'orders' ? 'page' : undefined}>
          {t('orders.tabs.orders')}
        </a>
        <a
          href={hashOf('orders', ['returns'])}
          className="tab-link"
          aria-current={tab === 'returns' ? 'page' : undefined}
        >
          {t('orders.tabs.returns')}
        </a>
      </nav>
      {tab === 'orders' ? (
        <OrderListView
          // A new link (another 今日 count) opens a fresh list on its filters.
          key={new URLSearchParams(linkParams).toString()}
          selectedId={location.params.get('id')}
          initialFilters={filtersOfHashParams(location.params)}
          linkParams={linkParams}
        />
      ) : (
        <ReturnsView day={location.params.get('day')} />
      )}
    </div>
  );
}
