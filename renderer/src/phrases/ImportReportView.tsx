/**
 * The dry run of an import: how many phrases would be added, which rows repeat existing content,
 * which are invalid (row, column, reason) and which groups would be created. Nothing has been
 * written yet; 确认导入 is offered only when no row is invalid (the host imports all or nothing).
 */
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { InvalidRowsTable } from '../ui/InvalidRowsTable';
import { SCOPE_LABEL_KEYS, STAGE_LABEL_KEYS, type Scope, type Stage } from './phrase-labels';

const INVALID_ROWS_LABELS = {
  title: 'phrases.import.invalidTitle',
  row: 'phrases.import.row',
  column: 'phrases.import.column',
  reason: 'phrases.import.reason',
  wholeFile: 'phrases.import.wholeFile',
};

export type ImportReport = MethodOutput<'phrases.importPreview'>;

const DUPLICATE_REASON_KEYS = {
  sameContentInLibrary: 'phrases.import.duplicateInLibrary',
  sameContentInFile: 'phrases.import.duplicateInFile',
} as const;

const stageLabel = (stage: string) => STAGE_LABEL_KEYS[stage as Stage] ?? null;
const scopeLabel = (scope: string) => SCOPE_LABEL_KEYS[scope as Scope] ?? null;

export function ImportReportView({ report, fileName }: { report: ImportReport; fileName: string }) {
  const { t } = useTranslation();
  return (
    <div className="import-report">
      <p className="import-file">
        {t('phrases.import.fileSummary', { fileName, count: report.totalRows })}
        {report.encoding && <span className="muted"> · {report.encoding}</span>}
      </p>
      <ul className="import-counts">
        <li className="count-add">{t('phrases.import.countAdd', { n: report.toAdd.length })}</li>
        <li className="count-duplicate">
          {t('phrases.import.countDuplicate', { n: report.duplicates.length })}
        </li>
        <li className="count-invalid">{t('phrases.import.countInvalid', { n: report.invalid.length })}</li>
      </ul>

      <InvalidRowsTable rows={report.invalid} labels={INVALID_ROWS_LABELS} />

      {report.duplicates.length > 0 && (
        <section>
          <h3>{t('phrases.import.duplicateTitle')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('phrases.import.row')}</th>
                <th scope="col">{t('phrases.field.title')}</th>
                <th scope="col">{t('phrases.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.duplicates.map((duplicate) => (
                <tr key={duplicate.row}>
                  <td>{duplicate.row}</td>
                  <td>{duplicate.title}</td>
                  <td>{t(DUPLICATE_REASON_KEYS[duplicate.reason])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {report.newGroups.length > 0 && (
        <section>
          <h3>{t('phrases.import.newGroupsTitle')}</h3>
          <ul className="new-groups">
            {report.newGroups.map((group) => {
              const stage = stageLabel(group.stage);
              const scope = scopeLabel(group.scope);
              return (
                <li key={group.name}>
                  {group.name}
                  {stage && <span className="muted"> · {t(stage)}</span>}
                  {scope && <span className="muted"> · {t(scope)}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
