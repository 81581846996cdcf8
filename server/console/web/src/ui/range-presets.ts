/** The quick picks beside the day fields, as ranges ending on the shop's today. Pure. */
import { shiftDay } from '../format/format';

export interface DayRange {
  from: string;
  to: string;
}

export type RangePreset = 'today' | 'yesterday' | 'last7' | 'last30';

export const PRESET_LABEL_KEYS: Record<RangePreset, string> = {
  today: 'console.range.today',
  yesterday: 'console.range.yesterday',
  last7: 'console.range.last7',
  last30: 'console.range.last30',
};

export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: shiftDay(today, -1), to: shiftDay(today, -1) };
    case 'last7':
      return { from: shiftDay(today, -6), to: today };
    case 'last30':
      return { from: shiftDay(today, -29), to: today };
  }
}

/** Whole days from `from` to `to`, both counted (0 when backwards). */
export function daysInRange({ from, to }: DayRange): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 86_400_000) + 1 : 0;
}

/** Every day of the range, oldest first (a chart's axis keeps days without inquiries). */
export function daysOf(range: DayRange): string[] {
  const count = daysInRange(range);
  return Array.from({ length: count }, (_, index) => shiftDay(range.from, index));
}
