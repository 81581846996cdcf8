/** 退换货与退款: returns registered in the range, refunds, 退款率, and the reasons behind them. */
import { useTranslation } from 'react-i18next';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { formatMoney, formatPercent } from '../format/format';
import { SortableTable } from '../ui/SortableTable';

export function ReturnsSection({ returns }: { returns: InquiryAnalysisResponse['returns'] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="returns-title">
      <div className="section-title">
        <h2 id="returns-title">{t('console.analysis.returns')}</h2>
      </div>
      <dl className="figure-list">
        <div>
          <dt>{t('console.analysis.returnsRegistered')}</dt>
          <dd>{returns.registered}</dd>
        </div>
        <div>
          <dt>{t('console.analysis.refunds')}</dt>
          <dd>{formatMoney(returns.refundFen)}</dd>
        </div>
        <div>
          <dt>{t('console.analysis.paid')}</dt>
          <dd>{formatMoney(returns.paidFen)}</dd>
        </div>
        <div>
          <dt>{t('console.analysis.refundRate')}</dt>
          <dd>{formatPercent(returns.refundRate)}</dd>
        </div>
      </dl>
      <SortableTable
        caption={t('console.analysis.returnsByReason')}
        columns={[
          {
            id: 'reason',
            header: t('console.column.reason'),
            value: (row) => row.reason || t('console.analysis.noReason'),
          },
          { id: 'count', header: t('console.column.count'), value: (row) => row.count, numeric: true },
          {
            id: 'refund',
            header: t('console.column.refund'),
            value: (row) => row.refundFen,
            render: (row) => formatMoney(row.refundFen),
            numeric: true,
          },
        ]}
        rows={returns.byReason}
        rowKey={(row) => row.reason}
        initialSort={{ column: 'count', direction: 'descending' }}
        empty={t('console.analysis.noReturns')}
      />
    </section>
  );
}
