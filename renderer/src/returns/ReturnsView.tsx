/**
 * 退换货登记: one day's register as the paper form has it (登记时间 订单号 买家 类型 原因 退回单号
 * 状态 退款金额 运费险 登记人), a register form, status moves the host allows, CSV / Excel export.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { SourceEscalation } from '../escalations/SourceEscalation';
import { downloadFile } from '../phrases/download';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { notifyTasksChanged } from '../tasks/task-events';
import { DayPicker, useShownDay } from '../ui/DayPicker';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatMoney, formatTime } from '../ui/format';
import { RETURN_KIND_LABEL_KEYS, RETURN_STATUS_LABEL_KEYS, type ReturnStatus } from './return-labels';
import { ReturnForm } from './ReturnForm';
import './returns.css';

export type ReturnDay = MethodOutput<'returns.list'>;
export type ReturnCase = ReturnDay['cases'][number];

type State =
  { status: 'loading' } | { status: 'ready'; list: ReturnDay } | { status: 'failed'; error: ApiError };

export function ReturnsView({ day: dayParam }: { day: string | null }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const { day, today } = useShownDay(dayParam);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [registering, setRegistering] = useState(false);

  const load = useCallback(
    () =>
      kefu.returns.list({ day }).then((result) => {
        setState(
          result.ok ? { status: 'ready', list: result.value } : { status: 'failed', error: result.error },
        );
      }),
    [kefu, day],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const goTo = (next: string) => navigate(hashOf('orders', ['returns'], next === today ? {} : { day: next }));

  const move = async (entry: ReturnCase, status: ReturnStatus) => {
    const result = await kefu.returns.setStatus({ id: entry.id, status });
    setFailure(result.ok ? null : result.error);
    await load();
    notifyTasksChanged();
  };

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await kefu.returns.export({ day, format });
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    downloadFile(result.value);
  };

  const cases = state.status === 'ready' ? state.list.cases : [];
  const refundTotal = cases.reduce((sum, entry) => sum + entry.refundFen, 0);

  return (
    <div className="returns-view">
      <div className="returns-toolbar">
        <DayPicker day={day} today={today} onChange={goTo} />
        <div className="page-actions">
          <span className="muted">{t('returns.export')}</span>
          <button type="button" className="button-small" onClick={() => void exportAs('csv')}>
            {t('returns.exportCsv')}
          </button>
          <button type="button" className="button-small" onClick={() => void exportAs('xlsx')}>
            {t('returns.exportXlsx')}
          </button>
          <button type="button" className="button-primary" onClick={() => setRegistering(true)}>
            {t('returns.form.new')}
          </button>
        </div>
      </div>
      {registering && (
        <ReturnForm
          onCancel={() => setRegistering(false)}
          onRegistered={() => {
            setRegistering(false);
            goTo(today);
            void load();
            notifyTasksChanged();
          }}
        />
      )}
      {failure && <ErrorBanner error={failure} />}
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && (
        <>
          <div className="table-wrap">
            <table className="data-table return-table" aria-label={t('returns.tableLabel', { day })}>
              <caption className="return-caption">{t('returns.tableLabel', { day })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('returns.column.registeredAt')}</th>
                  <th scope="col">{t('returns.column.orderNo')}</th>
                  <th scope="col">{t('returns.column.buyer')}</th>
                  <th scope="col">{t('returns.column.kind')}</th>
                  <th scope="col">{t('returns.column.reason')}</th>
                  <th scope="col">{t('returns.column.returnTrackingNo')}</th>
                  <th scope="col">{t('returns.column.status')}</th>
                  <th scope="col" className="cell-money">
                    {t('returns.column.refund')}
                  </th>
                  <th scope="col">{t('returns.column.freightInsurance')}</th>
                  <th scope="col">{t('returns.column.registeredBy')}</th>
                  <th scope="col">{t('escalations.title')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.length === 0 && (
                  <tr>
                    <td colSpan={11} className="muted empty-row">
                      {t('returns.empty')}
                    </td>
                  </tr>
                )}
                {cases.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatTime(entry.registeredAt)}</td>
                    <td>{entry.orderNo ?? '—'}</td>
                    <td>{entry.buyerNick ?? '—'}</td>
                    <td>{t(RETURN_KIND_LABEL_KEYS[entry.kind])}</td>
                    <td className="cell-wrap">{entry.reason}</td>
                    <td>{entry.returnTrackingNo || '—'}</td>
                    <td>
                      <select
                        className="status-select"
                        aria-label={t('returns.changeStatus', { orderNo: entry.orderNo ?? '' })}
                        value={entry.status}
                        disabled={entry.nextStatuses.length === 0}
                        onChange={(e) => void move(entry, e.target.value as ReturnStatus)}
                      >
                        <option value={entry.status}>{t(RETURN_STATUS_LABEL_KEYS[entry.status])}</option>
                        {entry.nextStatuses.map((status) => (
                          <option key={status} value={status}>
                            {t(RETURN_STATUS_LABEL_KEYS[status])}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="cell-money">{formatMoney(entry.refundFen)}</td>
                    <td>{entry.freightInsurance ? t('common.yes') : t('common.no')}</td>
                    <td>{entry.registeredBy}</td>
                    <td>
                      <SourceEscalation sourceKind="return" sourceId={entry.id} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            {t('returns.summary', { count: cases.length, total: formatMoney(refundTotal) })}
          </p>
        </>
      )}
    </div>
  );
}
