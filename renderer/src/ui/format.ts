/**
 * Dates and money the way Chinese shop back-ends show them: `2026-11-24 14:05` (24 h) and `¥128.00`
 * from integer fen. Times are shown on the shop's clock (the host cuts days and reads platform
 * exports in the shop's time zone, Asia/Shanghai unless the shop says otherwise), whatever zone the
 * agent's machine is set to. Pure, so the rules are tested.
 */
import { formatFenAsYuan } from '../../../common/yuan';

let displayTimeZone = 'Asia/Shanghai';
let formatter: Intl.DateTimeFormat | null = null;

/** The shop's IANA time zone; an unknown name leaves the current one. */
export function setDisplayTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return;
  }
  displayTimeZone = timeZone;
  formatter = null;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallTime(ms: number): WallTime {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: displayTimeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** The instant the shop's clock reads this wall time (the offset is looked up at that instant). */
export function zonedEpoch(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const wall = wallTime(asUtc);
  const offset = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - asUtc;
  const guess = asUtc - offset;
  const again = wallTime(guess);
  const secondOffset = Date.UTC(again.year, again.month - 1, again.day, again.hour, again.minute) - guess;
  return asUtc - secondOffset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-24` on the shop's clock. */
export function formatDay(ms: number): string {
  const { year, month, day } = wallTime(ms);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `14:05` on the shop's clock. */
export function formatTime(ms: number): string {
  const { hour, minute } = wallTime(ms);
  return `${pad(hour)}:${pad(minute)}`;
}

/** `2026-11-24 14:05`, or '—' when there is no time. */
export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return `${formatDay(ms)} ${formatTime(ms)}`;
}

/** `¥128.00` from 12800 fen. */
export function formatMoney(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${formatFenAsYuan(fen)}`;
}

/** The shop's midnight starting the day `2026-11-24` names; null for anything else. */
export function startOfDayMs(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const ms = zonedEpoch(Number(match[1]), Number(match[2]), Number(match[3]));
  return formatDay(ms) === day ? ms : null;
}

/** The day after (or before) `day`, as `YYYY-MM-DD`. */
export function shiftDay(day: string, by: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + by));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A `<input type="datetime-local">` value (`2026-11-24T14:05`, shop clock) ↔ epoch ms. */
export function toDateTimeLocal(ms: number): string {
  return formatDateTime(ms).replace(' ', 'T');
}

export function fromDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return zonedEpoch(y, mo, d, h, mi);
}

/** Tomorrow at `hour`:00 on the shop's clock. */
export function tomorrowAt(now: number, hour: number): number {
  const [y, mo, d] = shiftDay(formatDay(now), 1).split('-').map(Number) as [number, number, number];
  return zonedEpoch(y, mo, d, hour);
}
