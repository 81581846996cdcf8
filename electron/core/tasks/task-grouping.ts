/**
 * 已逾期 / 今天 / 即将到期 on the agent's day in the shop's time zone. A task wants attention at its
 * due time, or at the end of its snooze when that is later; a snoozed task stays out of the
 * groups until its snooze ends. Undated tasks are upcoming, last.
 */
import type { TaskView } from './task-schema';
import { addDays, zonedDay, zonedInstant } from '../../../common/time/zoned-time';

const PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const;

/** When an open task wants attention: the later of its due time and its snooze end. */
export function attentionAt(task: Pick<TaskView, 'dueAt' | 'snoozedUntil'>): number | null {
  if (task.dueAt === null) return task.snoozedUntil;
  if (task.snoozedUntil === null) return task.dueAt;
  return Math.max(task.dueAt, task.snoozedUntil);
}

export const isStillSnoozed = (task: Pick<TaskView, 'status' | 'snoozedUntil'>, now: number): boolean =>
  task.status === 'snoozed' && task.snoozedUntil !== null && task.snoozedUntil > now;

/** Start of tomorrow in the shop's zone: "today" ends there. */
export const endOfShopDay = (now: number, timeZone: string): number =>
  zonedInstant(addDays(zonedDay(now, timeZone), 1), '00:00', timeZone);

export interface TaskGroups<T> {
  day: string;
  overdue: T[];
  today: T[];
  upcoming: T[];
  snoozed: T[];
}

export function groupTasks<T extends Pick<TaskView, 'dueAt' | 'snoozedUntil' | 'status' | 'priority'>>(
  tasks: readonly T[],
  now: number,
  timeZone: string,
): TaskGroups<T> {
  const endOfToday = endOfShopDay(now, timeZone);
  const groups: TaskGroups<T> = {
    day: zonedDay(now, timeZone),
    overdue: [],
    today: [],
    upcoming: [],
    snoozed: [],
  };
  for (const task of tasks) {
    if (task.status !== 'open' && task.status !== 'snoozed') continue;
    const at = attentionAt(task);
    if (isStillSnoozed(task, now)) groups.snoozed.push(task);
    else if (at === null || at >= endOfToday) groups.upcoming.push(task);
    else if (at < now) groups.overdue.push(task);
    else groups.today.push(task);
  }
  const order = (a: T, b: T) =>
    (attentionAt(a) ?? Number.MAX_SAFE_INTEGER) - (attentionAt(b) ?? Number.MAX_SAFE_INTEGER) ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  for (const list of [groups.overdue, groups.today, groups.upcoming, groups.snoozed]) list.sort(order);
  return groups;
}
