import { describe, expect, it } from 'vitest';
import { bucketOf, groupTasks, snoozeUntil } from './task-groups';

const now = new Date(2026, 10, 24, 14, 0).getTime();
const at = (h: number, m = 0, dayOffset = 0) => new Date(2026, 10, 24 + dayOffset, h, m).getTime();

describe('task buckets', () => {
  it('puts a task by its due time: past → overdue, later today → today, else upcoming', () => {
    expect(bucketOf({ dueAt: at(13, 59) }, now)).toBe('overdue');
    expect(bucketOf({ dueAt: at(9, 0, -3) }, now)).toBe('overdue');
    expect(bucketOf({ dueAt: at(14, 0) }, now)).toBe('today');
    expect(bucketOf({ dueAt: at(23, 59) }, now)).toBe('today');
    expect(bucketOf({ dueAt: at(0, 0, 1) }, now)).toBe('upcoming');
    expect(bucketOf({ dueAt: null }, now)).toBe('upcoming');
  });

  it('counts a snoozed task from the end of its snooze', () => {
    expect(bucketOf({ dueAt: at(10), snoozedUntil: at(9, 0, 1) }, now)).toBe('upcoming');
  });

  it('sorts each bucket soonest first, undated last', () => {
    const groups = groupTasks(
      [
        { id: 'c', dueAt: null },
        { id: 'b', dueAt: at(18) },
        { id: 'a', dueAt: at(15) },
        { id: 'd', dueAt: at(9, 0, 2) },
        { id: 'o', dueAt: at(8) },
      ],
      now,
    );
    expect(groups.overdue.map((t) => t.id)).toEqual(['o']);
    expect(groups.today.map((t) => t.id)).toEqual(['a', 'b']);
    expect(groups.upcoming.map((t) => t.id)).toEqual(['d', 'c']);
  });

  it('snoozes one hour, or to tomorrow 09:00', () => {
    expect(snoozeUntil('oneHour', now)).toBe(now + 3_600_000);
    expect(snoozeUntil('tomorrowNine', now)).toBe(at(9, 0, 1));
  });
});
