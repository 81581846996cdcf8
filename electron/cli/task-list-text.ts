/** `kefu tasks list` as text: the groups in the agent's language, one task per line. */
import type { TFunction } from 'i18next';
import type { TaskList, TaskView } from '../core/tasks/task-schema';

const GROUPS = ['overdue', 'today', 'upcoming', 'snoozed'] as const;

export function taskTitle(t: TFunction, task: TaskView): string {
  return task.titleKey === null ? task.title : t(task.titleKey, task.titleParams);
}

export function describeTaskList(t: TFunction, list: TaskList, language: string): string {
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const line = (task: TaskView) => {
    const due = task.snoozedUntil ?? task.dueAt;
    return [
      `  ${due === null ? t('tasks.noDue') : when.format(due)}`,
      `[${t(`tasks.priority.${task.priority}`)}]`,
      taskTitle(t, task),
    ].join('  ');
  };
  const lines: string[] = [];
  for (const group of GROUPS) {
    if (list[group].length === 0) continue;
    const label = group === 'snoozed' ? t('tasks.taskStatus.snoozed') : t(`tasks.bucket.${group}`);
    lines.push(t('cli.tasks.group', { label, count: list.counts[group] }), ...list[group].map(line));
  }
  return lines.length === 0 ? t('tasks.empty') : lines.join('\n');
}
