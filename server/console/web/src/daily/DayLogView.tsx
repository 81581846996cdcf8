/**
 * One agent-day of 日报: whether the day's briefing was read, the checklist with check times and
 * notes, the inquiries, the returns.
 */
import { useTranslation } from 'react-i18next';
import type { DailyLog } from '../../../../../common/reports/daily-log-schema';
import { formatClock, formatDayLong, formatDateTime, formatMoney, NO_VALUE } from '../format/format';
import { LOSS_REASON_KEYS, OUTCOME_KEYS, RETURN_KIND_KEYS, RETURN_STATUS_KEYS } from '../ui/labels';
import { SortableTable } from '../ui/SortableTable';
import { stepTitle, useLanguage } from '../ui/use-language';

export function DayLogView({ log }: { log: DailyLog }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = log.timeZone;
  const dayTitle = formatDayLong(log.day, language);
  return (
    <section className="card day-log" aria-label={dayTitle}>
      <div className="section-title">
        <h2>{dayTitle}</h2>
        <span className="muted">
          {t('console.daily.computedAt', { time: formatDateTime(log.computedAt, zone) })}
        </span>
        <span className="muted">
          {log.briefing === null
            ? t('console.daily.noBriefing')
            : log.briefing.readAt === null
              ? t('console.daily.briefingUnread')
              : t('console.daily.briefingRead', { time: formatClock(log.briefing.readAt, zone) })}
        </span>
      </div>
      <div className="day-log-tables">
        <SortableTable
          caption={t('console.daily.checklist', { day: dayTitle })}
          columns={[
            { id: 'step', header: t('console.column.step'), value: (row) => stepTitle(row, language) },
            {
              id: 'checkedAt',
              header: t('console.column.checkedAt'),
              value: (row) => row.checkedAt,
              render: (row) =>
                row.checkedAt === null ? t('console.daily.notChecked') : formatClock(row.checkedAt, zone),
              cellClass: (row) => (row.checkedAt === null ? 'muted' : undefined),
            },
            {
              id: 'note',
              header: t('console.column.note'),
              value: (row) =>
                row.note ||
                (row.carriedFromDay ? t('console.daily.carried', { day: row.carriedFromDay }) : NO_VALUE),
              cellClass: () => 'wrap',
              sortable: false,
            },
          ]}
          rows={log.checklistItems}
          rowKey={(row) => row.stepKey}
          empty={t('console.daily.noChecklist')}
        />
        <SortableTable
          caption={t('console.daily.inquiries', { day: dayTitle })}
          columns={[
            {
              id: 'at',
              header: t('console.column.time'),
              value: (row) => row.inquiredAt,
              render: (row) => formatClock(row.inquiredAt, zone),
            },
            { id: 'product', header: t('console.column.product'), value: (row) => row.product || NO_VALUE },
            {
              id: 'outcome',
              header: t('console.column.outcome'),
              value: (row) => t(OUTCOME_KEYS[row.outcome]),
            },
            {
              id: 'lossReason',
              header: t('console.column.lossReason'),
              value: (row) => (row.lossReason ? t(LOSS_REASON_KEYS[row.lossReason]) : NO_VALUE),
            },
            { id: 'buyer', header: t('console.column.buyer'), value: (row) => row.buyerNick ?? NO_VALUE },
            { id: 'order', header: t('console.column.orderNo'), value: (row) => row.orderNo ?? NO_VALUE },
            {
              id: 'paid',
              header: t('console.column.paid'),
              value: (row) => row.paidFen,
              render: (row) => formatMoney(row.paidFen),
              numeric: true,
            },
            {
              id: 'note',
              header: t('console.column.note'),
              value: (row) => row.note || NO_VALUE,
              cellClass: () => 'wrap',
              sortable: false,
            },
          ]}
          rows={log.inquiryRows}
          rowKey={(row) => `${row.inquiredAt}-${row.product}-${row.buyerNick ?? ''}`}
          initialSort={{ column: 'at', direction: 'ascending' }}
          empty={t('console.daily.noInquiries')}
        />
        {log.returnRows.length > 0 && (
          <SortableTable
            caption={t('console.daily.returns', { day: dayTitle })}
            columns={[
              {
                id: 'at',
                header: t('console.column.time'),
                value: (row) => row.registeredAt,
                render: (row) => formatClock(row.registeredAt, zone),
              },
              { id: 'order', header: t('console.column.orderNo'), value: (row) => row.orderNo ?? NO_VALUE },
              {
                id: 'kind',
                header: t('console.column.returnKind'),
                value: (row) => t(RETURN_KIND_KEYS[row.kind]),
              },
              { id: 'reason', header: t('console.column.reason'), value: (row) => row.reason || NO_VALUE },
              {
                id: 'status',
                header: t('console.column.status'),
                value: (row) => t(RETURN_STATUS_KEYS[row.status]),
              },
              {
                id: 'refund',
                header: t('console.column.refund'),
                value: (row) => row.refundFen,
                render: (row) => formatMoney(row.refundFen),
                numeric: true,
              },
            ]}
            rows={log.returnRows}
            rowKey={(row) => `${row.registeredAt}-${row.orderNo ?? ''}`}
          />
        )}
      </div>
    </section>
  );
}
