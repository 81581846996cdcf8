/**
 * 导入订单: file → dry run (新增 / 更新 / 未变 / 无效 with row, column and reason) → 确认导入.
 * A file not in Taobao's layout first gets a column-mapping step, pre-filled with the host's guess.
 * Nothing is written before the agent confirms, and the host writes all rows or none. The file
 * goes to the host a megabyte per call (a month's export is 30 MB), with a progress bar.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { bytesToBase64 } from '../phrases/base64';
import { notifyTasksChanged } from '../tasks/task-events';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ColumnMapping } from './ColumnMapping';
import type { Mapping, OrderImportReport } from './order-import-types';
import { OrderImportReportView } from './OrderImportReportView';

type Pending = {
  fileName: string;
  uploadId: string;
  mapping: Mapping | undefined;
  report: OrderImportReport;
};

/** Bytes per `orders.importUpload` call: the host takes at most 1 MB. */
const UPLOAD_PIECE = 1 << 20;

/** What the host is busy with, for the progress line. */
type Work =
  { kind: 'uploading'; percent: number } | { kind: 'checking' } | { kind: 'writing'; count: number };

const WORK_LABEL_KEYS = {
  uploading: 'orders.import.uploading',
  checking: 'orders.import.checking',
  writing: 'orders.import.writing',
} as const;

export function OrderImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ added: number; updated: number } | null>(null);
  const [work, setWork] = useState<Work | null>(null);
  const busy = work !== null;

  /** Runs one step with its progress line, which clears however the step ends. */
  const during = async <T,>(first: Work, step: () => Promise<T>): Promise<T> => {
    setWork(first);
    try {
      return await step();
    } finally {
      setWork(null);
    }
  };

  const preview = (fileName: string, uploadId: string, mapping: Mapping | undefined) =>
    during({ kind: 'checking' }, async () => {
      setFailure(null);
      const result = await kefu.orders.importPreview({ fileName, uploadId, ...(mapping && { mapping }) });
      if (!result.ok) return setFailure(result.error);
      setPending({ fileName, uploadId, mapping, report: result.value });
    });

  /**
   * Sends the file in pieces (an empty file as one empty piece, so the dry run can say it is
   * empty); false, with the error shown, when the host refused a piece or the file could not be read.
   */
  const upload = (file: File, uploadId: string): Promise<boolean> =>
    during({ kind: 'uploading', percent: 0 }, async () => {
      for (let offset = 0; offset < Math.max(file.size, 1); offset += UPLOAD_PIECE) {
        setWork({ kind: 'uploading', percent: Math.floor((offset / Math.max(file.size, 1)) * 100) });
        let contentBase64: string;
        try {
          contentBase64 = bytesToBase64(
            new Uint8Array(await file.slice(offset, offset + UPLOAD_PIECE).arrayBuffer()),
          );
        } catch {
          // The file changed or went away after it was picked.
          setFailure({ code: 'validation', messageKey: 'validation.orderImport.unreadable', details: {} });
          return false;
        }
        const result = await kefu.orders.importUpload({ uploadId, offset, contentBase64 });
        if (!result.ok) {
          setFailure(result.error);
          return false;
        }
      }
      return true;
    });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setDone(null);
    setPending(null);
    setFailure(null);
    const uploadId = crypto.randomUUID();
    if (await upload(file, uploadId)) await preview(file.name, uploadId, undefined);
  };

  const apply = () => {
    if (!pending) return;
    const { fileName, uploadId, mapping, report } = pending;
    return during({ kind: 'writing', count: report.added + report.updated }, async () => {
      const result = await kefu.orders.importApply({ fileName, uploadId, ...(mapping && { mapping }) });
      if (!result.ok) return setFailure(result.error);
      setPending(null);
      setDone({ added: result.value.added, updated: result.value.updated });
      onImported();
      notifyTasksChanged();
    });
  };

  const cancel = () => {
    setPending(null);
    setFailure(null);
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
      {work && (
        <div className="import-progress" role="status">
          {work.kind === 'uploading' ? <progress max={100} value={work.percent} /> : <progress />}
          <span>{t(WORK_LABEL_KEYS[work.kind], work)}</span>
        </div>
      )}
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
              onApply={(mapping) => void preview(pending.fileName, pending.uploadId, mapping)}
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
            <button type="button" className="button-secondary" disabled={busy} onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
