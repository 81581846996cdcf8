/**
 * Platform exports write times as the shop's wall-clock time without a zone
 * (`2026-11-20 09:12:33`); the shop's time zone turns them into instants.
 */

/** `YYYY-MM-DD HH:mm[:ss]`, also with `/` and a single-digit month, day or hour (Excel re-saves). */
const WALL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/;

/** Offsets change at most twice a year, so one lookup per zone and hour serves a whole import. */
const offsetCache = new Map<string, Map<number, number>>();

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMs(timeZone: string, utcGuess: number): number {
  const hour = Math.floor(utcGuess / 3_600_000);
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const cached = zone.get(hour);
  if (cached !== undefined) return cached;
  const parts = formatterFor(timeZone).formatToParts(new Date(utcGuess));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const offset = asUtc - Math.floor(utcGuess / 1000) * 1000;
  zone.set(hour, offset);
  return offset;
}

/** Epoch ms of a wall-clock time in `timeZone`, or null when the text is not a real date and time. */
export function parseShopTime(text: string, timeZone: string): number | null {
  const match = WALL_TIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...fields);
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-30 over into March; a date that rolled over was not a date.
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || fields[3] > 23) return null;
  // The offset at the wall time read as UTC is right except within hours of a DST switch;
  // a second pass with the corrected instant settles those.
  const first = wall - zoneOffsetMs(timeZone, wall);
  return wall - zoneOffsetMs(timeZone, first);
}
