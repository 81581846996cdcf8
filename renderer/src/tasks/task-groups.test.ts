import { describe, expect, it } from 'vitest';
import { snoozeUntil } from './task-groups';

describe('snooze presets', () => {
  const now = Date.UTC(2026, 10, 24, 6, 0); // 14:00 in Shanghai

  it('snoozes one hour', () => {
    expect(snoozeUntil('oneHour', now)).toBe(now + 3_600_000);
  });

  it('snoozes to tomorrow 09:00 on the shop clock', () => {
    expect(snoozeUntil('tomorrowNine', now)).toBe(Date.UTC(2026, 10, 25, 1, 0));
  });
});
