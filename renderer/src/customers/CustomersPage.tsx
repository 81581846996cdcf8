/**
 * 客户: search by nick, any part of a phone or an order number; the chosen buyer's page
 * (`#/customers?id=…`) beside the results: profile, orders, inquiries, tasks, phrases used.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from '../panel/latest-request';
import { hashOf } from '../shell/nav-items';
import { navigate, useHashLocation } from '../shell/use-main-page';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import { CustomerDetailView } from './CustomerDetailView';
import { InquiryDayView } from './InquiryDayView';
import { PLATFORM_LABEL_KEYS, CUSTOMER_TYPE_LABEL_KEYS } from './customer-labels';
import { ProfileForm } from './ProfileForm';
import '../ui/desk.css';
import '../orders/orders.css';
import '../returns/returns.css';
import './customers.css';

type Hits = MethodOutput<'customers.search'>;

export function CustomersPage() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const location = useHashLocation();
  const selectedId = location.params.get('id');
  const tab = location.path[0] === 'inquiries' ? 'inquiries' : 'customers';
  const [query, setQuery] = useState(() => location.params.get('q') ?? '');
  const [hits, setHits] = useState<Hits>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [latest] = useState(createLatestRequest);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const isLatest = latest.begin();
    void kefu.customers.search({ query: query.trim().slice(0, 64), limit: 50 }).then((result) => {
      if (!isLatest()) return;
      if (result.ok) {
        setHits(result.value);
        setFailure(null);
      } else setFailure(result.error);
    });
  }, [kefu, latest, query, version]);

  const open = (id: string) => {
    setCreating(false);
    navigate(hashOf('customers', [], { id }));
  };

  return (
    <div className="page page-wide customers-page">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('customers.title')}</h1>
          <p>{t('customers.subtitle')}</p>
        </div>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            setCreating(true);
            navigate(hashOf('customers'));
          }}
        >
          {t('customers.new')}
        </button>
      </header>
      <nav className="tabs" aria-label={t('customers.title')}>
        <a
          href={hashOf('customers')}
          className="tab-link"
          aria-current={tab === 'customers' ? 'page' : undefined}
        >
          {t('customers.tabs.customers')}
        </a>
        <a
          href={hashOf('customers', ['inquiries'])}
          className="tab-link"
          aria-current={tab === 'inquiries' ? 'page' : undefined}
        >
          {t('customers.tabs.inquiries')}
        </a>
      </nav>
      {tab === 'inquiries' ? (
        <InquiryDayView day={location.params.get('day')} />
      ) : (
        <div className="customers-layout">
          <section className="customer-search" aria-label={t('customers.resultsLabel')}>
            <input
              type="search"
              className="filter-box"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              aria-label={t('customers.search')}
              placeholder={t('customers.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (isImeComposing(e)) return;
                if (e.key === 'Escape') setQuery('');
                if (e.key === 'Enter' && hits[0]) open(hits[0].customer.id);
              }}
            />
            {failure && <ErrorBanner error={failure} />}
            {hits.length === 0 ? (
              <p className="muted empty-note">
                {query.trim() ? t('customers.noResults') : t('customers.startHint')}
              </p>
            ) : (
              <ul className="customer-hits">
                {hits.map(({ customer, orderCount, lastOrderAt }) => (
                  <li key={customer.id}>
                    <button
                      type="button"
                      className={
                        customer.id === selectedId ? 'customer-hit customer-hit-selected' : 'customer-hit'
                      }
                      aria-current={customer.id === selectedId ? 'true' : undefined}
                      onClick={() => open(customer.id)}
                    >
                      <span className="customer-hit-nick">{customer.nick}</span>
                      <span className="muted">
                        {t(PLATFORM_LABEL_KEYS[customer.platform])}
                        {customer.customerType && (
                          <> · {t(CUSTOMER_TYPE_LABEL_KEYS[customer.customerType])}</>
                        )}
                      </span>
                      <span className="customer-hit-meta muted">
                        {customer.name && <span>{customer.name}</span>}
                        {customer.phones[0] && <span>{customer.phones[0]}</span>}
                        <span>{t('customers.orderCount', { count: orderCount })}</span>
                        {lastOrderAt !== null && <span>{formatDateTime(lastOrderAt)}</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="customer-pane">
            {creating && !selectedId && (
              <section className="detail-section" aria-label={t('customers.new')}>
                <h2>{t('customers.new')}</h2>
                <ProfileForm
                  customer={null}
                  onSaved={(saved) => {
                    setVersion((n) => n + 1);
                    open(saved.id);
                  }}
                />
              </section>
            )}
            {selectedId && (
              <CustomerDetailView
                key={selectedId}
                customerId={selectedId}
                onChanged={() => setVersion((n) => n + 1)}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
