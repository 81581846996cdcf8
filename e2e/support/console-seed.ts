/**
 * A week of a small team's synced work for the console's e2e, sent the way desks send it: pushes
 * to the real kefu-server under each person's own token (the supervisor writes the team library,
 * each agent their own rows). Two agents: 林小雨 KF007 (today's 催付 step not checked past its
 * anchor time, an overdue complaint) and 陈晓 KF008; three products, one converting far worse.
 */
import { randomUUID } from 'node:crypto';
import {
  DAILY_LOG_SCHEMA_VERSION,
  LOSS_REASONS,
  RETURN_KINDS,
  TASK_KINDS,
  dailyLogSchema,
  type DailyLog,
} from '../../common/reports/daily-log-schema';
import { SYNC_PATHS } from '../../common/sync/protocol';
import { addDays, zonedDay, zonedInstant } from '../../common/time/zoned-time';
import {
  fullRow,
  put,
  TestDesk,
  VERSION_HEADERS,
  type MutationInput,
} from '../../server/test-support/sync-client';

export const ZONE = 'Asia/Shanghai';

type Person = { token: string; code: string; name: string };

async function whoAmI(baseUrl: string, token: string): Promise<string> {
  const answer = await fetch(baseUrl + SYNC_PATHS.whoAmI, {
    headers: { ...VERSION_HEADERS, authorization: `Bearer ${token}` },
  });
  if (!answer.ok) throw new Error(`whoami answered ${answer.status}`);
  return ((await answer.json()) as { agentId: string }).agentId;
}

