/**
 * 今日团队: one row per agent of the shop for a day, the figures from each desk's own daily log
 * (recomputed before every sync push, so at most one sync old), the checklist's last step from
 * it, the SOP clock from the synced checklist, open complaints and bad reviews from the synced
 * tasks, and when the desk last synced from its tokens. Four statements whatever the shop's size.
 */
import { asc, eq, max, sql } from 'drizzle-orm';
import type { DailyLog } from '../../../common/reports/daily-log-schema';
import { responseFigures } from '../../../common/reports/response-figures';
import { zonedDay, zonedInstant } from '../../../common/time/zoned-time';
import { agents, rows, tokens } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { ONLINE_WINDOW_MS, type TeamTodayResponse, type TeamTodayRow } from '../console-api';
import type { ConsoleCaller } from './console-session';
import { readDailyLogs } from './daily-log-rows';
import { num, queryRows, rateOf } from './raw-query';
import { shopTimeZone } from './shop-clock';

type BehindStep = TeamTodayRow['behindSteps'][number];

/** Anchored steps (催付 an hour before 截单时间) of each agent's checklist of the day, not yet checked. */
async function uncheckedAnchoredSteps(db: ServerDb, shopId: string, day: string) {
  return queryRows<{
    owner_id: string;
    step_key: string;
    title_zh: string;
    title_en: string;
    anchor_time: string;
  }>(
    db,
    sql`select d.owner_id, s.data->>'step_key' as step_key, s.data->>'title_zh' as title_zh,
          s.data->>'title_en' as title_en, s.data->>'anchor_time' as anchor_time
        from ${rows} d
        join ${rows} s on s.shop_id = d.shop_id and s.table_name = 'checklist_steps'
          and s.deleted_at is null and s.data->>'template_id' = d.data->>'template_id'
          and s.data->>'anchor_time' is not null
        where d.shop_id = ${shopId} and d.table_name = 'checklist_days' and d.deleted_at is null
          and d.data->>'day' = ${day}
          and not exists (
            select 1 from ${rows} i
            where i.shop_id = d.shop_id and i.table_name = 'checklist_items' and i.deleted_at is null
              and i.data->>'day_id' = d.id and i.data->>'step_key' = s.data->>'step_key'
              and i.data->>'checked_at' is not null)`,
  );
}

/** Open 投诉 and 中差评 tasks by the agent who created them (tasks are team rows). */
async function openCaseTasks(db: ServerDb, shopId: string, now: number) {
  return queryRows<{ owner_id: string | null; complaints: string; bad_reviews: string; overdue: string }>(
    db,
    sql`select owner_id,
          count(*) filter (where data->>'kind' = 'complaint') as complaints,
          count(*) filter (where data->>'kind' = 'badReview') as bad_reviews,
          count(*) filter (where (data->>'due_at')::bigint < ${now}) as overdue
        from ${rows}
        where shop_id = ${shopId} and table_name = 'tasks' and deleted_at is null and data->>'status' = 'open'
        group by owner_id`,
  );
}

function lastStep(log: DailyLog | undefined): TeamTodayRow['checklist']['lastStep'] {
  let last: TeamTodayRow['checklist']['lastStep'] = null;
  for (const item of log?.checklistItems ?? [])
    if (item.checkedAt !== null && (!last || item.checkedAt > last.checkedAt))
      last = {
        stepKey: item.stepKey,
        titleZh: item.titleZh,
        titleEn: item.titleEn,
        checkedAt: item.checkedAt,
      };
  return last;
}

