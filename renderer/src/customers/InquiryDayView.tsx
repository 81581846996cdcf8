/**
 * 询单记录: one day's inquiries on the shop's clock, with the figures the daily log takes from them
 * (询单数, 成交, 未成交, 询单转化率, 流失原因); each row is edited in place (编辑).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { LOSS_REASONS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { DayPicker, useShownDay } from '../ui/DayPicker';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatTime } from '../ui/format';
import { LOSS_REASON_LABEL_KEYS, OUTCOME_LABEL_KEYS } from './customer-labels';
import { InquiryForm } from './InquiryForm';
import { inquiryEditButtonId, useInquiryEditing } from './use-inquiry-editing';

type InquiryDay = MethodOutput<'inquiries.list'>;
type State =
  { status: 'loading' } | { status: 'ready'; list: InquiryDay } | { status: 'failed'; error: ApiError };

export function InquiryDayView({ day: dayParam }: { day: string | null }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const { day, today } = useShownDay(dayParam);
  const [state, setState] = useState<State>({ status: 'loading' });
  const editing = useInquiryEditing('day-inquiries');

  const load = useCallback(
    () =>
      kefu.inquiries.list({ day }).then((result) => {
        setState(
          result.ok ? { status: 'ready', list: result.value } : { status: 'failed', error: result.error },
        );
      }),
    [kefu, day],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const goTo = (next: string) =>
    navigate(hashOf('customers', ['inquiries'], next === today ? {} : { day: next }));

  return (
    <div className="returns-view inquiry-day">
      <DayPicker day={day} today={today} onChange={goTo} />
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && (
        <>
          <ul className="import-counts inquiry-counts">
            <li>{t('inquiries.day.total', { n: state.list.counts.total })}</li>
            <li className="count-add">{t('inquiries.day.converted', { n: state.list.counts.converted })}</li>
            <li className="count-invalid">{t('inquiries.day.lost', { n: state.list.counts.lost })}</li>
            <li className="count-duplicate">
              {t('inquiries.day.pending', { n: state.list.counts.pending })}
            </li>
            <li>
              {t('inquiries.day.conversionRate', {
                rate: (state.list.counts.conversionRate * 100).toFixed(1),
              })}
            </li>
          </ul>
          {state.list.counts.lost > 0 && (
            <p className="muted">
              {t('inquiries.lossReason')}:{' '}
              {LOSS_REASONS.filter((reason) => (state.list.counts.lossReasons[reason] ?? 0) > 0)
                .map(
                  (reason) => `${t(LOSS_REASON_LABEL_KEYS[reason])} ${state.list.counts.lossReasons[reason]}`,
                )
                .join(' · ')}
            </p>
          )}
          <div className="table-wrap">
            <table className="data-table" aria-label={t('inquiries.day.tableLabel', { day })}>
              <thead>
                <tr>
                  <th scope="col">{t('inquiries.day.time')}</th>
                  <th scope="col">{t('orders.column.buyer')}</th>
                  <th scope="col">{t('inquiries.product')}</th>
                  <th scope="col">{t('inquiries.outcome')}</th>
                  <th scope="col">{t('inquiries.lossReason')}</th>
                  <th scope="col">{t('orders.column.orderNo')}</th>
                  <th scope="col">{t('inquiries.note')}</th>
                  <th scope="col">{t('inquiries.day.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {state.list.inquiries.length === 0 && (
                  <tr>
                    <td colSpan={8} className="muted empty-row">
                      {t('inquiries.day.empty')}
                    </td>
                  </tr>
                )}
                {state.list.inquiries.map((inquiry) =>
                  editing.editingId === inquiry.id ? (
                    <tr key={inquiry.id} className="inquiry-editing">
                      <td colSpan={8}>
                        <InquiryForm
                          inquiry={inquiry}
                          idPrefix="day-inquiry-edit"
                          onCancel={editing.close}
                          onLogged={() => {
                            editing.close();
                            void load();
                          }}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={inquiry.id}>
                      <td>{formatTime(inquiry.inquiredAt)}</td>
                      <td>
                        {inquiry.customerId ? (
                          <a className="task-link" href={hashOf('customers', [], { id: inquiry.customerId })}>
                            {inquiry.customerNick ?? '—'}
                          </a>
                        ) : (
                          (inquiry.customerNick ?? '—')
                        )}
                      </td>
                      <td className="cell-wrap">{inquiry.product || '—'}</td>
                      <td>
                        <span className={`chip chip-outcome-${inquiry.outcome}`}>
                          {t(OUTCOME_LABEL_KEYS[inquiry.outcome])}
                        </span>
                      </td>
                      <td>{inquiry.lossReason ? t(LOSS_REASON_LABEL_KEYS[inquiry.lossReason]) : '—'}</td>
                      <td>{inquiry.orderNo ?? '—'}</td>
                      <td className="cell-wrap">{inquiry.note}</td>
                      <td>
                        <button
                          type="button"
                          className="button-small"
                          id={inquiryEditButtonId('day-inquiries', inquiry.id)}
                          aria-label={t('inquiries.editLabel', {
                            product: inquiry.product || t(OUTCOME_LABEL_KEYS[inquiry.outcome]),
                          })}
                          onClick={() => editing.edit(inquiry.id)}
                        >
                          {t('common.edit')}
                        </button>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
