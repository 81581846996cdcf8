/**
 * Dates and money the way Chinese shop back-ends show them: `2026-11-24 14:05` (24 h, local time)
 * and `¥128.00` from integer fen. Pure, so the rules are tested.
 */
import { formatFenAsYuan } from '../../../common/yuan';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-24` in local time. */
export function formatDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `2026-11-24 14:05`, or '—' when there is no time. */
export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const date = new Date(ms);
  return `${formatDay(ms)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `14:05`. */
export function formatTime(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `¥128.00` from 12800 fen. */
export function formatMoney(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${formatFenAsYuan(fen)}`;
}

/** Local midnight of the day `2026-11-24` names; null for anything else. */
export function startOfDayMs(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) || formatDay(date.getTime()) !== day ? null : date.getTime();
}

/** A `<input type="datetime-local">` value (`2026-11-24T14:05`) ↔ epoch ms. */
export function toDateTimeLocal(ms: number): string {
  return formatDateTime(ms).replace(' ', 'T');
}

export function fromDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const ms = new Date(y, mo - 1, d, h, mi).getTime();
  return Number.isNaN(ms) ? null : ms;
}
