/**
 * 导出 XLSX / CSV / JSON through `reports.export`: the host builds the file in the UI language and
 * it is saved the browser way, which works in Electron and the web host alike.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { downloadFile } from '../phrases/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { validationIssues } from '../ui/issue-fields';
import type { ReportRange } from './report-range';

type ReportFormat = MethodInput<'reports.export'>['format'];

const FORMATS: readonly { format: ReportFormat; labelKey: string }[] = [
  { format: 'xlsx', labelKey: 'reportsPage.exportXlsx' },
  { format: 'csv', labelKey: 'reportsPage.exportCsv' },
  { format: 'json', labelKey: 'reportsPage.exportJson' },
];

export function ReportExport({ range }: { range: ReportRange }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [exporting, setExporting] = useState<ReportFormat | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const exportAs = async (format: ReportFormat) => {
    setExporting(format);
    const { from, to, agentCode } = range;
    const result = await kefu.reports.export({ from, to, format, ...(agentCode ? { agentCode } : {}) });
    setExporting(null);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    downloadFile(result.value);
  };

  return (
    <div className="report-export">
      <div className="page-actions" role="group" aria-label={t('reportsPage.export')}>
        <span className="muted">{t('reportsPage.export')}</span>
        {FORMATS.map(({ format, labelKey }) => (
          <button
            key={format}
            type="button"
            className="button-small"
            disabled={exporting !== null}
            onClick={() => void exportAs(format)}
          >
            {t(labelKey)}
          </button>
        ))}
        {exporting && (
          <span className="muted" role="status">
            {t('reportsPage.exporting', { format: exporting.toUpperCase() })}
          </span>
        )}
      </div>
      {failure && <ErrorBanner error={failure} issues={validationIssues(failure)} />}
    </div>
  );
}
