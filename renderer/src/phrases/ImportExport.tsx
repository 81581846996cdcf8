/**
 * Import (CSV/XLSX/JSON → dry-run report → 确认导入) and export (CSV/Excel/JSON downloads). The
 * file is read in the page and sent as base64; nothing is written before the agent confirms.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { bytesToBase64 } from './base64';
import { downloadFile } from './download';
import { ImportReportView, type ImportReport } from './ImportReportView';

const EXPORT_FORMATS = [
  { format: 'csv', labelKey: 'phrases.export.csv' },
  { format: 'xlsx', labelKey: 'phrases.export.xlsx' },
  { format: 'json', labelKey: 'phrases.export.json' },
] as const;

type Pending = { fileName: string; contentBase64: string; report: ImportReport };

export function ImportExport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires `change` again.
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setImported(null);
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const result = await kefu.phrases.importPreview({ fileName: file.name, contentBase64 });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setPending({ fileName: file.name, contentBase64, report: result.value });
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await kefu.phrases.importApply({
      fileName: pending.fileName,
      contentBase64: pending.contentBase64,
    });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setPending(null);
    setImported(result.value.toAdd.length);
    onImported();
  };

  const exportAs = async (format: (typeof EXPORT_FORMATS)[number]['format']) => {
    const result = await kefu.phrases.export({ format });
    if (!result.ok) return setFailure(result.error);
    downloadFile(result.value);
  };

  const canApply = pending !== null && pending.report.invalid.length === 0 && pending.report.toAdd.length > 0;

  return (
    <section className="card import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('phrases.import.title')}</h2>
      <div className="import-export-bar">
        <label className="button-secondary file-button">
          {t('phrases.import.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => void choose(e)}
          />
        </label>
        <span className="muted">{t('phrases.import.formats')}</span>
        <span className="export-buttons" role="group" aria-label={t('phrases.export.label')}>
          <span className="muted">{t('phrases.export.label')}</span>
          {EXPORT_FORMATS.map(({ format, labelKey }) => (
            <button key={format} type="button" className="button-small" onClick={() => void exportAs(format)}>
              {t(labelKey)}
            </button>
          ))}
        </span>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {imported !== null && (
        <p className="banner banner-success" role="status">
          {t('phrases.import.done', { count: imported })}
        </p>
      )}
      {pending && (
        <div className="import-dry-run" role="region" aria-label={t('phrases.import.reportLabel')}>
          <ImportReportView report={pending.report} fileName={pending.fileName} />
          {pending.report.invalid.length > 0 && (
            <p className="import-blocked">{t('phrases.import.fixInvalid')}</p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={!canApply || busy}
              onClick={() => void apply()}
            >
              {t('phrases.import.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setPending(null)}>
              {t('phrases.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
