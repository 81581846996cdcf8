/**
 * A 日报 range's sums: the headline figures (发票, 升级 and 早会 too) as tiles, then loss reasons, tasks by kind and phrase
 * uses (by group and the most used) as tables. Rates are the desk's, from the sums.
 */
import { useTranslation } from 'react-i18next';
import type { DailySummary } from '../../../../../common/reports/daily-log-schema';
import { formatCount, formatMoney, formatPercent, formatSeconds, NO_VALUE } from '../format/format';
import { LOSS_REASON_KEYS, TASK_KIND_KEYS } from '../ui/labels';
import { SortableTable } from '../ui/SortableTable';

export function DailySummaryView({ summary }: { summary: DailySummary }) {
  const { t } = useTranslation();
  const { inquiries, orders, tasks, returns, responses, invoices, escalations, briefings } = summary;
  const tiles = [
    {
      label: t('console.daily.tile.checklist'),
      value: t('console.team.checklistValue', {
        checked: summary.checklist.checked,
        total: summary.checklist.total,
      }),
    },
    {
      label: t('console.daily.tile.inquiries'),
      value: t('console.daily.tile.inquiriesValue', {
        total: inquiries.total,
        converted: inquiries.converted,
        lost: inquiries.lost,
        pending: inquiries.pending,
      }),
    },
    { label: t('console.daily.tile.conversionRate'), value: formatPercent(inquiries.conversionRate) },
    { label: t('console.daily.tile.averageOrderValue'), value: formatMoney(inquiries.averageOrderValueFen) },
    {
      label: t('console.daily.tile.orders'),
      value: t('console.daily.tile.ordersValue', {
        remarks: orders.remarks,
        verified: orders.addressVerifications,
        notices: orders.shipNotices,
      }),
    },
    {
      label: t('console.daily.tile.tasks'),
      value: t('console.daily.tile.tasksValue', { done: tasks.total.done, overdue: tasks.total.overdue }),
    },
    {
      label: t('console.daily.tile.returns'),
      value: t('console.daily.tile.returnsValue', {
        registered: returns.registered,
        refund: formatMoney(returns.refundFen),
      }),
    },
    {
      label: t('console.daily.tile.service'),
      value: t('console.daily.tile.serviceValue', {
        badReviews: summary.badReviewsHandled,
        complaints: summary.complaints.done,
      }),
    },
    {
      label: t('console.daily.tile.response'),
      value: t('console.daily.tile.responseValue', {
        seconds: formatSeconds(responses.averageSeconds),
        share: formatPercent(responses.within15sRate),
      }),
    },
    { label: t('console.daily.tile.phraseUses'), value: formatCount(summary.phrases.uses) },
    { label: t('console.daily.tile.invoices'), value: t('console.daily.tile.invoicesValue', invoices) },
    {
      label: t('console.daily.tile.escalations'),
      value: t('console.daily.tile.escalationsValue', escalations),
    },
    {
      label: t('console.daily.tile.firstAnswer'),
      value:
        escalations.medianFirstAnswerMinutes === null
          ? NO_VALUE
          : t('console.daily.tile.firstAnswerValue', {
              minutes: escalations.medianFirstAnswerMinutes.toFixed(1),
            }),
    },
    {
      label: t('console.daily.tile.briefings'),
      value:
        briefings.days === 0
          ? NO_VALUE
          : t('console.daily.tile.briefingsValue', { read: briefings.read, count: briefings.days }),
    },
  ];
  const lossRows = Object.entries(inquiries.lossReasons).map(([reason, count]) => ({ reason, count }));
  const taskRows = Object.entries(tasks.byKind)
    .map(([kind, tally]) => ({ kind, ...tally }))
    .filter((row) => row.created + row.done + row.overdue > 0);

  return (
    <>
      <ul className="summary-tiles" aria-label={t('console.daily.summaryLabel')}>
        {tiles.map((tile) => (
          <li key={tile.label}>
            <span className="tile-label">{tile.label}</span>
            <span className="tile-value">{tile.value}</span>
          </li>
        ))}
      </ul>
      <div className="grid-2">
        <SortableTable
          caption={t('console.daily.lossReasons')}
          columns={[
            {
              id: 'reason',
              header: t('console.column.lossReason'),
              value: (row) => t(LOSS_REASON_KEYS[row.reason as keyof typeof LOSS_REASON_KEYS]),
            },
            { id: 'count', header: t('console.column.count'), value: (row) => row.count, numeric: true },
          ]}
          rows={lossRows}
          rowKey={(row) => row.reason}
        />
        <SortableTable
          caption={t('console.daily.tasks')}
          columns={[
            {
              id: 'kind',
              header: t('console.column.taskKind'),
              value: (row) => t(TASK_KIND_KEYS[row.kind as keyof typeof TASK_KIND_KEYS]),
            },
            {
              id: 'created',
              header: t('console.column.created'),
              value: (row) => row.created,
              numeric: true,
            },
            { id: 'done', header: t('console.column.done'), value: (row) => row.done, numeric: true },
            {
              id: 'overdue',
              header: t('console.column.overdue'),
              value: (row) => row.overdue,
              numeric: true,
              cellClass: (row) => (row.overdue > 0 ? 'behind' : undefined),
            },
          ]}
          rows={taskRows}
          rowKey={(row) => row.kind}
          empty={t('console.daily.noTasks')}
        />
        <SortableTable
          caption={t('console.daily.phraseGroups')}
          columns={[
            { id: 'group', header: t('console.column.group'), value: (row) => row.groupName },
            { id: 'uses', header: t('console.column.uses'), value: (row) => row.uses, numeric: true },
          ]}
          rows={summary.phrases.byGroup}
          rowKey={(row) => row.groupId ?? row.groupName}
          empty={t('console.daily.noPhraseUses')}
        />
        <SortableTable
          caption={t('console.daily.topPhrases')}
          columns={[
            { id: 'title', header: t('console.column.phrase'), value: (row) => row.title },
            { id: 'group', header: t('console.column.group'), value: (row) => row.groupName },
            { id: 'uses', header: t('console.column.uses'), value: (row) => row.uses, numeric: true },
          ]}
          rows={summary.phrases.top}
          rowKey={(row) => row.phraseId}
          empty={t('console.daily.noPhraseUses')}
        />
      </div>
    </>
  );
}
