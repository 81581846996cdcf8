/**
 * Rows as desks sync them, written straight into the server's rows table for the console's
 * figure tests (the sync path itself is tested in server/sync and integration/), and a daily log
 * payload in the desk's schema.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  DAILY_LOG_SCHEMA_VERSION,
  LOSS_REASONS,
  RETURN_KINDS,
  TASK_KINDS,
  dailyLogSchema,
  type DailyLog,
} from '../../../common/reports/daily-log-schema';
import { zonedInstant } from '../../../common/time/zoned-time';
import { rows } from '../../database/schema';
import type { Storage } from '../../database/storage';
import { fullRow } from '../../test-support/sync-client';
import type { SyncTable } from '../../../common/sync/sync-tables';

export const ZONE = 'Asia/Shanghai';
export const at = (day: string, time: string) => zonedInstant(day, time, ZONE);

let version = 1_000;

/** A synced row of `table` (client columns by their SQLite names); answers its id. */
export async function seedRow(
  storage: Storage,
  shopId: string,
  table: SyncTable,
  ownerId: string | null,
  values: Record<string, unknown>,
): Promise<string> {
  const data = fullRow(table, { owner_id: ownerId, ...values });
  delete data.shop_id;
  delete data.version;
  const id = String(data.id);
  await storage.db.insert(rows).values({
    shopId,
    tableName: table,
    id,
    ownerId,
    version: ++version,
    deletedAt: (values.deleted_at as number | undefined) ?? null,
    data,
  });
  return id;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** A daily log as a desk computes it, with every figure zero unless given. */
export function sampleLog(
  agent: DailyLog['agent'],
  day: string,
  overrides: Partial<Omit<DailyLog, 'inquiries'>> & { inquiries?: Partial<DailyLog['inquiries']> } = {},
): DailyLog {
  const { inquiries, ...rest } = overrides;
  const tally = { created: 0, done: 0, overdue: 0 };
  return dailyLogSchema.parse({
    schemaVersion: DAILY_LOG_SCHEMA_VERSION,
    day,
    timeZone: ZONE,
    agent,
    computedAt: at(day, '12:00'),
    checklist: { checked: 0, total: 12 },
    inquiries: {
      total: 0,
      converted: 0,
      lost: 0,
      pending: 0,
      conversionRate: null,
      lossReasons: zeros(LOSS_REASONS),
      convertedOrders: 0,
      convertedPaidFen: 0,
      averageOrderValueFen: null,
      ...inquiries,
    },
    orders: { remarks: 0, addressVerifications: 0, shipNotices: 0 },
    tasks: { byKind: Object.fromEntries(TASK_KINDS.map((kind) => [kind, tally])), total: tally },
    returns: { registered: 0, refundFen: 0, byKind: zeros(RETURN_KINDS) },
    badReviewsHandled: 0,
    complaints: { opened: 0, done: 0 },
    phrases: { uses: 0, byGroup: [], top: [] },
    responses: {
      timed: 0,
      totalMs: 0,
      within15s: 0,
      averageSeconds: null,
      within15sRate: null,
      suggestionsPicked: 0,
    },
    firstActivityAt: null,
    lastActivityAt: null,
    checklistItems: [],
    inquiryRows: [],
    returnRows: [],
    ...rest,
  });
}

export const seedLog = (storage: Storage, shopId: string, ownerId: string, log: DailyLog) =>
  seedRow(storage, shopId, 'daily_logs', ownerId, {
    id: randomUUID(),
    day: log.day,
    payload: JSON.stringify(log),
    computed_at: log.computedAt,
    scope: 'personal',
  });

/** Marks an agent's tokens as used at `when` (what the server records on each request). */
export const lastUsed = (storage: Storage, agentId: string, when: number) =>
  storage.db.execute(
    sql`update tokens set last_used_at = to_timestamp(${when / 1000}) where agent_id = ${agentId}`,
  );
