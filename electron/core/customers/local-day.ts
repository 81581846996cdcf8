/**
 * Calendar days in the shop's time zone. Day lists (inquiries, returns) follow the shop's clock,
 * not the machine's: an agent's 11-25 in Shanghai starts at 11-24 16:00 UTC.
 */
import { z } from 'zod';

/** A calendar day as the contract takes it: `YYYY-MM-DD`, a real date. */
export const dayInputSchema = z.iso.date('validation.day.format');

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local wall-clock time minus UTC at `at`, in ms (+8 h for Asia/Shanghai). */
function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wallClock - Math.floor(at / 1000) * 1000;
}

/** Epoch ms of local midnight; the offset is taken twice so a DST change that day is honoured. */
function localMidnight(year: number, monthIndex: number, day: number, timeZone: string): number {
  const asUtc = Date.UTC(year, monthIndex, day);
  const first = asUtc - zoneOffset(asUtc, timeZone);
  return asUtc - zoneOffset(first, timeZone);
}

/** `[start, end)` in epoch ms of the local day `YYYY-MM-DD`. */
export function localDayRange(day: string, timeZone: string): { start: number; end: number } {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return {
    start: localMidnight(year, month, date, timeZone),
    end: localMidnight(year, month, date + 1, timeZone),
  };
}

/** `YYYY-MM-DD HH:mm` as the shop's clock shows `at`. */
export function localDateTime(at: number, timeZone: string): string {
  const local = new Date(at + zoneOffset(at, timeZone)).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
