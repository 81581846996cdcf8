/**
 * 发票汇总 for finance: a day or a week (Monday to Sunday) of requests — collected, by status and
 * by kind, issued and voided in the period — and every request still 待开 after 2 days, oldest
 * first. The period's invoices export as XLSX or CSV, saved the browser way like the other
 * exports on the desk, with a progress and a done notice.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { downloadFile } from '../phrases/download';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { useSyncedRows } from '../sync/use-sync-status';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime, formatDay, formatMoney, shiftDay, startOfDayMs } from '../ui/format';
import { validationIssues } from '../ui/issue-fields';
import { INVOICE_KIND_LABEL_KEYS, INVOICE_STATUS_LABEL_KEYS } from './invoice-labels';

type Summary = MethodOutput<'invoices.summary'>;
export type SummaryUnit = 'day' | 'week';
type ExportFormat = MethodInput<'invoices.export'>['format'];

type State =
  { status: 'loading' } | { status: 'ready'; summary: Summary } | { status: 'failed'; error: ApiError };

type ExportState =
  | { status: 'idle' }
  | { status: 'exporting'; format: ExportFormat }
  | { status: 'done'; fileName: string }
  | { status: 'failed'; error: ApiError };

const FORMATS: readonly { format: ExportFormat; labelKey: string }[] = [
  { format: 'xlsx', labelKey: 'invoices.summary.exportXlsx' },
  { format: 'csv', labelKey: 'invoices.summary.exportCsv' },
];

const UNITS: readonly { unit: SummaryUnit; labelKey: string }[] = [
  { unit: 'day', labelKey: 'invoices.summary.unitDay' },
  { unit: 'week', labelKey: 'invoices.summary.unitWeek' },
];

export function InvoiceSummaryView({ unit, dayParam }: { unit: SummaryUnit; dayParam: string | null }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [today] = useState(() => formatDay(Date.now()));
  const day = dayParam && startOfDayMs(dayParam) !== null ? dayParam : today;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [exported, setExported] = useState<ExportState>({ status: 'idle' });
  const [version, setVersion] = useState(0);
  useSyncedRows(() => setVersion((n) => n + 1));

  useEffect(() => {
    let live = true;
    void kefu.invoices.summary({ unit, day }).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { status: 'ready', summary: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [kefu, unit, day, version]);

  const goTo = (nextUnit: SummaryUnit, nextDay: string) => {
    setExported({ status: 'idle' });
    navigate(
      hashOf('invoices', ['summary'], {
        ...(nextUnit === 'week' && { unit: 'week' }),
        ...(nextDay !== today && { day: nextDay }),
      }),
    );
  };
  const step = unit === 'week' ? 7 : 1;
  const period = state.status === 'ready' ? state.summary.period : null;

  const exportAs = async (format: ExportFormat) => {
    if (!period) return;
    setExported({ status: 'exporting', format });
    const result = await kefu.invoices.export({ format, from: period.firstDay, to: period.lastDay });
    if (!result.ok) return setExported({ status: 'failed', error: result.error });
    downloadFile(result.value);
    setExported({ status: 'done', fileName: result.value.fileName });
  };

  return (
    <div className="invoice-summary">
      <div className="returns-toolbar">
        <div className="day-picker" role="group" aria-label={t('invoices.summary.period')}>
          <div className="segmented" role="radiogroup" aria-label={t('invoices.summary.unit')}>
            {UNITS.map((option) => (
              <button
                key={option.unit}
                type="button"
                role="radio"
                aria-checked={unit === option.unit}
                className={unit === option.unit ? 'button-small segment-on' : 'button-small'}
                onClick={() => goTo(option.unit, day)}
              >
                {t(option.labelKey)}
              </button>
            ))}
          </div>
          <button type="button" className="button-small" onClick={() => goTo(unit, shiftDay(day, -step))}>
            {unit === 'week' ? t('invoices.summary.previousWeek') : t('invoices.summary.previousDay')}
          </button>
          <input
            type="date"
            aria-label={t('invoices.summary.day')}
            value={day}
            max={today}
            onChange={(e) => {
              if (startOfDayMs(e.target.value) !== null) goTo(unit, e.target.value);
            }}
          />
          <button
            type="button"
            className="button-small"
            disabled={shiftDay(day, step) > today}
            onClick={() => goTo(unit, shiftDay(day, step))}
          >
            {unit === 'week' ? t('invoices.summary.nextWeek') : t('invoices.summary.nextDay')}
          </button>
        </div>
        <div className="page-actions" role="group" aria-label={t('invoices.summary.export')}>
          <span className="muted">{t('invoices.summary.export')}</span>
          {FORMATS.map(({ format, labelKey }) => (
            <button
              key={format}
              type="button"
              className="button-small"
              disabled={!period || exported.status === 'exporting'}
              onClick={() => void exportAs(format)}
            >
              {t(labelKey)}
            </button>
          ))}
        </div>
      </div>
      {exported.status === 'exporting' && (
        <p className="muted" role="status">
          {t('invoices.summary.exporting', { format: exported.format.toUpperCase() })}
        </p>
      )}
      {exported.status === 'done' && (
        <p className="banner banner-success" role="status">
          {t('invoices.summary.exported', { fileName: exported.fileName })}
        </p>
      )}
      {exported.status === 'failed' && (
        <ErrorBanner error={exported.error} issues={validationIssues(exported.error)} />
      )}
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && <SummaryFigures summary={state.summary} />}
    </div>
  );
}

function SummaryFigures({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const { period } = summary;
  const range =
    period.firstDay === period.lastDay
      ? period.firstDay
      : t('invoices.summary.range', { from: period.firstDay, to: period.lastDay });
  const figures = [
    { labelKey: 'invoices.summary.collected', tally: summary.collected },
    { labelKey: 'invoices.summary.issued', tally: summary.issued },
    { labelKey: 'invoices.summary.voided', tally: summary.voided },
    { labelKey: 'invoices.summary.stale', tally: summary.stalePending },
  ];
  return (
    <>
      <h2 className="invoice-summary-title">{t('invoices.summary.heading', { range })}</h2>
      <ul className="invoice-figures" aria-label={t('invoices.summary.figures')}>
        {figures.map(({ labelKey, tally }) => (
          <li
            key={labelKey}
            className={
              labelKey === 'invoices.summary.stale' && tally.count > 0
                ? 'invoice-figure invoice-figure-warning'
                : 'invoice-figure'
            }
          >
            <span className="invoice-figure-label">{t(labelKey)}</span>
            <span className="invoice-figure-count">
              {t('invoices.summary.count', { count: tally.count })}
            </span>
            <span className="invoice-figure-amount">{formatMoney(tally.amountFen)}</span>
          </li>
        ))}
      </ul>
      <div className="invoice-summary-tables">
        <div className="table-wrap">
          <table className="data-table" aria-label={t('invoices.summary.byStatus')}>
            <caption className="return-caption">{t('invoices.summary.byStatus')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoices.column.status')}</th>
                <th scope="col" className="cell-money">
                  {t('invoices.summary.countColumn')}
                </th>
                <th scope="col" className="cell-money">
                  {t('invoices.column.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {INVOICE_STATUSES.map((status) => (
                <tr key={status}>
                  <th scope="row">{t(INVOICE_STATUS_LABEL_KEYS[status])}</th>
                  <td className="cell-money">{summary.byStatus[status].count}</td>
                  <td className="cell-money">{formatMoney(summary.byStatus[status].amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-wrap">
          <table className="data-table" aria-label={t('invoices.summary.byKind')}>
            <caption className="return-caption">{t('invoices.summary.byKind')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoices.column.kind')}</th>
                <th scope="col" className="cell-money">
                  {t('invoices.summary.collectedColumn')}
                </th>
                <th scope="col" className="cell-money">
                  {t('invoices.summary.issuedColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {INVOICE_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(INVOICE_KIND_LABEL_KEYS[kind])}</th>
                  <td className="cell-money">
                    {t('invoices.summary.tally', {
                      count: summary.byKind[kind].count,
                      amount: formatMoney(summary.byKind[kind].amountFen),
                    })}
                  </td>
                  <td className="cell-money">
                    {t('invoices.summary.tally', {
                      count: summary.issued.byKind[kind].count,
                      amount: formatMoney(summary.issued.byKind[kind].amountFen),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <section className="detail-section" aria-labelledby="invoice-stale-title">
        <h3 id="invoice-stale-title">{t('invoices.summary.staleTitle')}</h3>
        {summary.stalePending.invoices.length === 0 ? (
          <p className="muted">{t('invoices.summary.noStale')}</p>
        ) : (
          <ul className="plain-list">
            {summary.stalePending.invoices.map((stale) => (
              <li key={stale.id} className="invoice-stale">
                <a href={hashOf('invoices', [], { status: 'pending', id: stale.id })} className="order-no">
                  {stale.orderNo ?? '—'}
                </a>
                <span>{formatMoney(stale.amountFen)}</span>
                <span className="muted">{formatDateTime(stale.requestedAt)}</span>
                <span className="chip chip-invoice-stale">
                  {t('invoices.summary.waited', { count: stale.ageDays })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