async function pushAll(desk: TestDesk, mutations: MutationInput[]): Promise<void> {
  for (let start = 0; start < mutations.length; start += 50) {
    const answer = await desk.push(...mutations.slice(start, start + 50));
    const refused = answer.results.filter((result) => result.outcome === 'rejected');
    if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused.map((r) => r.error))}`);
  }
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

type Inquiry = {
  at: number;
  product: string;
  outcome: 'converted' | 'lost' | 'pending';
  lossReason: string | null;
};

/** The day's log as the desk computes it, from the inquiries seeded for that day. */
function logOf(
  agent: DailyLog['agent'],
  day: string,
  inquiries: Inquiry[],
  extra: Partial<DailyLog>,
): DailyLog {
  const converted = inquiries.filter((i) => i.outcome === 'converted').length;
  const lost = inquiries.filter((i) => i.outcome === 'lost');
  const tally = { created: 0, done: 0, overdue: 0 };
  const lossReasons = zeros(LOSS_REASONS);
  for (const inquiry of lost) lossReasons[inquiry.lossReason as keyof typeof lossReasons] += 1;
  return dailyLogSchema.parse({
    schemaVersion: DAILY_LOG_SCHEMA_VERSION,
    day,
    timeZone: ZONE,
    agent,
    computedAt: zonedInstant(day, '23:30', ZONE),
    checklist: { checked: 0, total: 12 },
    inquiries: {
      total: inquiries.length,
      converted,
      lost: lost.length,
      pending: inquiries.length - converted - lost.length,
      conversionRate: inquiries.length ? converted / inquiries.length : null,
      lossReasons,
      convertedOrders: converted,
      convertedPaidFen: converted * 25_900,
      averageOrderValueFen: converted ? 25_900 : null,
    },
    orders: { remarks: 2, addressVerifications: 3, shipNotices: 1 },
    tasks: { byKind: Object.fromEntries(TASK_KINDS.map((kind) => [kind, tally])), total: tally },
    returns: { registered: 0, refundFen: 0, byKind: zeros(RETURN_KINDS) },
    badReviewsHandled: 0,
    complaints: { opened: 0, done: 0 },
    phrases: { uses: 0, byGroup: [], top: [] },
    responses: {
      timed: 4,
      totalMs: 46_000,
      within15s: 3,
      averageSeconds: 11.5,
      within15sRate: 0.75,
      suggestionsPicked: 1,
    },
    firstActivityAt: zonedInstant(day, '09:02', ZONE),
    lastActivityAt: zonedInstant(day, '18:40', ZONE),
    checklistItems: [],
    inquiryRows: inquiries.map((i) => ({
      inquiredAt: i.at,
      product: i.product,
      outcome: i.outcome,
      lossReason: i.lossReason,
      note: '',
      buyerNick: null,
      orderNo: null,
      paidFen: i.outcome === 'converted' ? 25_900 : null,
    })),
    returnRows: [],
    ...extra,
  });
}

/** [product, outcome, loss reason] per inquiry of one agent-day: 真丝眼罩 converts worst. */
const DAY_PATTERN: [string, Inquiry['outcome'], string | null][] = [
  ['北欧实木餐桌', 'converted', null],
  ['记忆棉枕头', 'converted', null],
  ['真丝眼罩', 'lost', 'price'],
  ['北欧实木餐桌', 'lost', 'service'],
  ['真丝眼罩', 'lost', 'price'],
  ['记忆棉枕头', 'pending', null],
];

export type SeededShop = { today: string; agentIds: Record<string, string> };

export async function seedConsoleShop(
  baseUrl: string,
  supervisor: Person,
  agents: readonly Person[],
): Promise<SeededShop> {
  const today = zonedDay(Date.now(), ZONE);
  const days = Array.from({ length: 7 }, (_, index) => addDays(today, index - 6));

  // The supervisor's desk: the team library (phrases, the checklist template with 催付 anchored).
  const lead = new TestDesk(baseUrl, supervisor.token);
  const groupId = randomUUID();
  const templateId = randomUUID();
  const phrases = [
    ['发货时间', 'fh', '亲，今天16点前付款当天发货哦～'],
    ['到货时间', 'dh', '江浙沪一般次日达，其他地区2-3天。'],
    ['退换说明', 'th', '支持7天无理由退换，运费险已为您购买。'],
    ['节日问候', 'jr', '节日快乐！店铺全场满199减20。'],
  ].map(([title, shortcut, body]) => ({ id: randomUUID(), title, shortcut, body }));
  await pushAll(lead, [
    put('phrase_groups', fullRow('phrase_groups', { id: groupId, name: '售前常用', scope: 'team' })),
    ...phrases.map((p, index) =>
      put('phrases', fullRow('phrases', { ...p, group_id: groupId, scope: 'team', sort_order: index })),
    ),
    put(
      'checklist_templates',
      fullRow('checklist_templates', { id: templateId, name: '售前 SOP', is_default: 1, scope: 'team' }),
    ),
    put(
      'checklist_steps',
      fullRow('checklist_steps', {
        template_id: templateId,
        step_key: 'urgePayment',
        sort_order: 7,
        title_zh: '催付',
        title_en: 'Payment reminders',
        scope: 'team',
        // Past on the shop's clock at any time of day but its first minute.
        anchor_time: '00:00',
      }),
    ),
    put(
      'checklist_steps',
      fullRow('checklist_steps', {
        template_id: templateId,
        step_key: 'prepare',
        sort_order: 1,
        title_zh: '开工准备',
        title_en: 'Get ready',
        scope: 'team',
      }),
    ),
  ]);

  const agentIds: Record<string, string> = {};
  for (const [index, agent] of agents.entries()) {
    const desk = new TestDesk(baseUrl, agent.token);
    const ownerId = await whoAmI(baseUrl, agent.token);
    agentIds[agent.code] = ownerId;
    const who = { id: ownerId, agentCode: agent.code, name: agent.name };
    const mutations: MutationInput[] = [];
    // A returning buyer of the first agent: paid 40 days ago, asked twice this week, did not buy.
    const returningId = randomUUID();
    if (index === 0)
      mutations.push(
        put(
          'customers',
          fullRow('customers', { id: returningId, scope: 'team', platform: 'taobao', nick: 'tb_小鹿粉丝' }),
        ),
        put(
          'orders',
          fullRow('orders', {
            scope: 'team',
            platform: 'taobao',
            order_no: '3321009876543219001',
            customer_id: returningId,
            buyer_nick: 'tb_小鹿粉丝',
            status: 'completed',
            total_fen: 12_900,
            paid_fen: 12_900,
            paid_at: zonedInstant(addDays(today, -40), '20:00', ZONE),
          }),
        ),
        // Orders paid this week, against which 退款率 is counted.
        ...[4, 5, 6].map((dayIndex) =>
          put(
            'orders',
            fullRow('orders', {
              scope: 'team',
              platform: 'taobao',
              order_no: `332100987654321900${dayIndex + 1}`,
              buyer_nick: `tb_买家${dayIndex}`,
              status: 'paid',
              total_fen: 25_900,
              paid_fen: 25_900,
              paid_at: zonedInstant(days[dayIndex]!, '16:00', ZONE),
            }),
          ),
        ),
      );
    for (const [dayIndex, day] of days.entries()) {
      // The second agent converts a little better, and the team does better after day 4.
      const pattern = DAY_PATTERN.filter((_, i) => dayIndex >= 4 || index === 1 || i !== 1);
      const inquiries: Inquiry[] = pattern.map(([product, outcome, lossReason], i) => ({
        at: zonedInstant(day, `${String(9 + i).padStart(2, '0')}:1${index}`, ZONE),
        product,
        outcome,
        lossReason,
      }));
      for (const [i, inquiry] of inquiries.entries())
        mutations.push(
          put(
            'inquiries',
            fullRow('inquiries', {
              owner_id: ownerId,
              scope: 'personal',
              customer_id: index === 0 && (dayIndex === 2 || dayIndex === 6) && i === 2 ? returningId : null,
              product: inquiry.product,
              outcome: inquiry.outcome,
              loss_reason: inquiry.lossReason,
              inquired_at: inquiry.at,
            }),
          ),
        );
      const checked = day === today ? (index === 0 ? 5 : 9) : 12;
      // 林小雨 collects and reads the briefing at 09:12; 陈晓 issues and has not read it.
      const log = logOf(who, day, inquiries, {
        invoices: {
          collected: index === 0 ? 2 : 0,
          registered: index === 0 ? 0 : 2,
          issued: index === 0 ? 0 : 2,
          sent: index === 0 ? 0 : 1,
          voided: 0,
          pending: index === 0 ? 1 : 0,
        },
        escalations: {
          opened: index === 0 ? 1 : 0,
          answered: 0,
          closed: 0,
          firstAnswerMs: index === 0 ? [12 * 60_000] : [],
          medianFirstAnswerMinutes: index === 0 ? 12 : null,
        },
        briefings: { days: 1, read: index === 0 ? 1 : 0 },
        briefing: { readAt: index === 0 ? zonedInstant(day, '09:12', ZONE) : null },
        checklist: { checked, total: 12 },
        checklistItems: [
          {
            stepKey: 'prepare',
            checkedAt: zonedInstant(day, '09:05', ZONE),
            note: index === 0 ? '看了今天的新品和满减活动' : '',
            carriedFromDay: null,
            titleZh: '开工准备',
            titleEn: 'Get ready',
          },
          {
            stepKey: 'urgePayment',
            checkedAt: day === today && index === 0 ? null : zonedInstant(day, '15:00', ZONE),
            note: '',
            carriedFromDay: null,
            titleZh: '催付',
            titleEn: 'Payment reminders',
          },
        ],
      });
      mutations.push(
        put(
          'daily_logs',
          fullRow('daily_logs', {
            owner_id: ownerId,
            scope: 'personal',
            day,
            payload: JSON.stringify(log),
            computed_at: log.computedAt,
          }),
        ),
      );
    }
    // Today's checklist: 开工准备 done; 催付 done only by the second agent.
    const dayId = randomUUID();
    mutations.push(
      put(
        'checklist_days',
        fullRow('checklist_days', {
          id: dayId,
          owner_id: ownerId,
          scope: 'personal',
          day: today,
          template_id: templateId,
        }),
      ),
      put(
        'checklist_items',
        fullRow('checklist_items', {
          owner_id: ownerId,
          scope: 'personal',
          day_id: dayId,
          step_key: 'prepare',
          sort_order: 1,
          checked_at: Date.now() - 60_000,
        }),
      ),
    );
    if (index === 1)
      mutations.push(
        put(
          'checklist_items',
          fullRow('checklist_items', {
            owner_id: ownerId,
            scope: 'personal',
            day_id: dayId,
            step_key: 'urgePayment',
            sort_order: 7,
            checked_at: Date.now() - 30_000,
          }),
        ),
      );
    // Phrase uses: the first three phrases, the last never.
    for (const [i, phrase] of phrases.slice(0, 3).entries())
      for (let n = 0; n <= i + index; n += 1)
        mutations.push(
          put(
            'phrase_usages',
            fullRow('phrase_usages', {
              owner_id: ownerId,
              scope: 'personal',
              phrase_id: phrase.id,
              action: 'paste',
              source: n === 0 && i === 0 ? 'suggestion' : 'search',
              used_at: zonedInstant(days[6 - n]!, '10:30', ZONE),
            }),
          ),
        );
    if (index === 0)
      mutations.push(
        put(
          'tasks',
          fullRow('tasks', {
            owner_id: ownerId,
            scope: 'team',
            kind: 'complaint',
            title: '买家投诉物流太慢',
            status: 'open',
            priority: 'high',
            source: 'manual',
            due_at: Date.now() - 3_600_000,
          }),
        ),
        put(
          'return_cases',
          fullRow('return_cases', {
            owner_id: ownerId,
            scope: 'team',
            kind: 'return',
            reason: '尺寸不合适',
            status: 'refunded',
            refund_fen: 25_900,
            registered_by: agent.code,
            registered_at: zonedInstant(days[5]!, '14:00', ZONE),
          }),
        ),
      );
    await pushAll(desk, mutations);
  }
  return { today, agentIds };
}
