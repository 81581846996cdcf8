/** The checklist items of each day in the range: step, when it was checked off, the note. */
import { useTranslation } from 'react-i18next';
import { formatTime } from '../ui/format';
import type { DailyLog } from './use-daily-report';

export function ChecklistTable({ logs }: { logs: readonly DailyLog[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const items = logs.flatMap((log) => log.checklistItems.map((item) => ({ day: log.day, ...item })));
  if (items.length === 0) return <p className="muted">{t('reportsPage.noChecklist')}</p>;
  return (
    <table className="data-table report-table" aria-label={t('reportsPage.checklist')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.column.day')}</th>
          <th scope="col">{t('reports.column.step')}</th>
          <th scope="col">{t('reports.column.checkedAt')}</th>
          <th scope="col">{t('reports.column.note')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.day}/${item.stepKey}`}>
            <td>{item.day}</td>
            <td className="cell-wrap">{english ? item.titleEn : item.titleZh}</td>
            <td>{item.checkedAt === null ? t('reportsPage.notChecked') : formatTime(item.checkedAt)}</td>
            <td className="cell-wrap">{item.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
