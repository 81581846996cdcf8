/**
 * 已逾期 / 今天 / 即将到期: where an open task sits, by its due time against the agent's clock
 * (a snoozed task counts from the end of its snooze). Tasks without a due time are upcoming.
 * Snooze presets: one hour from now, and tomorrow 09:00.
 */

export const TASK_BUCKETS = ['overdue', 'today', 'upcoming'] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

export interface Dated {
  dueAt: number | null;
  snoozedUntil?: number | null;
}

/** When the task next wants attention. */
export function effectiveDue(task: Dated): number | null {
  return task.snoozedUntil ?? task.dueAt;
}

function endOfToday(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

export function bucketOf(task: Dated, now: number): TaskBucket {
  const due = effectiveDue(task);
  if (due === null) return 'upcoming';
  if (due < now) return 'overdue';
  return due < endOfToday(now) ? 'today' : 'upcoming';
}

/** Each bucket sorted by due time (soonest first, undated last), in bucket order. */
export function groupTasks<T extends Dated>(tasks: readonly T[], now: number): Record<TaskBucket, T[]> {
  const groups: Record<TaskBucket, T[]> = { overdue: [], today: [], upcoming: [] };
  for (const task of tasks) groups[bucketOf(task, now)].push(task);
  const key = (task: T) => effectiveDue(task) ?? Number.MAX_SAFE_INTEGER;
  for (const bucket of TASK_BUCKETS) groups[bucket].sort((a, b) => key(a) - key(b));
  return groups;
}

export const SNOOZE_PRESETS = ['oneHour', 'tomorrowNine'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

export function snoozeUntil(preset: SnoozePreset, now: number = Date.now()): number {
  if (preset === 'oneHour') return now + 60 * 60 * 1000;
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 9, 0).getTime();
}
