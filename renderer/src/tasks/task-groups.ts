/**
 * Snooze presets (延后): one hour from now, or tomorrow 09:00 on the shop's clock. The host groups
 * tasks into 已逾期 / 今天 / 即将到期 / 已延后 itself, on the shop's day.
 */
import { tomorrowAt } from '../ui/format';

export const SNOOZE_PRESETS = ['oneHour', 'tomorrowNine'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

export function snoozeUntil(preset: SnoozePreset, now: number = Date.now()): number {
  if (preset === 'oneHour') return now + 60 * 60 * 1000;
  return tomorrowAt(now, 9);
}
