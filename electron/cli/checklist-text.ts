/** `kefu checklist today` as text: progress, then one step a line in the agent's language. */
import type { TFunction } from 'i18next';
import type { ChecklistItem, ChecklistToday } from '../core/checklist/checklist-schema';
import { localDateTime } from '../core/customers/local-day';

export function describeChecklistToday(
  t: TFunction,
  today: ChecklistToday,
  language: string,
  timeZone: string,
): string {
  const line = (item: ChecklistItem) =>
    [
      item.checkedAt === null ? '  [ ]' : '  [x]',
      language === 'zh-CN' ? item.step.titleZh : item.step.titleEn,
      item.count === null ? '' : `(${t('checklist.cli.count', { count: item.count })})`,
      item.carriedFromDay === null ? '' : t('checklist.cli.carried', { day: item.carriedFromDay }),
      item.checkedAt === null
        ? ''
        : t('checklist.cli.checkedAt', { time: localDateTime(item.checkedAt, timeZone).slice(11) }),
      item.note,
    ]
      .filter((part) => part !== '')
      .join(' ');
  return [
    t('checklist.cli.header', {
      day: today.day,
      checked: today.progress.checked,
      total: today.progress.total,
      overdue: today.overdueTasks,
    }),
    ...today.items.map(line),
  ].join('\n');
}
