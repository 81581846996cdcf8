/**
 * 发票, 升级处理 and 每日早会 of a day or range (issue 17): the invoice steps taken and the
 * requests still 待开, the escalations with the median time to a first answer, and each day's
 * briefing — read and when, not read, or none that day.
 */
import { useTranslation } from 'react-i18next';
import { formatTime } from '../ui/format';
import type { DailyLog, DailySummary } from './use-daily-report';

export function DutyFigures({ summary, logs }: { summary: DailySummary; logs: readonly DailyLog[] }) {
  const { t } = useTranslation();
  const { invoices, escalations, briefings } = summary;
  const median = escalations.medianFirstAnswerMinutes;
  const figures: { key: string; label: string; value: string | number }[] = [
    { key: 'invoicesCollected', label: t('reports.metric.invoicesCollected'), value: invoices.collected },
    { key: 'invoicesRegistered', label: t('reports.metric.invoicesRegistered'), value: invoices.registered },
    { key: 'invoicesIssued', label: t('reports.metric.invoicesIssued'), value: invoices.issued },
    { key: 'invoicesSent', label: t('reports.metric.invoicesSent'), value: invoices.sent },
    { key: 'invoicesVoided', label: t('reports.metric.invoicesVoided'), value: invoices.voided },
    { key: 'invoicesPending', label: t('reports.metric.invoicesPending'), value: invoices.pending },
    { key: 'escalationsOpened', label: t('reports.metric.escalationsOpened'), value: escalations.opened },
    {
      key: 'escalationsAnswered',
      label: t('reports.metric.escalationsAnswered'),
      value: escalations.answered,
    },
    { key: 'escalationsClosed', label: t('reports.metric.escalationsClosed'), value: escalations.closed },
    {
      key: 'medianFirstAnswer',
      label: t('reports.metric.medianFirstAnswer'),
      value: median === null ? '—' : median.toFixed(1),
    },
    {
      key: 'briefingsRead',
      label: t('reportsPage.briefingDays'),
      value: t('reportsPage.briefingDaysValue', briefings),
    },
  ];
  return (
    <>
      <dl className="report-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="report-figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <table className="data-table report-table" aria-label={t('reportsPage.briefingTable')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.column.day')}</th>
            <th scope="col">{t('reports.metric.briefingsRead')}</th>
          </tr>
        </thead>
        <tbody>
          {logs.map((log) => (
            <tr key={log.day}>
              <td>{log.day}</td>
              <td>
                {log.briefing === null
                  ? t('reportsPage.noBriefing')
                  : log.briefing.readAt === null
                    ? t('reportsPage.briefingUnread')
                    : t('reportsPage.briefingRead', { time: formatTime(log.briefing.readAt) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
