/**
 * The daily logs the desks synced (rows of daily_logs, the payload the desk's computeDailyLog
 * produced, as JSON text), parsed with the desk's own schema: the console shows the numbers the
 * desk shows. A payload that does not parse (a desk far older or newer, a hostile one) is left out.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { dailyLogSchema, type DailyLog } from '../../../common/reports/daily-log-schema';
import { rows } from '../../database/schema';
import type { ServerDb } from '../../database/storage';

export function parseDailyLog(payload: unknown): DailyLog | null {
  if (typeof payload !== 'string') return null;
  try {
    const parsed = dailyLogSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The shop's logs of days `from`..`to` (optionally of one agent), by owner then day. */
export async function readDailyLogs(
  db: ServerDb,
  shopId: string,
  from: string,
  to: string,
  ownerId?: string,
): Promise<Map<string, Map<string, DailyLog>>> {
  const found = await db
    .select({ ownerId: rows.ownerId, payload: sql<string | null>`${rows.data}->>'payload'` })
    .from(rows)
    .where(
      and(
        eq(rows.shopId, shopId),
        eq(rows.tableName, 'daily_logs'),
        isNull(rows.deletedAt),
        sql`${rows.data}->>'day' between ${from} and ${to}`,
        ownerId === undefined ? undefined : eq(rows.ownerId, ownerId),
      ),
    );
  const byOwner = new Map<string, Map<string, DailyLog>>();
  for (const row of found) {
    const log = row.ownerId ? parseDailyLog(row.payload) : null;
    // The row's owner is the agent the server authenticated; the payload's agent is what the desk wrote.
    if (!log) continue;
    const days = byOwner.get(row.ownerId!) ?? new Map<string, DailyLog>();
    const seen = days.get(log.day);
    if (!seen || seen.computedAt < log.computedAt) days.set(log.day, log);
    byOwner.set(row.ownerId!, days);
  }
  return byOwner;
}
