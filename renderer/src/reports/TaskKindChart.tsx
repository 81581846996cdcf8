/**
 * Tasks by kind as horizontal bars (created, done, overdue per kind), on one scale so kinds compare
 * at a glance; kinds with nothing that day are left out.
 */
import { useTranslation } from 'react-i18next';
import { TASK_KIND_LABEL_KEYS, type TaskKind } from '../tasks/task-labels';
import type { DailySummary } from './use-daily-report';

const MEASURES = [
  { key: 'created', className: 'bar-created', labelKey: 'reports.column.created' },
  { key: 'done', className: 'bar-done', labelKey: 'reports.column.done' },
  { key: 'overdue', className: 'bar-overdue', labelKey: 'reports.column.overdue' },
] as const;

export function TaskKindChart({ tasks }: { tasks: DailySummary['tasks'] }) {
  const { t } = useTranslation();
  const rows = (Object.entries(tasks.byKind) as [TaskKind, DailySummary['tasks']['total']][]).filter(
    ([, tally]) => tally.created + tally.done + tally.overdue > 0,
  );
  if (rows.length === 0) return <p className="muted">{t('reportsPage.noTasks')}</p>;
  const max = Math.max(...rows.flatMap(([, tally]) => [tally.created, tally.done, tally.overdue]));
  const label = t('reportsPage.taskChart', {
    summary: rows
      .map(([kind, tally]) =>
        t('reportsPage.taskChartItem', { kind: t(TASK_KIND_LABEL_KEYS[kind]), ...tally }),
      )
      .join(t('reportsPage.listSeparator')),
  });
  return (
    <figure className="report-chart task-chart">
      <div role="img" aria-label={label} className="task-bars">
        {rows.map(([kind, tally]) => (
          <div key={kind} className="task-bar-row" aria-hidden="true">
            <span className="task-bar-kind" title={t(TASK_KIND_LABEL_KEYS[kind])}>
              {t(TASK_KIND_LABEL_KEYS[kind])}
            </span>
            <span className="task-bar-stack">
              {MEASURES.map((measure) => (
                <span key={measure.key} className="task-bar-line">
                  <span
                    className={`task-bar ${measure.className}`}
                    style={{
                      width: tally[measure.key] > 0 ? `max(2px, ${(tally[measure.key] / max) * 100}%)` : 0,
                    }}
                  />
                  <span className="task-bar-value">{tally[measure.key]}</span>
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {MEASURES.map((measure) => (
          <li key={measure.key}>
            <span className={`legend-swatch ${measure.className}`} />
            {t(measure.labelKey)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
