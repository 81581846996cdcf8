/**
 * 日报 of one agent over days `from`..`to`: the logs their desk synced, oldest first, and the
 * range's summary by the desk's own summarise, so the console shows what the desk's report page
 * shows for the same days.
 */
import { and, eq } from 'drizzle-orm';
import { summarise } from '../../../common/reports/daily-log-summary';
import { agents } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import type { DailyLogResponse } from '../console-api';
import { ConsoleError } from './console-error';
import type { ConsoleCaller } from './console-session';
import { readDailyLogs } from './daily-log-rows';
import { eachDay } from './shop-clock';

export async function findShopAgent(db: ServerDb, shopId: string, code: string) {
  const [agent] = await db
    .select({
      id: agents.id,
      code: agents.code,
      name: agents.name,
      role: agents.role,
      disabled: agents.disabled,
    })
    .from(agents)
    .where(and(eq(agents.shopId, shopId), eq(agents.code, code)));
  if (!agent)
    throw new ConsoleError('agentNotFound', `agent: no agent with 工号 ${code} in this shop.`, {
      field: 'agent',
    });
  return agent;
}

export async function agentDailyLogs(
  db: ServerDb,
  caller: ConsoleCaller,
  query: { agent: string; from: string; to: string },
): Promise<DailyLogResponse> {
  const agent = await findShopAgent(db, caller.shopId, query.agent);
  const byDay = (await readDailyLogs(db, caller.shopId, query.from, query.to, agent.id)).get(agent.id);
  const days = eachDay(query.from, query.to);
  const logs = days.flatMap((day) => {
    const log = byDay?.get(day);
    return log ? [log] : [];
  });
  return {
    agent: { code: agent.code, name: agent.name },
    logs,
    summary: summarise(logs, query.from, query.to),
    missingDays: days.filter((day) => !byDay?.has(day)),
  };
}
