/**
 * 话术: the team's phrase usage over the synced phrase_usages (each paste or copy an agent made):
 * the most used team phrases, team phrases nobody used in the 30 days up to `to`, per agent, and
 * how often the reply came from the suggestions (推荐话术). One statement per figure over the
 * rows_phrase_usages_at / rows_phrase_usages_phrase indexes.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { addDays } from '../../../common/time/zoned-time';
import { agents, rows } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import type { PhraseUsageResponse } from '../console-api';
import type { ConsoleCaller } from './console-session';
import { num, numOrNull, queryRows, rateOf } from './raw-query';
import { dayStart, shopTimeZone } from './shop-clock';

const MOST_USED = 50;
const UNUSED_LIMIT = 200;
const UNUSED_DAYS = 30;

const usedAt = sql`(u.data->>'used_at')::bigint`;
const usagesIn = (shopId: string, start: number, end: number) =>
  sql`u.shop_id = ${shopId} and u.table_name = 'phrase_usages' and u.deleted_at is null
    and ${usedAt} >= ${start} and ${usedAt} < ${end}`;
/** Phrase `p`'s group `g`, left-joined: a phrase may have none. */
const withGroup = sql`left join ${rows} g on g.shop_id = p.shop_id and g.table_name = 'phrase_groups'
  and g.id = p.data->>'group_id' and g.deleted_at is null`;
/** `p` is a live team phrase of the shop. */
const teamPhrase = (shopId: string) =>
  sql`p.shop_id = ${shopId} and p.table_name = 'phrases' and p.deleted_at is null and p.data->>'scope' = 'team'`;

export async function phraseUsage(
  db: ServerDb,
  caller: ConsoleCaller,
  query: { from: string; to: string },
): Promise<PhraseUsageResponse> {
  const { shopId } = caller;
  const zone = await shopTimeZone(db, shopId);
  const start = dayStart(query.from, zone);
  const end = dayStart(addDays(query.to, 1), zone);
  const unusedSince = dayStart(addDays(query.to, 1 - UNUSED_DAYS), zone);
  const [totals, mostUsed, unused, perAgent, shopAgents] = await Promise.all([
    queryRows<{ uses: string; picked: string }>(
      db,
      sql`select count(*) as uses, count(*) filter (where u.data->>'source' = 'suggestion') as picked
          from ${rows} u where ${usagesIn(shopId, start, end)}`,
    ),
    queryRows<{
      phrase_id: string;
      title: string;
      group_name: string | null;
      uses: string;
      agents: string;
      picked: string;
    }>(
      db,
      sql`with used as (
            select u.data->>'phrase_id' as phrase_id, count(*) as uses, count(distinct u.owner_id) as agents,
              count(*) filter (where u.data->>'source' = 'suggestion') as picked
            from ${rows} u where ${usagesIn(shopId, start, end)}
            group by 1)
          select used.phrase_id, p.data->>'title' as title, g.data->>'name' as group_name,
            used.uses, used.agents, used.picked
          from used join ${rows} p on p.id = used.phrase_id ${withGroup}
          where ${teamPhrase(shopId)}
          order by used.uses desc, used.phrase_id
          limit ${MOST_USED}`,
    ),
    queryRows<{ phrase_id: string; title: string; group_name: string | null; last_used_at: string | null }>(
      db,
      sql`select p.id as phrase_id, p.data->>'title' as title, g.data->>'name' as group_name,
            (select max(${usedAt}) from ${rows} u
              where u.shop_id = ${shopId} and u.table_name = 'phrase_usages' and u.deleted_at is null
                and u.data->>'phrase_id' = p.id and ${usedAt} < ${end}) as last_used_at
          from ${rows} p ${withGroup}
          where ${teamPhrase(shopId)}
            and not exists (select 1 from ${rows} u
              where ${usagesIn(shopId, unusedSince, end)} and u.data->>'phrase_id' = p.id)
          order by g.data->>'name' nulls first, p.data->>'title', p.id
          limit ${UNUSED_LIMIT}`,
    ),
    queryRows<{ owner_id: string; uses: string; phrases: string; picked: string }>(
      db,
      sql`select u.owner_id, count(*) as uses, count(distinct u.data->>'phrase_id') as phrases,
            count(*) filter (where u.data->>'source' = 'suggestion') as picked
          from ${rows} u where ${usagesIn(shopId, start, end)}
          group by 1`,
    ),
    db
      .select({ id: agents.id, code: agents.code, name: agents.name })
      .from(agents)
      .where(eq(agents.shopId, shopId))
      .orderBy(asc(agents.code)),
  ]);
  const uses = num(totals[0]?.uses);
  const picked = num(totals[0]?.picked);
  const usageOf = new Map(perAgent.map((row) => [row.owner_id, row]));
  return {
    from: query.from,
    to: query.to,
    totals: { uses, suggestionsPicked: picked, suggestionRate: rateOf(picked, uses) },
    mostUsed: mostUsed.map((row) => ({
      phraseId: row.phrase_id,
      title: row.title,
      groupName: row.group_name ?? '',
      uses: num(row.uses),
      agents: num(row.agents),
      suggestionsPicked: num(row.picked),
    })),
    unusedIn30Days: unused.map((row) => ({
      phraseId: row.phrase_id,
      title: row.title,
      groupName: row.group_name ?? '',
      lastUsedAt: numOrNull(row.last_used_at),
    })),
    byAgent: shopAgents.flatMap((agent) => {
      const row = usageOf.get(agent.id);
      if (!row) return [];
      const agentUses = num(row.uses);
      const agentPicked = num(row.picked);
      return [
        {
          agentCode: agent.code,
          name: agent.name,
          uses: agentUses,
          distinctPhrases: num(row.phrases),
          suggestionsPicked: agentPicked,
          suggestionRate: rateOf(agentPicked, agentUses),
        },
      ];
    }),
  };
}
