/**
 * 发票 on the order page: the order's invoices with their status, and 申请发票, which opens the
 * same request form as the reply panel's Ctrl+Shift+I.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { hashOf } from '../shell/nav-items';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatMoney } from '../ui/format';
import { INVOICE_KIND_LABEL_KEYS, INVOICE_WARNING_LABEL_KEYS, statusLabelKey } from './invoice-labels';
import { InvoiceRequestForm, type InvoiceCollectResult } from './InvoiceRequestForm';

type InvoiceOrder = MethodOutput<'invoices.forOrder'>;

type State =
  { status: 'loading' } | { status: 'ready'; order: InvoiceOrder } | { status: 'failed'; error: ApiError };

export function OrderInvoices({ orderNo }: { orderNo: string }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [requesting, setRequesting] = useState(false);
  const [collected, setCollected] = useState<InvoiceCollectResult | null>(null);

  const load = useCallback(
    () =>
      kefu.invoices.forOrder({ orderNo }).then((result) => {
        setState(
          result.ok ? { status: 'ready', order: result.value } : { status: 'failed', error: result.error },
        );
      }),
    [kefu, orderNo],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const invoices = state.status === 'ready' ? state.order.invoices : [];
  return (
    <section className="detail-section order-invoices" aria-labelledby="order-invoices-title">
      <h3 id="order-invoices-title">{t('invoices.order.title')}</h3>
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && invoices.length === 0 && (
        <p className="muted">{t('invoices.order.none')}</p>
      )}
      {invoices.length > 0 && (
        <ul className="plain-list">
          {invoices.map((invoice) => (
            <li key={invoice.id} className="order-invoice-row">
              <span className={`chip chip-invoice-${invoice.status}`}>
                {t(statusLabelKey(invoice.status, invoice.kind))}
              </span>
              <span>{invoice.title}</span>
              <span className="muted">
                {t(INVOICE_KIND_LABEL_KEYS[invoice.kind])} · {formatMoney(invoice.amountFen)}
              </span>
              <a href={hashOf('invoices', [], { id: invoice.id })}>{t('invoices.order.openRegister')}</a>
            </li>
          ))}
        </ul>
      )}
      {collected && (
        <p
          className={collected.warnings.length > 0 ? 'banner banner-warning' : 'banner banner-success'}
          role="status"
        >
          {t('invoices.form.collected')}
          {collected.warnings.map((warning) => (
            <span key={warning}> {t(INVOICE_WARNING_LABEL_KEYS[warning])}</span>
          ))}
        </p>
      )}
      {requesting ? (
        <InvoiceRequestForm
          idPrefix="order-invoice"
          orderNo={orderNo}
          source="order_page"
          onCancel={() => setRequesting(false)}
          onCollected={(result) => {
            setRequesting(false);
            setCollected(result);
            void load();
          }}
        />
      ) : (
        <div>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setCollected(null);
              setRequesting(true);
            }}
          >
            {t('invoices.form.request')}
          </button>
        </div>
      )}
    </section>
  );
}
