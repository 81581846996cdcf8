/**
 * The open invoice, beside the list: the request as collected (抬头, 税号, kind, amount, where it
 * goes, the 专票 details), its numbers once issued, when each step happened, and the steps the
 * flow allows now (登记, 开票, 发送 / 寄出, 作废), each opening its short form.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceStep } from '../../../common/invoices/invoice-flow';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useApiLoad } from '../api/use-api-load';
import { hashOf } from '../shell/nav-items';
import { LoadStatus } from '../ui/LoadStatus';
import { formatDateTime, formatMoney } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import {
  INVOICE_KIND_LABEL_KEYS,
  INVOICE_SOURCE_LABEL_KEYS,
  TITLE_KIND_LABEL_KEYS,
  statusLabelKey,
  stepLabelKey,
  stepActorText,
} from './invoice-labels';
import { InvoiceStepForm } from './InvoiceStepForm';
import type { Invoice } from './use-invoice-list';

type AgentRef = NonNullable<Invoice['actors']['requestedBy']>;

interface InvoiceDetailPanelProps {
  invoiceId: string;
  onClose: () => void;
  onChanged: () => void;
}

export function InvoiceDetailPanel({ invoiceId, onClose, onChanged }: InvoiceDetailPanelProps) {
  const { t } = useTranslation();
  const load = useCallback((kefu: KefuClient) => kefu.invoices.get({ id: invoiceId }), [invoiceId]);
  const { state, replace } = useApiLoad(load);
  const [step, setStep] = useState<InvoiceStep | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <aside
      className="invoice-detail"
      aria-label={t('invoices.detail.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !isImeComposing(e)) onClose();
      }}
    >
      <LoadStatus state={state} />
      {state.status === 'ready' && (
        <InvoiceDetailBody
          invoice={state.value}
          step={step}
          done={done}
          onStep={(next) => {
            setDone(null);
            setStep(next);
          }}
          onStepped={(invoice, label) => {
            setStep(null);
            replace(invoice);
            setDone(t('invoices.detail.stepDone', { step: label }));
            onChanged();
          }}
          onClose={onClose}
        />
      )}
      {state.status !== 'ready' && (
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      )}
    </aside>
  );
}

interface BodyProps {
  invoice: Invoice;
  step: InvoiceStep | null;
  done: string | null;
  onStep: (step: InvoiceStep | null) => void;
  onStepped: (invoice: Invoice, stepLabel: string) => void;
  onClose: () => void;
}

function InvoiceDetailBody({ invoice, step, done, onStep, onStepped, onClose }: BodyProps) {
  const { t } = useTranslation();
  const company = invoice.titleKind === 'company';
  const special = invoice.kind === 'special';
  const { actors } = invoice;
  const history: { labelKey: string; at: number | null; by: AgentRef | null }[] = [
    { labelKey: 'invoices.detail.requestedAt', at: invoice.requestedAt, by: actors.requestedBy },
    { labelKey: 'invoices.detail.registeredAt', at: invoice.registeredAt, by: actors.registeredBy },
    { labelKey: 'invoices.detail.issuedAt', at: invoice.issuedAt, by: actors.issuedBy },
    {
      labelKey: invoice.kind === 'electronic' ? 'invoices.detail.emailedAt' : 'invoices.detail.postedAt',
      at: invoice.sentAt,
      by: actors.sentBy,
    },
    { labelKey: 'invoices.detail.voidedAt', at: invoice.voidedAt, by: actors.voidedBy },
  ];
  const actorLabel = (by: AgentRef) => stepActorText(t, by);

  return (
    <>
      <div className="order-detail-head">
        <div>
          <h2>{t('invoices.detail.title', { orderNo: invoice.orderNo || '—' })}</h2>
          <p className="muted">
            <span className={`chip chip-invoice-${invoice.status}`}>
              {t(statusLabelKey(invoice.status, invoice.kind))}
            </span>{' '}
            {t(INVOICE_KIND_LABEL_KEYS[invoice.kind])} · {formatMoney(invoice.amountFen)}
          </p>
        </div>
        <button
          type="button"
          className="button-small"
          onClick={onClose}
          aria-label={t('invoices.detail.close')}
        >
          {t('common.close')}
        </button>
      </div>
      {done && (
        <p className="banner banner-success" role="status">
          {done}
        </p>
      )}

      <section className="detail-section" aria-labelledby="invoice-steps-title">
        <h3 id="invoice-steps-title">{t('invoices.detail.steps')}</h3>
        {invoice.nextSteps.length === 0 ? (
          <p className="muted">{t('invoices.detail.noSteps')}</p>
        ) : (
          <div className="page-actions" role="group" aria-label={t('invoices.detail.steps')}>
            {invoice.nextSteps
              // Registered once: the flow keeps 登记 on offer for a 待开 invoice, the host refuses a second.
              .filter((next) => next !== 'register' || invoice.registeredAt === null)
              .map((next) => (
                <button
                  key={next}
                  type="button"
                  className={next === 'void' ? 'button-small button-danger' : 'button-small'}
                  aria-pressed={step === next}
                  onClick={() => onStep(step === next ? null : next)}
                >
                  {t(stepLabelKey(next, invoice.kind))}
                </button>
              ))}
          </div>
        )}
        {step && (
          <InvoiceStepForm
            key={step}
            invoice={invoice}
            step={step}
            onDone={(stepped) => onStepped(stepped, t(stepLabelKey(step, invoice.kind)))}
            onCancel={() => onStep(null)}
          />
        )}
      </section>

      <section className="detail-section" aria-labelledby="invoice-request-title">
        <h3 id="invoice-request-title">{t('invoices.detail.request')}</h3>
        <dl className="detail-grid">
          <dt>{t('invoices.field.titleKind')}</dt>
          <dd>{t(TITLE_KIND_LABEL_KEYS[invoice.titleKind])}</dd>
          <dt>{t('invoices.field.title')}</dt>
          <dd>{invoice.title}</dd>
          {company && (
            <>
              <dt>{t('invoices.field.taxNo')}</dt>
              <dd className="invoice-code">{invoice.taxNo ?? '—'}</dd>
            </>
          )}
          <dt>{t('invoices.field.amountFen')}</dt>
          <dd>{formatMoney(invoice.amountFen)}</dd>
          <dt>{t('invoices.field.buyer')}</dt>
          <dd>{invoice.buyerNick || '—'}</dd>
          {invoice.kind === 'electronic' ? (
            <>
              <dt>{t('invoices.field.email')}</dt>
              <dd>{invoice.email ?? '—'}</dd>
            </>
          ) : (
            <>
              <dt>{t('invoices.field.postAddress')}</dt>
              <dd>{invoice.postAddress ?? '—'}</dd>
            </>
          )}
          {special && (
            <>
              <dt>{t('invoices.field.bankName')}</dt>
              <dd>{invoice.bankName ?? '—'}</dd>
              <dt>{t('invoices.field.bankAccount')}</dt>
              <dd className="invoice-code">{invoice.bankAccount ?? '—'}</dd>
              <dt>{t('invoices.field.companyAddress')}</dt>
              <dd>{invoice.companyAddress ?? '—'}</dd>
              <dt>{t('invoices.field.companyPhone')}</dt>
              <dd>{invoice.companyPhone ?? '—'}</dd>
            </>
          )}
          <dt>{t('invoices.field.source')}</dt>
          <dd>{t(INVOICE_SOURCE_LABEL_KEYS[invoice.source])}</dd>
          {invoice.note && (
            <>
              <dt>{t('invoices.field.note')}</dt>
              <dd>{invoice.note}</dd>
            </>
          )}
        </dl>
        {invoice.orderId && (
          <a className="task-link" href={hashOf('orders', [], { id: invoice.orderId })}>
            {t('invoices.detail.openOrder')}
          </a>
        )}
      </section>

      {(invoice.invoiceNo || invoice.trackingNo || invoice.voidReason) && (
        <section className="detail-section" aria-labelledby="invoice-issued-title">
          <h3 id="invoice-issued-title">{t('invoices.detail.issued')}</h3>
          <dl className="detail-grid">
            {invoice.invoiceNo && (
              <>
                <dt>{t('invoices.field.invoiceNo')}</dt>
                <dd className="invoice-code">{invoice.invoiceNo}</dd>
                <dt>{t('invoices.field.issuedOn')}</dt>
                <dd>{invoice.issuedOn ?? '—'}</dd>
              </>
            )}
            {invoice.trackingNo && (
              <>
                <dt>{t('invoices.field.trackingNo')}</dt>
                <dd className="invoice-code">{invoice.trackingNo}</dd>
              </>
            )}
            {invoice.voidReason && (
              <>
                <dt>{t('invoices.field.reason')}</dt>
                <dd>{invoice.voidReason}</dd>
              </>
            )}
          </dl>
        </section>
      )}

      <section className="detail-section" aria-labelledby="invoice-history-title">
        <h3 id="invoice-history-title">{t('invoices.detail.history')}</h3>
        <dl className="detail-grid">
          {history
            .filter(({ at }) => at !== null)
            .map(({ labelKey, at, by }) => (
              <div key={labelKey} className="detail-grid-row">
                <dt>{t(labelKey)}</dt>
                <dd>
                  {by
                    ? t('invoices.detail.stepAt', { at: formatDateTime(at), who: actorLabel(by) })
                    : formatDateTime(at)}
                </dd>
              </div>
            ))}
        </dl>
      </section>
    </>
  );
}
