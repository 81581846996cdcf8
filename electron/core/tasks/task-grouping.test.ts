import { describe, expect, it } from 'vitest';
import { endOfShopDay, groupTasks } from './task-grouping';
import { zonedDay, zonedInstant } from '../../../common/time/zoned-time';

/** 2026-11-24 23:30 in Shanghai, 15:30 UTC: the shop's day ends long before the UTC one. */
const NOW = Date.UTC(2026, 10, 24, 15, 30);
const MIN = 60_000;

const task = (
  id: string,
  dueAt: number | null,
  extra: { status?: 'open' | 'snoozed'; snoozedUntil?: number | null } = {},
) => ({
  id,
  dueAt,
  snoozedUntil: extra.snoozedUntil ?? null,
  status: extra.status ?? ('open' as const),
  priority: 'normal' as const,
});

describe('groupTasks', () => {
  it('cuts today at the shop’s midnight, not UTC’s', () => {
    const groups = groupTasks(
      [
        task('late', NOW - MIN),
        task('tonight', NOW + 20 * MIN),
        task('after-midnight', NOW + 40 * MIN),
        task('undated', null),
      ],
      NOW,
      'Asia/Shanghai',
    );
    expect(groups.day).toBe('2026-11-24');
    expect(groups.overdue.map((t) => t.id)).toEqual(['late']);
    expect(groups.today.map((t) => t.id)).toEqual(['tonight']);
    expect(groups.upcoming.map((t) => t.id)).toEqual(['after-midnight', 'undated']);
  });

  it('the same instants fall on one UTC day for a shop in UTC', () => {
    const groups = groupTasks([task('after-midnight', NOW + 40 * MIN)], NOW, 'UTC');
    expect(groups.today.map((t) => t.id)).toEqual(['after-midnight']);
  });

  it('keeps a snoozed task apart until its snooze ends, then groups it by the later of due and snooze', () => {
    const snoozed = task('s', NOW - 60 * MIN, { status: 'snoozed', snoozedUntil: NOW + 10 * MIN });
    expect(groupTasks([snoozed], NOW, 'Asia/Shanghai').snoozed).toHaveLength(1);
    const later = groupTasks([snoozed], NOW + 11 * MIN, 'Asia/Shanghai');
    expect(later.snoozed).toHaveLength(0);
    expect(later.overdue.map((t) => t.id)).toEqual(['s']);
  });

  it('zone helpers agree on the shop day', () => {
    expect(zonedDay(NOW, 'Asia/Shanghai')).toBe('2026-11-24');
    expect(zonedDay(NOW, 'UTC')).toBe('2026-11-24');
    expect(endOfShopDay(NOW, 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 24, 16, 0));
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });
});
