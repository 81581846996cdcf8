/**
 * 发票: 发票登记 — every request with its steps (`#/invoices?status=…&id=…`) — and 发票汇总, the
 * day's or week's figures for finance with the export (`#/invoices/summary?unit=week&day=…`).
 */
import { useTranslation } from 'react-i18next';
import { hashOf } from '../shell/nav-items';
import { useHashLocation } from '../shell/use-main-page';
import { invoiceFiltersOfParams } from './invoice-filters';
import { InvoiceListView } from './InvoiceListView';
import { InvoiceSummaryView } from './InvoiceSummaryView';
import '../ui/desk.css';
import '../orders/orders.css';
import '../returns/returns.css';
import './invoices.css';

export function InvoicesPage() {
  const { t } = useTranslation();
  const location = useHashLocation();
  const tab = location.path[0] === 'summary' ? 'summary' : 'register';
  return (
    <div className="page page-wide invoices-page">
      <header className="page-header">
        <h1>{t('invoices.title')}</h1>
        <p>{t('invoices.subtitle')}</p>
      </header>
      <nav className="tabs" aria-label={t('invoices.title')}>
        <a
          href={hashOf('invoices')}
          className="tab-link"
          aria-current={tab === 'register' ? 'page' : undefined}
        >
          {t('invoices.tabs.register')}
        </a>
        <a
          href={hashOf('invoices', ['summary'])}
          className="tab-link"
          aria-current={tab === 'summary' ? 'page' : undefined}
        >
          {t('invoices.tabs.summary')}
        </a>
      </nav>
      {tab === 'register' ? (
        <InvoiceListView
          // The filters a link opened the tab with (the summary's 待开 list) are read once.
          selectedId={location.params.get('id')}
          initialFilters={invoiceFiltersOfParams(location.params)}
        />
      ) : (
        <InvoiceSummaryView
          unit={location.params.get('unit') === 'week' ? 'week' : 'day'}
          dayParam={location.params.get('day')}
        />
      )}
    </div>
  );
}
