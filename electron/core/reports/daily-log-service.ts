/**
 * Daily logs (日报, feature 9): computed per agent-day from the data, stored as a daily_logs row
 * (upserted, so recomputing is harmless and sync can carry the latest), summed over a date range
 * and exported. An agent reads only their own logs; supervisors read every agent of the shop.
 */
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import { and, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { agents, dailyLogs } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity, SettingsService } from '../settings/settings-service';
import { addDays, zonedDay, zonedInstant } from '../../../common/time/zoned-time';
import { computeDailyLog } from './daily-log-compute';
import { exportDailyReport, type ReportFile } from './daily-log-export';
import type { DailyLog, DailyReport, DailyReportInput, ReportExportInput } from './daily-log-schema';
import { summarise } from '../../../common/reports/daily-log-summary';

export interface DailyLogServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  settings: Pick<SettingsService, 'identity' | 'get' | 'shopRow'>;
}

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function createDailyLogService({ db, clock, newId, settings }: DailyLogServiceDeps) {
  const claimId = createNaturalIdClaim(db.$client, newId);
  const timeZone = () => settings.shopRow()?.timeZone ?? DEFAULT_TIME_ZONE;

  function agentFor(who: Identity, agentCode: string | undefined) {
    if (agentCode === undefined || agentCode === who.agentCode) {
      return { id: who.agentId, agentCode: who.agentCode, name: who.name };
    }
    if (who.role === 'agent') throw new AppError('forbidden', 'reports.error.otherAgent');
    const found = db
      .select({ id: agents.id, agentCode: agents.agentCode, name: agents.name })
      .from(agents)
      .where(and(eq(agents.shopId, who.shopId), eq(agents.agentCode, agentCode), isNull(agents.deletedAt)))
      .get();
    if (!found) throw new AppError('notFound', 'reports.error.agentUnknown', { agentCode });
    return found;
  }

  /**
   * Computes and stores one agent-day's log. A log whose figures did not change is left as it
   * is: every view recomputes, and rewriting the row would send the server a change each time.
   */
  function computeAndStore(who: Identity, agent: DailyLog['agent'], day: string, now: number): DailyLog {
    const log = computeDailyLog(db, { shopId: who.shopId, agent, day, timeZone: timeZone(), now });
    // Another agent's log is that agent's own record, which only its owner writes (DESIGN.md
    // "Sync protocol", scope): a supervisor's desk shows it without storing it.
    if (agent.id !== who.agentId) return log;
    const stored = db
      .select({ payload: dailyLogs.payload, deletedAt: dailyLogs.deletedAt })
      .from(dailyLogs)
      .where(and(eq(dailyLogs.ownerId, agent.id), eq(dailyLogs.day, day)))
      .get();
    const figures = (payload: unknown) => JSON.stringify({ ...(payload as DailyLog), computedAt: 0 });
    if (stored && stored.deletedAt === null && figures(stored.payload) === figures(log)) return log;
    db.insert(dailyLogs)
      .values({
        id: claimId('daily_logs', naturalIds.dailyLog(who.shopId, agent.id, day)),
        shopId: who.shopId,
        ownerId: agent.id,
        scope: 'personal',
        createdAt: now,
        updatedAt: now,
        day,
        payload: log,
        computedAt: now,
      })
      .onConflictDoUpdate({
        target: [dailyLogs.ownerId, dailyLogs.day],
        set: { payload: log, computedAt: now, updatedAt: now, deletedAt: null },
      })
      .run();
    return log;
  }

  function daily(input: DailyReportInput): DailyReport {
    const who = requireIdentity(settings.identity);
    const agent = agentFor(who, input.agentCode);
    const now = clock.now();
    const logs = db.transaction(
      () => {
        const computed: DailyLog[] = [];
        for (let day = input.from; day <= input.to; day = addDays(day, 1)) {
          computed.push(computeAndStore(who, agent, day, now));
        }
        return computed;
      },
      { behavior: 'immediate' },
    );
    return { logs, summary: summarise(logs, input.from, input.to) };
  }

  async function exportReport(input: ReportExportInput): Promise<ReportFile> {
    const report = daily(input);
    return exportDailyReport(report, {
      format: input.format,
      language: settings.get().language,
      timeZone: timeZone(),
      agentCode: report.logs[0]?.agent.agentCode ?? '',
    });
  }

  /**
   * Before each sync push (the sync engine's beforePush): today's log, so the server — and the
   * supervisor console reading it — always holds the agent's current figures; and yesterday's
   * until the first sync after midnight, whose last changes came after the previous sync. An
   * unchanged log is not rewritten, so a sync with nothing new sends nothing.
   */
  function storeCurrent(lastSyncedAt: number | null): void {
    const who = settings.identity();
    if (!who) return;
    const agent = { id: who.agentId, agentCode: who.agentCode, name: who.name };
    const now = clock.now();
    const zone = timeZone();
    const today = zonedDay(now, zone);
    const yesterdayOpen = lastSyncedAt !== null && lastSyncedAt < zonedInstant(today, '00:00', zone);
    const days = yesterdayOpen ? [addDays(today, -1), today] : [today];
    db.transaction(
      () => {
        for (const day of days) computeAndStore(who, agent, day, now);
      },
      { behavior: 'immediate' },
    );
  }

  return { daily, export: exportReport, storeCurrent };
}

export type DailyLogService = ReturnType<typeof createDailyLogService>;
