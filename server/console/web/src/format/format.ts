/**
 * Figures the way a Chinese shop's back office shows them: 2026年12月6日 周日, ¥1,280.00 from
 * integer fen, 37.5%, 14:05 on the shop's clock. Pure, so the rules are tested
 * (format.test.ts); the English forms follow en-US conventions.
 */
import { addDays, wallClockDate, zonedDay } from '../../../../../common/time/zoned-time';
import { formatFenAsYuan } from '../../../../../common/yuan';
import type { ConsoleLanguage } from '../i18n/console-i18n';

export const NO_VALUE = '—';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayParts(day: string): { year: number; month: number; date: number; weekday: number } | null {
  const match = DAY_SHAPE.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCMonth() !== month - 1) return null;
  return { year, month, date, weekday: utc.getUTCDay() };
}

const enDay = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** `2026-12-06` → `2026年12月6日 周日` / `Sun, Dec 6, 2026`; anything else as it came. */
export function formatDayLong(day: string, language: ConsoleLanguage): string {
  const parts = dayParts(day);
  if (!parts) return day;
  if (language === 'zh-CN')
    return `${parts.year}年${parts.month}月${parts.date}日 ${WEEKDAYS_ZH[parts.weekday]}`;
  return enDay.format(Date.UTC(parts.year, parts.month - 1, parts.date));
}

/** `2026-12-06` → `12月6日` / `Dec 6`: a chart axis has no room for the year. */
export function formatDayShort(day: string, language: ConsoleLanguage): string {
  const parts = dayParts(day);
  if (!parts) return day;
  if (language === 'zh-CN') return `${parts.month}月${parts.date}日`;
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(
    Date.UTC(parts.year, parts.month - 1, parts.date),
  );
}

/** 128000 fen → `¥1,280.00`; thousands grouped, always two decimals. */
export function formatMoney(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return NO_VALUE;
  const text = formatFenAsYuan(fen);
  const negative = text.startsWith('-');
  const [whole = '0', decimals = '00'] = text.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${decimals}`;
}

/** A share 0…1 → `37.5%` (one decimal); no share (nothing to divide) → `—`. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_VALUE;
  return `${(share * 100).toFixed(1)}%`;
}

/** Seconds with one decimal (`13.8`), as the desk's 日报 shows 平均响应用时. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return NO_VALUE;
  return seconds.toFixed(1);
}

/** A whole number with grouping: `12,345`. */
export function formatCount(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return NO_VALUE;
  return Math.round(count).toLocaleString('en-US');
}

/** `YYYY-MM-DDTHH:mm` of an instant on the shop's clock (the shop's zone, not the browser's). */
const wallText = (at: number, timeZone: string) => wallClockDate(at, timeZone).toISOString().slice(0, 16);

/** `14:05` on the shop's clock (an instant in ms). */
export function formatClock(at: number | null | undefined, timeZone: string): string {
  if (at === null || at === undefined) return NO_VALUE;
  return wallText(at, timeZone).slice(11);
}

/** `2026-12-06 14:05` on the shop's clock. */
export function formatDateTime(at: number | null | undefined, timeZone: string): string {
  if (at === null || at === undefined) return NO_VALUE;
  return wallText(at, timeZone).replace('T', ' ');
}

/** `YYYY-MM-DD` of an instant on the shop's clock. */
export const dayOf = zonedDay;

/** The day `by` days after (before, when negative) `day`; text that is not a day stays as it is. */
export function shiftDay(day: string, by: number): string {
  return dayParts(day) ? addDays(day, by) : day;
}

export const isDay = (text: string): boolean => dayParts(text) !== null;
