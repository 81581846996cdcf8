/**
 * Calendar arithmetic in the shop's time zone (截单时间, "today" on the task list). The agent's
 * computer may sit in another zone than the shop, so nothing here reads the process's zone.
 */

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** Wall-clock fields of an instant in `timeZone`. */
function wallClock(at: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour!,
    minute: fields.minute!,
  };
}

/** How far `timeZone` is ahead of UTC at that instant, in ms (whole minutes). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(at / MINUTE_MS) * MINUTE_MS;
}

/** `YYYY-MM-DD` of the instant in `timeZone`. */
export function zonedDay(at: number, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * The instant when the wall clock in `timeZone` shows `time` (`HH:mm`) on `day`. The second
 * round settles the offset across a daylight-saving change; a time the change skips does not
 * exist, and lands just after the gap.
 */
export function zonedInstant(day: string, time: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  return zoneOffsetMs(second, timeZone) === wall - second ? second : Math.max(first, second);
}

/**
 * Excel dates have no zone: a Date whose UTC fields are the shop's wall-clock time shows as the
 * shop's clock on any machine (the desk's 日报 export and the server's team report alike).
 */
export const wallClockDate = (at: number, timeZone: string): Date =>
  new Date(at + zoneOffsetMs(at, timeZone));
