/**
 * One buyer: profile form, 记录询单 (and 编辑 on each inquiry), and their orders, inquiries, tasks
 * and the phrases sent to them.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { FLAG_LABEL_KEYS, ORDER_STATUS_LABEL_KEYS } from '../orders/order-labels';
import { hashOf } from '../shell/nav-items';
import { TASK_KIND_LABEL_KEYS, TASK_STATUS_LABEL_KEYS } from '../tasks/task-labels';
import { TaskForm } from '../tasks/TaskForm';
import { bareTaskTitle } from '../tasks/task-text';
import { notifyTasksChanged } from '../tasks/task-events';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime, formatMoney } from '../ui/format';
import { LOSS_REASON_LABEL_KEYS, OUTCOME_LABEL_KEYS } from './customer-labels';
import { InquiryForm } from './InquiryForm';
import { ProfileForm } from './ProfileForm';
import { inquiryEditButtonId, useInquiryEditing } from './use-inquiry-editing';

type Detail = MethodOutput<'customers.get'>;
type State =
  { status: 'loading' } | { status: 'ready'; detail: Detail } | { status: 'failed'; error: ApiError };

const ACTION_LABEL_KEYS: Record<string, string> = {
  paste: 'panel.outcome.pasted',
  copy: 'panel.outcome.copied',
};

export function CustomerDetailView({ customerId, onChanged }: { customerId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState(false);
  const [creatingTask, setCreatingTask] = useState(false);
  const inquiryEditing = useInquiryEditing('customer-inquiries');

  const load = useCallback(
    () =>
      kefu.customers.get({ id: customerId }).then((result) => {
        setState(
          result.ok ? { status: 'ready', detail: result.value } : { status: 'failed', error: result.error },
        );
      }),
    [kefu, customerId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (state.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (state.status === 'failed') return <ErrorBanner error={state.error} />;
  const { customer, orders, inquiries, tasks, phraseUses } = state.detail;

  return (
    <article className="customer-detail" aria-label={t('customers.detail.label')}>
      <header className="customer-detail-head">
        <div>
          <h2>{customer.nick}</h2>
          {customer.lastContactAt !== null && (
            <p className="muted">
              {t('customers.lastContact', { at: formatDateTime(customer.lastContactAt) })}
            </p>
          )}
        </div>
        <div className="page-actions">
          <button type="button" className="button-secondary" onClick={() => setCreatingTask(true)}>
            {t('tasks.form.new')}
          </button>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setLogged(false);
              setLogging(true);
            }}
          >
            {t('inquiries.open')}
          </button>
        </div>
      </header>
      {creatingTask && (
        <TaskForm
          customerId={customer.id}
          onCancel={() => setCreatingTask(false)}
          onCreated={() => {
            setCreatingTask(false);
            void load();
            notifyTasksChanged();
          }}
        />
      )}
      {logging && (
        <section className="detail-section">
          <InquiryForm
            customerId={customer.id}
            idPrefix="customer-inquiry"
            onCancel={() => setLogging(false)}
            onLogged={() => {
              setLogging(false);
              setLogged(true);
              void load();
              onChanged();
              notifyTasksChanged();
            }}
          />
        </section>
      )}
      {logged && (
        <p className="banner banner-success" role="status">
          {t('inquiries.logged')}
        </p>
      )}

      <div className="customer-columns">
        <section className="detail-section" aria-labelledby="customer-profile-title">
          <h3 id="customer-profile-title">{t('customers.detail.profile')}</h3>
          <ProfileForm
            key={customer.id}
            customer={customer}
            onSaved={() => {
              void load();
              onChanged();
            }}
          />
        </section>

        <div className="customer-records">
          <section className="detail-section" aria-labelledby="customer-inquiries-title">
            <h3 id="customer-inquiries-title">{t('customers.detail.inquiries')}</h3>
            {inquiries.length === 0 ? (
              <p className="muted">{t('customers.detail.noInquiries')}</p>
            ) : (
              <ul className="plain-list record-list customer-inquiries">
                {inquiries.map((inquiry) =>
                  inquiryEditing.editingId === inquiry.id ? (
                    <li key={inquiry.id} className="inquiry-editing">
                      <InquiryForm
                        inquiry={inquiry}
                        customerId={customer.id}
                        idPrefix="customer-inquiry-edit"
                        onCancel={inquiryEditing.close}
                        onLogged={() => {
                          inquiryEditing.close();
                          void load();
                          onChanged();
                        }}
                      />
                    </li>
                  ) : (
                    <li key={inquiry.id}>
                      <span className={`chip chip-outcome-${inquiry.outcome}`}>
                        {t(OUTCOME_LABEL_KEYS[inquiry.outcome])}
                      </span>
                      {inquiry.lossReason && (
                        <span className="muted">{t(LOSS_REASON_LABEL_KEYS[inquiry.lossReason])}</span>
                      )}
                      <span>{inquiry.product || '—'}</span>
                      {inquiry.note && <span className="muted">{inquiry.note}</span>}
                      <time className="muted record-time">{formatDateTime(inquiry.inquiredAt)}</time>
                      <button
                        type="button"
                        className="button-small"
                        id={inquiryEditButtonId('customer-inquiries', inquiry.id)}
                        aria-label={t('inquiries.editLabel', {
                          product: inquiry.product || t(OUTCOME_LABEL_KEYS[inquiry.outcome]),
                        })}
                        onClick={() => inquiryEditing.edit(inquiry.id)}
                      >
                        {t('common.edit')}
                      </button>
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>

          <section className="detail-section" aria-labelledby="customer-orders-title">
            <h3 id="customer-orders-title">{t('customers.detail.orders')}</h3>
            {orders.length === 0 ? (
              <p className="muted">{t('customers.detail.noOrders')}</p>
            ) : (
              <ul className="plain-list record-list">
                {orders.map((order) => (
                  <li key={order.id}>
                    <a className="task-link order-no" href={hashOf('orders', [], { id: order.id })}>
                      {order.orderNo}
                    </a>
                    <span className={`chip chip-${order.status}`}>
                      {t(ORDER_STATUS_LABEL_KEYS[order.status])}
                    </span>
                    <span>{formatMoney(order.totalFen)}</span>
                    {order.remarkFlag && (
                      <span className="flag-cell">
                        <span className={`flag-dot flag-${order.remarkFlag}`} aria-hidden="true" />
                        {t(FLAG_LABEL_KEYS[order.remarkFlag])}
                      </span>
                    )}
                    <time className="muted record-time">{formatDateTime(order.orderedAt)}</time>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="detail-section" aria-labelledby="customer-tasks-title">
            <h3 id="customer-tasks-title">{t('customers.detail.tasks')}</h3>
            {tasks.length === 0 ? (
              <p className="muted">{t('customers.detail.noTasks')}</p>
            ) : (
              <ul className="plain-list record-list">
                {tasks.map((task) => (
                  <li key={task.id}>
                    <span className="chip">{t(TASK_STATUS_LABEL_KEYS[task.status])}</span>
                    <span>{bareTaskTitle(t, task.title, t(TASK_KIND_LABEL_KEYS[task.kind]))}</span>
                    <time className="muted record-time">{formatDateTime(task.dueAt)}</time>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="detail-section" aria-labelledby="customer-phrases-title">
            <h3 id="customer-phrases-title">{t('customers.detail.phraseUses')}</h3>
            {phraseUses.length === 0 ? (
              <p className="muted">{t('customers.detail.noPhraseUses')}</p>
            ) : (
              <ul className="plain-list record-list">
                {phraseUses.map((use) => (
                  <li key={use.id}>
                    <span>{use.phraseTitle ?? '—'}</span>
                    <span className="muted record-time">
                      {t('customers.detail.usedAt', {
                        at: formatDateTime(use.usedAt),
                        mode: ACTION_LABEL_KEYS[use.action] ? t(ACTION_LABEL_KEYS[use.action]!) : use.action,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
