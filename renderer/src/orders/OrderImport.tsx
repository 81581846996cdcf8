/**
 * 导入订单: file → dry run (新增 / 更新 / 未变 / 无效 with row, column and reason) → 确认导入.
 * A file not in Taobao's layout first gets a column-mapping step, pre-filled with the host's guess.
 * Nothing is written before the agent confirms, and the host writes all rows or none.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { bytesToBase64 } from '../phrases/base64';
import { notifyTasksChanged } from '../tasks/task-events';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ColumnMapping } from './ColumnMapping';
import type { ImportField } from './order-labels';
import { OrderImportReportView } from './OrderImportReportView';

export type OrderImportReport = MethodOutput<'orders.importPreview'>;
export type Mapping = Partial<Record<ImportField, string>>;

type Pending = {
  fileName: string;
  contentBase64: string;
  mapping: Mapping | undefined;
  report: OrderImportReport;
};

export function OrderImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ added: number; updated: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = async (fileName: string, contentBase64: string, mapping: Mapping | undefined) => {
    setBusy(true);
    setFailure(null);
    const result = await kefu.orders.importPreview({ fileName, contentBase64, ...(mapping && { mapping }) });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setPending({ fileName, contentBase64, mapping, report: result.value });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setDone(null);
    setPending(null);
    await preview(file.name, bytesToBase64(new Uint8Array(await file.arrayBuffer())), undefined);
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    const { fileName, contentBase64, mapping } = pending;
    const result = await kefu.orders.importApply({ fileName, contentBase64, ...(mapping && { mapping }) });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setPending(null);
    setDone({ added: result.value.added, updated: result.value.updated });
    onImported();
    notifyTasksChanged();
  };

  const report = pending?.report;
  const canApply =
    report !== undefined &&
    !report.needsMapping &&
    report.invalid.length === 0 &&
    report.added + report.updated > 0;

  return (
    <section className="card import-export order-import" aria-labelledby="order-import-title">
      <div className="import-export-bar">
        <h2 id="order-import-title" className="visually-hidden">
          {t('orders.import.title')}
        </h2>
        <label className="button-secondary file-button">
          {t('orders.import.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => void choose(e)}
          />
        </label>
        <span className="muted">{t('orders.import.formats')}</span>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {done && (
        <p className="banner banner-success" role="status">
          {t('orders.import.done', done)}
        </p>
      )}
      {pending && report && (
        <div className="import-dry-run" role="region" aria-label={t('orders.import.reportLabel')}>
          {report.needsMapping ? (
            <ColumnMapping
              headers={report.headers}
              suggested={report.mapping as Mapping}
              busy={busy}
              onApply={(mapping) => void preview(pending.fileName, pending.contentBase64, mapping)}
            />
          ) : (
            <OrderImportReportView report={report} fileName={pending.fileName} />
          )}
          {!report.needsMapping && report.invalid.length > 0 && (
            <p className="import-blocked">{t('orders.import.fixInvalid')}</p>
          )}
          {!report.needsMapping && report.invalid.length === 0 && report.added + report.updated === 0 && (
            <p className="muted">{t('orders.import.nothingToDo')}</p>
          )}
          <div className="form-actions">
            {!report.needsMapping && (
              <button
                type="button"
                className="button-primary"
                disabled={!canApply || busy}
                onClick={() => void apply()}
              >
                {t('orders.import.confirm')}
              </button>
            )}
            <button type="button" className="button-secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
