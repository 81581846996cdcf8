/**
 * The open order, beside the list: items, amounts and times, receiver with 核对收件信息, its
 * invoices with 申请发票, status change (a refused transition shows the host's reason), logistics,
 * review, and 备注 + 小红旗 with its full history (工号, time, reason).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../electron/api/api-result';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { LOGISTICS_STATES, ORDER_STATUSES, REVIEW_STATES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { useApiLoad } from '../api/use-api-load';
import { OrderInvoices } from '../invoices/OrderInvoices';
import { hashOf } from '../shell/nav-items';
import { notifyTasksChanged } from '../tasks/task-events';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { LoadStatus } from '../ui/LoadStatus';
import { formatDateTime, formatMoney } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import {
  LOGISTICS_LABEL_KEYS,
  ORDER_STATUS_LABEL_KEYS,
  REVIEW_LABEL_KEYS,
  type LogisticsState,
} from './order-labels';
import type { OrderDetail } from './order-detail';
import { SourceEscalation } from '../escalations/SourceEscalation';
import { RemarkEditor } from './RemarkEditor';

interface OrderDetailPanelProps {
  orderId: string;
  onClose: () => void;
  onChanged: () => void;
}

export function OrderDetailPanel({ orderId, onClose, onChanged }: OrderDetailPanelProps) {
  const { t } = useTranslation();
  const load = useCallback((kefu: KefuClient) => kefu.orders.get({ id: orderId }), [orderId]);
  const { state, reload } = useApiLoad(load);
  const [failure, setFailure] = useState<ApiError | null>(null);

  /** Every change: show a refusal, or reload the order, the list and the task badge. */
  const change = async (call: Promise<ApiResult<unknown>>): Promise<boolean> => {
    const result = await call;
    if (!result.ok) {
      setFailure(result.error);
      return false;
    }
    setFailure(null);
    reload();
    onChanged();
    notifyTasksChanged();
    return true;
  };

  return (
    <aside
      className="order-detail"
      aria-label={t('orders.detail.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !isImeComposing(e)) onClose();
      }}
    >
      <LoadStatus state={state} />
      {state.status === 'ready' && (
        <OrderDetailBody
          key={state.value.order.updatedAt}
          detail={state.value}
          failure={failure}
          onClose={onClose}
          change={change}
          onSaved={() => void change(Promise.resolve({ ok: true, value: null }))}
        />
      )}
      {state.status !== 'ready' && (
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('orders.detail.close')}
        </button>
      )}
    </aside>
  );
}

interface BodyProps {
  detail: OrderDetail;
  failure: ApiError | null;
  onClose: () => void;
  change: (call: Promise<ApiResult<unknown>>) => Promise<boolean>;
  onSaved: () => void;
}

