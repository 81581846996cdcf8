/**
 * What the tray says about follow-up tasks, from the core's badge: one menu line that opens the
 * task list (待办 3 项（逾期 1）), the tooltip, and the count macOS shows beside the icon. Pure,
 * so the wording is tested without Electron.
 */
import type { TaskBadge } from '../core/tasks/task-schema';
import type { Translate } from './translate';

export interface TrayBadgeView {
  /** Overdue plus due later today. */
  count: number;
  menuLabel: string;
  tooltip: string;
  /** Beside the icon in the macOS menu bar; empty when nothing is due, so the bar stays quiet. */
  title: string;
}

export const NO_TASKS_DUE: TaskBadge = { overdue: 0, dueToday: 0 };

export function trayBadgeView(badge: TaskBadge, t: Translate): TrayBadgeView {
  const count = badge.overdue + badge.dueToday;
  if (count === 0) {
    return { count, menuLabel: t('shell.tray.tasksNone'), tooltip: t('shell.tray.tooltip'), title: '' };
  }
  const menuLabel =
    badge.overdue > 0
      ? t('shell.tray.tasksOverdue', { count, overdue: badge.overdue })
      : t('shell.tray.tasksDue', { count });
  return {
    count,
    menuLabel,
    tooltip: t('shell.tray.tooltipTasks', { tasks: menuLabel }),
    title: String(count),
  };
}

export const sameBadge = (a: TaskBadge, b: TaskBadge): boolean =>
  a.overdue === b.overdue && a.dueToday === b.dueToday;
