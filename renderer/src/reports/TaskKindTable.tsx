/** Tasks created / done / overdue per kind with the total, the numbers behind the bar chart. */
import { useTranslation } from 'react-i18next';
import { TASK_KIND_LABEL_KEYS, type TaskKind } from '../tasks/task-labels';
import type { DailySummary } from './use-daily-report';

export function TaskKindTable({ tasks }: { tasks: DailySummary['tasks'] }) {
  const { t } = useTranslation();
  const kinds = Object.keys(TASK_KIND_LABEL_KEYS) as TaskKind[];
  const row = (label: string, tally: DailySummary['tasks']['total']) => (
    <>
      <td>{label}</td>
      <td className="cell-number">{tally.created}</td>
      <td className="cell-number">{tally.done}</td>
      <td className="cell-number">{tally.overdue}</td>
    </>
  );
  return (
    <table className="data-table report-table" aria-label={t('reportsPage.tasks')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.column.kind')}</th>
          <th scope="col" className="cell-number">
            {t('reports.column.created')}
          </th>
          <th scope="col" className="cell-number">
            {t('reports.column.done')}
          </th>
          <th scope="col" className="cell-number">
            {t('reports.column.overdue')}
          </th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind}>
            {row(t(TASK_KIND_LABEL_KEYS[kind]), tasks.byKind[kind] ?? { created: 0, done: 0, overdue: 0 })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="report-total">{row(t('reports.column.total'), tasks.total)}</tr>
      </tfoot>
    </table>
  );
}
