/**
 * The headline figures of a day or range: inquiries and 询单转化率, 客单价, orders touched,
 * after-sales, replies (平均响应用时 and the 15 s share of buyer questions answered through the
 * panel, suggested replies picked), activity.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../ui/format';
import { formatShare } from './share-format';
import type { DailySummary } from './use-daily-report';

export function ReportFigures({ summary }: { summary: DailySummary }) {
  const { t } = useTranslation();
  const figures: { key: string; label: string; value: string | number; wide?: boolean }[] = [
    { key: 'inquiries', label: t('reports.metric.inquiries'), value: summary.inquiries.total },
    { key: 'converted', label: t('reports.metric.converted'), value: summary.inquiries.converted },
    {
      key: 'rate',
      label: t('reports.metric.conversionRate'),
      value: formatShare(summary.inquiries.conversionRate),
    },
    {
      key: 'aov',
      label: t('reportsPage.averageOrderValue'),
      value: formatMoney(summary.inquiries.averageOrderValueFen),
    },
    { key: 'remarks', label: t('reports.metric.remarks'), value: summary.orders.remarks },
    {
      key: 'verifications',
      label: t('reports.metric.addressVerifications'),
      value: summary.orders.addressVerifications,
    },
    { key: 'shipNotices', label: t('reports.metric.shipNotices'), value: summary.orders.shipNotices },
    { key: 'returns', label: t('reports.metric.returnsRegistered'), value: summary.returns.registered },
    { key: 'refund', label: t('reportsPage.refund'), value: formatMoney(summary.returns.refundFen) },
    { key: 'badReviews', label: t('reports.metric.badReviewsHandled'), value: summary.badReviewsHandled },
    {
      key: 'complaintsOpened',
      label: t('reports.metric.complaintsOpened'),
      value: summary.complaints.opened,
    },
    { key: 'complaintsDone', label: t('reports.metric.complaintsDone'), value: summary.complaints.done },
    { key: 'phraseUses', label: t('reports.metric.phraseUses'), value: summary.phrases.uses },
    { key: 'timedQuestions', label: t('reports.metric.timedQuestions'), value: summary.responses.timed },
    {
      key: 'averageResponse',
      label: t('reports.metric.averageResponse'),
      value: summary.responses.averageSeconds === null ? '—' : summary.responses.averageSeconds.toFixed(1),
    },
    {
      key: 'within15s',
      label: t('reports.metric.answeredWithin15s'),
      value: formatShare(summary.responses.within15sRate),
    },
    {
      key: 'suggestionsPicked',
      label: t('reports.metric.suggestionsPicked'),
      value: summary.responses.suggestionsPicked,
    },
    {
      key: 'checklist',
      label: t('reports.metric.checklistChecked'),
      value: t('reportsPage.checklistProgress', summary.checklist),
    },
    {
      key: 'first',
      label: t('reports.metric.firstActivity'),
      value: formatDateTime(summary.firstActivityAt),
      wide: true,
    },
    {
      key: 'last',
      label: t('reports.metric.lastActivity'),
      value: formatDateTime(summary.lastActivityAt),
      wide: true,
    },
  ];
  return (
    <dl className="report-figures">
      {figures.map((figure) => (
        <div
          key={figure.key}
          className={figure.wide ? 'report-figure report-figure-wide' : 'report-figure'}
          data-figure={figure.key}
        >
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
