/**
 * 升级: the shop's escalations over the synced rows, escalated in a range of the shop's days —
 * where each stands, who escalated it, what the buyer wants, the supervisor's answer and the time
 * to it — with the range's totals and median time to a first answer. Read-only: answers are given
 * on the desk, where the sync's column rules decide who may give them.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../common/time/zoned-time';
import { agents, rows } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { ESCALATION_LIST_LIMIT, type EscalationsResponse } from '../console-api';
import type { ConsoleCaller } from './console-session';
import { num, numOrNull, queryRows } from './raw-query';
import { dayStart, shopTimeZone } from './shop-clock';

type Item = EscalationsResponse['items'][number];

const escalatedAt = sql`(e.data->>'escalated_at')::bigint`;
const firstAnswerAt = sql`(e.data->>'first_answer_at')::bigint`;
const inRange = (shopId: string, start: number, end: number) =>
  sql`e.shop_id = ${shopId} and e.table_name = 'escalations' and e.deleted_at is null
    and ${escalatedAt} >= ${start} and ${escalatedAt} < ${end}`;

export async function escalationList(
  db: ServerDb,
  caller: ConsoleCaller,
  query: { from: string; to: string; status?: Item['status'] | undefined },
): Promise<EscalationsResponse> {
  const { shopId } = caller;
  const zone = await shopTimeZone(db, shopId);
  const start = dayStart(query.from, zone);
  const end = dayStart(addDays(query.to, 1), zone);
  const status = query.status ? sql`and e.data->>'status' = ${query.status}` : sql``;
  const [totals, items] = await Promise.all([
    queryRows<Record<'opened' | 'open' | 'answered' | 'taken_over' | 'closed' | 'median', string | null>>(
      db,
      sql`select count(*) as opened,
            count(*) filter (where e.data->>'status' = 'open') as open,
            count(*) filter (where e.data->>'status' = 'answered') as answered,
            count(*) filter (where e.data->>'status' = 'taken_over') as taken_over,
            count(*) filter (where e.data->>'status' = 'closed') as closed,
            percentile_cont(0.5) within group (order by ${firstAnswerAt} - ${escalatedAt}) as median
          from ${rows} e where ${inRange(shopId, start, end)}`,
    ),
    queryRows<{
      id: string;
      status: Item['status'];
      source_kind: Item['sourceKind'];
      agent_code: string | null;
      agent_name: string | null;
      order_no: string | null;
      buyer_nick: string | null;
      reason: string;
      buyer_wants: string | null;
      answer: string | null;
      escalated_at: string;
      first_answer_at: string | null;
      closed_at: string | null;
    }>(
      db,
      sql`select e.id, e.data->>'status' as status, e.data->>'source_kind' as source_kind,
            a.code as agent_code, a.name as agent_name, e.data->>'order_no' as order_no,
            e.data->>'buyer_nick' as buyer_nick, e.data->>'reason' as reason,
            e.data->>'buyer_wants' as buyer_wants, e.data->>'answer' as answer,
            ${escalatedAt} as escalated_at, ${firstAnswerAt} as first_answer_at,
            (e.data->>'closed_at')::bigint as closed_at
          from ${rows} e left join ${agents} a on a.id = e.owner_id and a.shop_id = e.shop_id
          where ${inRange(shopId, start, end)} ${status}
          order by case e.data->>'status' when 'open' then 0 when 'answered' then 1
              when 'taken_over' then 2 else 3 end,
            ${escalatedAt}, e.id
          limit ${ESCALATION_LIST_LIMIT}`,
    ),
  ]);
  const total = totals[0];
  const median = numOrNull(total?.median);
  return {
    from: query.from,
    to: query.to,
    totals: {
      opened: num(total?.opened),
      open: num(total?.open),
      answered: num(total?.answered),
      takenOver: num(total?.taken_over),
      closed: num(total?.closed),
      medianFirstAnswerMs: median === null ? null : Math.round(median),
    },
    items: items.map((row) => {
      const escalated = num(row.escalated_at);
      const answered = numOrNull(row.first_answer_at);
      return {
        id: row.id,
        status: row.status,
        sourceKind: row.source_kind,
        agentCode: row.agent_code,
        agentName: row.agent_name,
        orderNo: row.order_no,
        buyerNick: row.buyer_nick ?? '',
        reason: row.reason,
        buyerWants: row.buyer_wants ?? '',
        answer: row.answer,
        escalatedAt: escalated,
        firstAnswerAt: answered,
        closedAt: numOrNull(row.closed_at),
        firstAnswerMs: answered === null ? null : answered - escalated,
      };
    }),
  };
}
