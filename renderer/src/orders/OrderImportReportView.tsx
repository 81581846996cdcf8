/** The dry run of an order import: counts, invalid rows (行号 / 列 / 原因), and what would be written. */
import { useTranslation } from 'react-i18next';
import { InvalidRowsTable } from '../ui/InvalidRowsTable';
import { ORDER_STATUS_LABEL_KEYS, type OrderStatus } from './order-labels';
import type { OrderImportReport } from './order-import-types';

const INVALID_ROWS_LABELS = {
  title: 'orders.import.invalidTitle',
  row: 'orders.import.row',
  column: 'orders.import.column',
  reason: 'orders.import.reason',
  wholeFile: 'orders.import.wholeFile',
};

const statusKey = (status: string) => ORDER_STATUS_LABEL_KEYS[status as OrderStatus] ?? null;

export function OrderImportReportView({ report, fileName }: { report: OrderImportReport; fileName: string }) {
  const { t } = useTranslation();
  const writes = [
    ...report.toAdd.map((row) => ({ row: row.row, orderNo: row.orderNo, kind: 'add' as const, detail: row })),
    ...report.toUpdate.map((row) => ({
      row: row.row,
      orderNo: row.orderNo,
      kind: 'update' as const,
      detail: row,
    })),
  ].sort((a, b) => a.row - b.row);

  return (
    <div className="import-report">
      <p className="import-file">
        {t('orders.import.fileSummary', { fileName, count: report.totalRows })}
        {report.encoding && <span className="muted"> · {report.encoding}</span>}
      </p>
      <ul className="import-counts">
        <li className="count-add">{t('orders.import.countAdd', { n: report.added })}</li>
        <li className="count-update">{t('orders.import.countUpdate', { n: report.updated })}</li>
        <li className="count-duplicate">{t('orders.import.countUnchanged', { n: report.unchanged })}</li>
        {report.duplicateRows > 0 && (
          <li className="count-duplicate">
            {t('orders.import.countDuplicateRows', { n: report.duplicateRows })}
          </li>
        )}
        <li className="count-invalid">{t('orders.import.countInvalid', { n: report.invalid.length })}</li>
        {report.customersToCreate > 0 && (
          <li className="count-duplicate">
            {t('orders.import.customersToCreate', { n: report.customersToCreate })}
          </li>
        )}
      </ul>
      <InvalidRowsTable rows={report.invalid} labels={INVALID_ROWS_LABELS} />
      {writes.length > 0 && (
        <section>
          <h3>{t('orders.import.changesTitle')}</h3>
          {writes.length < report.added + report.updated && (
            <p className="muted">
              {t('orders.import.listedFirst', { n: Math.max(report.toAdd.length, report.toUpdate.length) })}
            </p>
          )}
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('orders.import.row')}</th>
                <th scope="col">{t('orders.column.orderNo')}</th>
                <th scope="col">{t('orders.import.change')}</th>
                <th scope="col">{t('orders.column.buyer')}</th>
              </tr>
            </thead>
            <tbody>
              {writes.map((write) => {
                const status =
                  write.kind === 'add' && 'status' in write.detail ? statusKey(write.detail.status) : null;
                return (
                  <tr key={`${write.kind}-${write.row}`}>
                    <td>{write.row}</td>
                    <td>{write.orderNo}</td>
                    <td>
                      {write.kind === 'add' ? t('orders.import.changeAdd') : t('orders.import.changeUpdate')}
                      {status && <span className="muted"> · {t(status)}</span>}
                      {'changes' in write.detail && write.detail.changes.length > 0 && (
                        <span className="muted">
                          {' '}
                          · {t('orders.import.changedFields', { fields: write.detail.changes.join('、') })}
                        </span>
                      )}
                    </td>
                    <td>{'buyerNick' in write.detail ? write.detail.buyerNick : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