function OrderDetailBody({ detail, failure, onClose, change, onSaved }: BodyProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const { order, items, remarks, customer } = detail;
  const [courier, setCourier] = useState(order.courier);
  const [trackingNo, setTrackingNo] = useState(order.trackingNo);
  const [logisticsState, setLogisticsState] = useState<LogisticsState | ''>(order.logisticsState ?? '');

  return (
    <>
      <div className="order-detail-head">
        <div>
          <h2>{t('orders.detail.title', { orderNo: order.orderNo })}</h2>
          <p className="muted">
            <span className={`chip chip-${order.status}`}>{t(ORDER_STATUS_LABEL_KEYS[order.status])}</span>{' '}
            {order.buyerNick}
          </p>
        </div>
        <button
          type="button"
          className="button-small"
          onClick={onClose}
          aria-label={t('orders.detail.close')}
        >
          {t('common.close')}
        </button>
      </div>
      {failure && <ErrorBanner error={failure} />}

      <section className="detail-section" aria-labelledby="order-items-title">
        <h3 id="order-items-title">{t('orders.detail.items')}</h3>
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id} className="order-item">
              <span>{item.title}</span>
              {item.sku && <span className="muted"> · {item.sku}</span>}
              <span className="muted"> {t('orders.detail.itemQuantity', { quantity: item.quantity })}</span>
            </li>
          ))}
        </ul>
        <dl className="detail-grid">
          <dt>{t('orders.detail.total')}</dt>
          <dd>{formatMoney(order.totalFen)}</dd>
          <dt>{t('orders.detail.paid')}</dt>
          <dd>{formatMoney(order.paidFen)}</dd>
          <dt>{t('orders.detail.postage')}</dt>
          <dd>{formatMoney(order.postageFen)}</dd>
          <dt>{t('orders.detail.orderedAt')}</dt>
          <dd>{formatDateTime(order.orderedAt)}</dd>
          <dt>{t('orders.detail.paidAt')}</dt>
          <dd>{formatDateTime(order.paidAt)}</dd>
          <dt>{t('orders.detail.shippedAt')}</dt>
          <dd>{formatDateTime(order.shippedAt)}</dd>
          <dt>{t('orders.detail.signedAt')}</dt>
          <dd>{formatDateTime(order.signedAt)}</dd>
          {order.buyerMessage && (
            <>
              <dt>{t('orders.detail.buyerMessage')}</dt>
              <dd>{order.buyerMessage}</dd>
            </>
          )}
        </dl>
      </section>

      <section className="detail-section" aria-labelledby="order-receiver-title">
        <h3 id="order-receiver-title">{t('orders.detail.receiver')}</h3>
        <dl className="detail-grid">
          <dt>{t('orders.detail.receiverName')}</dt>
          <dd>{order.receiverName || '—'}</dd>
          <dt>{t('orders.detail.receiverPhone')}</dt>
          <dd>{order.receiverPhone || '—'}</dd>
          <dt>{t('orders.detail.receiverAddress')}</dt>
          <dd>{order.receiverAddress || '—'}</dd>
        </dl>
        {order.addressVerifiedAt !== null ? (
          <p className="note-success verified-note">
            {t('orders.detail.verified', {
              by: order.addressVerifiedBy ?? '',
              at: formatDateTime(order.addressVerifiedAt),
            })}
          </p>
        ) : (
          <div className="inline-form">
            <span className="muted">{t('orders.detail.notVerified')}</span>
            <button
              type="button"
              className="button-small"
              onClick={() => void change(kefu.orders.verifyAddress({ id: order.id }))}
            >
              {t('orders.detail.verify')}
            </button>
          </div>
        )}
        {customer && (
          <a className="task-link" href={hashOf('customers', [], { id: customer.id })}>
            {t('orders.detail.openCustomer')}
          </a>
        )}
      </section>

      <OrderInvoices orderNo={order.orderNo} />

      <RemarkEditor key={order.updatedAt} order={order} remarks={remarks} onSaved={onSaved} />

      <section className="detail-section" aria-labelledby="order-escalation-title">
        <h3 id="order-escalation-title">{t('escalations.title')}</h3>
        <SourceEscalation sourceKind="order" sourceId={order.id} />
      </section>

      <section className="detail-section" aria-labelledby="order-status-title">
        <h3 id="order-status-title">{t('orders.detail.statusTitle')}</h3>
        <ChoiceApply
          label={t('orders.detail.changeStatus')}
          applyLabel={t('orders.detail.applyStatus')}
          choices={ORDER_STATUSES}
          labelKeys={ORDER_STATUS_LABEL_KEYS}
          current={order.status}
          onApply={(status) => void change(kefu.orders.setStatus({ id: order.id, status }))}
        />
      </section>

      <section className="detail-section" aria-labelledby="order-logistics-title">
        <h3 id="order-logistics-title">{t('orders.detail.logisticsTitle')}</h3>
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void change(
              kefu.orders.setLogistics({
                id: order.id,
                courier,
                trackingNo,
                logisticsState: logisticsState === '' ? null : logisticsState,
              }),
            );
          }}
        >
          <label className="field">
            <span className="field-label">{t('orders.detail.courier')}</span>
            <input
              type="text"
              autoComplete="off"
              value={courier}
              onChange={(e) => setCourier(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('orders.detail.trackingNo')}</span>
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={trackingNo}
              onChange={(e) => setTrackingNo(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('orders.detail.logisticsState')}</span>
            <select
              value={logisticsState}
              onChange={(e) => setLogisticsState(e.target.value as LogisticsState | '')}
            >
              <option value="">{t('orders.detail.logisticsUnknown')}</option>
              {LOGISTICS_STATES.map((value) => (
                <option key={value} value={value}>
                  {t(LOGISTICS_LABEL_KEYS[value])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button-small">
            {t('orders.detail.saveLogistics')}
          </button>
        </form>
        {order.logisticsCheckedAt !== null && (
          <p className="muted">
            {t('orders.detail.logisticsCheckedAt', { at: formatDateTime(order.logisticsCheckedAt) })}
          </p>
        )}
      </section>

      <section className="detail-section" aria-labelledby="order-review-title">
        <h3 id="order-review-title">{t('orders.detail.reviewTitle')}</h3>
        <ChoiceApply
          label={t('orders.detail.reviewState')}
          applyLabel={t('orders.detail.saveReview')}
          choices={REVIEW_STATES}
          labelKeys={REVIEW_LABEL_KEYS}
          current={order.reviewState}
          onApply={(reviewState) => void change(kefu.orders.setReview({ id: order.id, reviewState }))}
        />
      </section>
    </>
  );
}

interface ChoiceApplyProps<V extends string> {
  label: string;
  applyLabel: string;
  choices: readonly V[];
  labelKeys: Readonly<Record<NoInfer<V>, string>>;
  current: NoInfer<V>;
  onApply: (value: V) => void;
}

/** A choice (status, review) with its apply button, enabled once the choice differs from the order's. */
function ChoiceApply<V extends string>({
  label,
  applyLabel,
  choices,
  labelKeys,
  current,
  onApply,
}: ChoiceApplyProps<V>) {
  const [value, setValue] = useState<V>(current);
  return (
    <div className="inline-form">
      <label className="field">
        <span className="field-label">{label}</span>
        <ChoiceSelect choices={choices} labelKeys={labelKeys} value={value} onChange={setValue} />
      </label>
      <button
        type="button"
        className="button-small"
        disabled={value === current}
        onClick={() => onApply(value)}
      >
        {applyLabel}
      </button>
    </div>
  );
}
