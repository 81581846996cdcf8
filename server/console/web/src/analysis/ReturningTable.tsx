/** 回头客未成交: returning customers who asked in the range and bought nothing, most inquiries first. */
import { useTranslation } from 'react-i18next';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { formatDateTime, NO_VALUE } from '../format/format';
import { LOSS_REASON_KEYS } from '../ui/labels';
import { SortableTable } from '../ui/SortableTable';

type Returning = InquiryAnalysisResponse['returningNotBought'][number];

export function ReturningTable({ rows, timeZone }: { rows: readonly Returning[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="returning-title">
      <div className="section-title">
        <h2 id="returning-title">{t('console.analysis.returning')}</h2>
        <span className="muted">{t('console.analysis.returningHint')}</span>
      </div>
      <SortableTable
        caption={t('console.analysis.returning')}
        captionHidden
        columns={[
          {
            id: 'buyer',
            header: t('console.column.buyer'),
            value: (row) => row.buyerNick ?? t('console.analysis.unnamedBuyer'),
          },
          {
            id: 'inquiries',
            header: t('console.column.inquiries'),
            value: (row) => row.inquiries,
            numeric: true,
          },
          {
            id: 'paidBefore',
            header: t('console.column.earlierPaidOrders'),
            value: (row) => row.earlierPaidOrders,
            numeric: true,
          },
          {
            id: 'last',
            header: t('console.column.lastInquiry'),
            value: (row) => row.lastInquiredAt,
            render: (row) => formatDateTime(row.lastInquiredAt, timeZone),
          },
          {
            id: 'reason',
            header: t('console.column.lastLossReason'),
            value: (row) => (row.lastLossReason ? t(LOSS_REASON_KEYS[row.lastLossReason]) : NO_VALUE),
          },
          {
            id: 'agent',
            header: t('console.column.agentCode'),
            value: (row) => row.lastAgentCode ?? NO_VALUE,
          },
        ]}
        rows={rows}
        rowKey={(row) => row.customerId}
        empty={t('console.analysis.noReturning')}
      />
    </section>
  );
}
