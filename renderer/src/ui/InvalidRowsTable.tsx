/** An import dry run's invalid rows (行号 / 列 / 原因); row 0 stands for the whole file. */
import { useTranslation } from 'react-i18next';
import { translateApiMessage } from '../i18n/api-message';

export interface InvalidRow {
  row: number;
  column?: string | null;
  messageKey: string;
  params: Record<string, unknown>;
}

/** The locale keys of the table's title, headers and whole-file label. */
export interface InvalidRowsLabels {
  title: string;
  row: string;
  column: string;
  reason: string;
  wholeFile: string;
}

export function InvalidRowsTable({
  rows,
  labels,
}: {
  rows: readonly InvalidRow[];
  labels: InvalidRowsLabels;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const rowLabel = (row: number) => (row > 0 ? String(row) : t(labels.wholeFile));
  return (
    <section>
      <h3>{t(labels.title)}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t(labels.row)}</th>
            <th scope="col">{t(labels.column)}</th>
            <th scope="col">{t(labels.reason)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((problem, index) => (
            <tr key={index}>
              <td>{rowLabel(problem.row)}</td>
              <td>{problem.column ?? '—'}</td>
              <td>
                {translateApiMessage(t, problem.messageKey, problem.params, 'validation.invalid_value')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
