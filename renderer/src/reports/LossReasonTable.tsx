/** 流失原因 of the lost inquiries, every reason listed so a zero reads as zero. */
import { useTranslation } from 'react-i18next';
import { LOSS_REASON_LABEL_KEYS, type LossReason } from '../customers/customer-labels';
import type { DailySummary } from './use-daily-report';

export function LossReasonTable({ lossReasons }: { lossReasons: DailySummary['inquiries']['lossReasons'] }) {
  const { t } = useTranslation();
  const reasons = Object.keys(LOSS_REASON_LABEL_KEYS) as LossReason[];
  return (
    <table className="data-table report-table" aria-label={t('reportsPage.lossReasons')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.column.lossReason')}</th>
          <th scope="col" className="cell-number">
            {t('reports.column.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((reason) => (
          <tr key={reason}>
            <td>{t(LOSS_REASON_LABEL_KEYS[reason])}</td>
            <td className="cell-number">{lossReasons[reason] ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
