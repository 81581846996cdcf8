/**
 * Days on the shop's clock. The server's shops row has no time zone; the desks cut their daily
 * logs on the shop's IANA zone and write it into each log, so the console takes the zone of the
 * shop's latest log (Asia/Shanghai, the desks' default, before any log arrived).
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { rows } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { addDays, zonedInstant } from '../../../common/time/zoned-time';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The payload is the desk's JSON text; one that is not JSON (a hostile desk) names no zone. */
function zoneOfPayload(payload: string): string | null {
  try {
    const zone = (JSON.parse(payload) as { timeZone?: unknown }).timeZone;
    return typeof zone === 'string' ? zone : null;
  } catch {
    return null;
  }
}

export async function shopTimeZone(db: ServerDb, shopId: string): Promise<string> {
  const [latest] = await db
    .select({ payload: sql<string | null>`${rows.data}->>'payload'` })
    .from(rows)
    .where(and(eq(rows.shopId, shopId), eq(rows.tableName, 'daily_logs'), isNull(rows.deletedAt)))
    .orderBy(desc(sql`${rows.data}->>'day'`))
    .limit(1);
  const zone = latest?.payload ? zoneOfPayload(latest.payload) : null;
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export const dayStart = (day: string, zone: string) => zonedInstant(day, '00:00', zone);

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** `from`..`to` inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