export async function teamToday(
  db: ServerDb,
  caller: ConsoleCaller,
  requestedDay: string | undefined,
  now = Date.now(),
): Promise<TeamTodayResponse> {
  const timeZone = await shopTimeZone(db, caller.shopId);
  const day = requestedDay ?? zonedDay(now, timeZone);
  const [shopAgents, logs, anchored, cases] = await Promise.all([
    db
      .select({
        id: agents.id,
        code: agents.code,
        name: agents.name,
        role: agents.role,
        disabled: agents.disabled,
        lastSyncAt: max(tokens.lastUsedAt),
      })
      .from(agents)
      .leftJoin(tokens, eq(tokens.agentId, agents.id))
      .where(eq(agents.shopId, caller.shopId))
      .groupBy(agents.id)
      .orderBy(asc(agents.code)),
    readDailyLogs(db, caller.shopId, day, day),
    uncheckedAnchoredSteps(db, caller.shopId, day),
    openCaseTasks(db, caller.shopId, now),
  ]);

  const behindOf = new Map<string, BehindStep[]>();
  for (const step of anchored) {
    if (zonedInstant(day, step.anchor_time, timeZone) > now) continue;
    const list = behindOf.get(step.owner_id) ?? [];
    list.push({
      stepKey: step.step_key,
      titleZh: step.title_zh,
      titleEn: step.title_en,
      anchorTime: step.anchor_time,
    });
    behindOf.set(step.owner_id, list);
  }
  const casesOf = new Map(cases.map((row) => [row.owner_id, row]));

  const rowsOut: TeamTodayRow[] = [];
  const worked: DailyLog[] = [];
  for (const agent of shopAgents) {
    const log = logs.get(agent.id)?.get(day);
    // Admins and disabled agents appear only on a day they worked.
    if (!log && (agent.disabled || agent.role === 'admin')) continue;
    const lastSyncAt = agent.lastSyncAt ? new Date(agent.lastSyncAt).getTime() : null;
    const behindSteps = behindOf.get(agent.id) ?? [];
    const open = casesOf.get(agent.id);
    if (log) worked.push(log);
    rowsOut.push({
      agentCode: agent.code,
      name: agent.name,
      role: agent.role,
      online: lastSyncAt !== null && now - lastSyncAt <= ONLINE_WINDOW_MS,
      lastSyncAt,
      logComputedAt: log?.computedAt ?? null,
      checklist: {
        checked: log?.checklist.checked ?? 0,
        total: log?.checklist.total ?? 0,
        lastStep: lastStep(log),
      },
      inquiries: log?.inquiries.total ?? 0,
      converted: log?.inquiries.converted ?? 0,
      conversionRate: log?.inquiries.conversionRate ?? null,
      averageOrderValueFen: log?.inquiries.averageOrderValueFen ?? null,
      averageResponseSeconds: log?.responses.averageSeconds ?? null,
      within15sRate: log?.responses.within15sRate ?? null,
      briefing: log?.briefing ?? null,
      overdueTasks: log?.tasks.total.overdue ?? 0,
      complaintsOpen: num(open?.complaints),
      badReviewsOpen: num(open?.bad_reviews),
      behind: behindSteps.length > 0,
      behindSteps,
    });
  }

  const sum = (pick: (log: DailyLog) => number) => worked.reduce((total, log) => total + pick(log), 0);
  const inquiries = sum((log) => log.inquiries.total);
  const converted = sum((log) => log.inquiries.converted);
  const convertedOrders = sum((log) => log.inquiries.convertedOrders);
  const convertedPaidFen = sum((log) => log.inquiries.convertedPaidFen);
  const responses = responseFigures(
    sum((log) => log.responses.timed),
    sum((log) => log.responses.totalMs),
    sum((log) => log.responses.within15s),
    sum((log) => log.responses.suggestionsPicked),
  );
  return {
    day,
    shopName: caller.shopName,
    timeZone,
    generatedAt: now,
    agents: rowsOut,
    totals: {
      agents: rowsOut.length,
      online: rowsOut.filter((row) => row.online).length,
      behind: rowsOut.filter((row) => row.behind).length,
      inquiries,
      converted,
      conversionRate: rateOf(converted, inquiries),
      convertedOrders,
      convertedPaidFen,
      averageOrderValueFen: convertedOrders === 0 ? null : Math.round(convertedPaidFen / convertedOrders),
      timedQuestions: responses.timed,
      averageResponseSeconds: responses.averageSeconds,
      within15sRate: responses.within15sRate,
      briefingRead: rowsOut.filter((row) => row.briefing !== null && row.briefing.readAt !== null).length,
      // Tasks are the shop's: every desk's log counts the same overdue ones, so the team's are counted once here.
      overdueTasks: cases.reduce((total, row) => total + num(row.overdue), 0),
      complaintsOpen: cases.reduce((total, row) => total + num(row.complaints), 0),
      badReviewsOpen: cases.reduce((total, row) => total + num(row.bad_reviews), 0),
    },
  };
}
