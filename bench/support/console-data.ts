/**
 * A big shop for bench/console.ts, written straight into the server's rows table as the sync
 * would have stored it (one jsonb row per desk row, the client's SQLite column names): pushing
 * 1.5 M rows through HTTP would take the bench an hour and measure the push path, not the console.
 *
 * The bulk tables (inquiries, phrase uses, tasks, checklist items, orders, returns) are generated
 * by PostgreSQL itself, one INSERT … SELECT per table and day over generate_series, so the same
 * statements load the real PostgreSQL and the embedded PGlite without 600 MB of JSON crossing the
 * driver. setseed() makes a run repeatable. The daily logs' payloads are built here in the desk's
 * own schema (common/reports/daily-log-schema.ts, checked with it): a full day's log of ~120
 * inquiry rows and 12 checklist items, about 20 KB each, as a desk pushes them. Their figures are
 * drawn from the same distributions as the rows, not summed from them: the console reads each for
 * what it is (今日团队 from the logs, 询单分析 from the rows), so nothing here depends on the two
 * agreeing.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  DAILY_LOG_SCHEMA_VERSION,
  LOSS_REASONS,
  RETURN_KINDS,
  TASK_KINDS,
  dailyLogSchema,
  type DailyLog,
} from '../../common/reports/daily-log-schema';
import { addDays, zonedInstant } from '../../common/time/zoned-time';
import { createAgent, createShop } from '../../server/admin/shop-admin';
import { rows } from '../../server/database/schema';
import type { ServerDb } from '../../server/database/storage';

export type ConsoleShopSize = { agents: number; days: number };

/** Per agent and day, as a busy shop's desk produces them (≈ 330 rows an agent-day). */
export const PER_AGENT_DAY = {
  inquiries: 120,
  phraseUsages: 130,
  tasks: 20,
  checklistItems: 12,
  orders: 50,
  returns: 2,
} as const;
const CUSTOMERS = 60_000;
const PHRASES = 400;
const STEPS = 12;
const TEMPLATE_ID = 'bench-template';
const HOUR_MS = 3_600_000;

export const ZONE = 'Asia/Shanghai';

const PRODUCT_BASES = [
  '真丝眼罩',
  '乳胶枕',
  '记忆棉坐垫',
  '纯棉四件套',
  '羽绒被',
  '蚕丝被',
  '竹纤维毛巾',
  '珊瑚绒浴袍',
  '懒人沙发',
  '收纳箱',
  '香薰机',
  '加湿器',
  '电热毯',
  '凉席三件套',
  '抱枕',
  '地毯',
  '窗帘',
  '桌布',
  '餐垫',
  '拖鞋',
];
const PRODUCT_VARIANTS = [
  '',
  ' 大号',
  ' 小号',
  ' 加厚款',
  ' 儿童款',
  ' 礼盒装',
  ' 升级款',
  ' 清仓款',
  ' 双人款',
  ' 旅行装',
];
const RETURN_REASONS = ['尺码不合适', '质量问题', '与描述不符', '不想要了', '发错货', '物流太慢'];
const STEP_TITLES = [
  ['查看新品和活动', 'Read new products and promotions'],
  ['核对昨日未付款', "Check yesterday's unpaid orders"],
  ['早班催付', 'Morning payment reminders'],
  ['核对地址', 'Verify addresses'],
  ['处理售后', 'Handle after-sales'],
  ['回访老客户', 'Call back returning customers'],
  ['处理中差评', 'Handle bad reviews'],
  ['截单前催付', 'Payment reminders before cut-off'],
  ['发货通知', 'Ship notices'],
  ['物流异常跟进', 'Follow logistics exceptions'],
  ['填写交接备注', 'Write the hand-over note'],
  ['下班前自查', 'End-of-day self-check'],
] as const;
/** 早班催付 and 截单前催付 are on the SOP clock: 今日团队 flags an agent still short of them after. */
const ANCHORS: Record<number, string> = { 3: '10:00', 8: '16:00' };

/** Products with a conversion rate each, so the per-product table has a real worst end. */
export function benchProducts(): { i: number; name: string; conv: number }[] {
  const list: { i: number; name: string; conv: number }[] = [];
  for (const base of PRODUCT_BASES)
    for (const variant of PRODUCT_VARIANTS) {
      const i = list.length;
      // A spread of 0.08–0.68 that does not follow the list's order.
      list.push({ i, name: base + variant, conv: 0.08 + ((i * 37) % 61) / 100 });
    }
  return list;
}

/** mulberry32: a small seeded generator, so the payloads are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type BenchAgentRow = { id: string; code: string; name: string; n: number };

/** One agent-day's log as the desk computes and pushes it, checked with the desk's schema. */
function dailyLog(
  agent: BenchAgentRow,
  day: string,
  dayIndex: number,
  lastDay: boolean,
  products: ReturnType<typeof benchProducts>,
): DailyLog {
  const next = random(agent.n * 1_000 + dayIndex);
  const start = zonedInstant(day, '00:00', ZONE);
  const inquiryRows: DailyLog['inquiryRows'] = [];
  const lossReasons = Object.fromEntries(LOSS_REASONS.map((reason) => [reason, 0])) as Record<
    (typeof LOSS_REASONS)[number],
    number
  >;
  let converted = 0;
  let lost = 0;
  let paidFen = 0;
  for (let k = 0; k < PER_AGENT_DAY.inquiries; k += 1) {
    const product = products[Math.floor(next() * products.length)]!;
    const roll = next();
    const outcome =
      roll < product.conv
        ? 'converted'
        : roll < product.conv + (1 - product.conv) * 0.85
          ? 'lost'
          : 'pending';
    const lossReason = outcome === 'lost' ? LOSS_REASONS[Math.floor(next() * LOSS_REASONS.length)]! : null;
    const paid = outcome === 'converted' ? 3_000 + Math.floor(next() * 57_000) : null;
    if (outcome === 'converted') converted += 1;
    if (outcome === 'lost') lost += 1;
    if (lossReason) lossReasons[lossReason] += 1;
    if (paid) paidFen += paid;
    inquiryRows.push({
      inquiredAt: start + 8 * HOUR_MS + Math.floor(next() * 14 * HOUR_MS),
      product: product.name,
      outcome,
      lossReason,
      note: outcome === 'lost' ? '嫌贵，说再看看' : '',
      buyerNick: `buyer_${Math.floor(next() * CUSTOMERS)}`,
      orderNo: paid ? `${3_000_000_000_000 + agent.n * 1_000_000 + dayIndex * 1_000 + k}` : null,
      paidFen: paid,
    });
  }
  inquiryRows.sort((a, b) => a.inquiredAt - b.inquiredAt);
  const checkedSteps = lastDay ? agent.n % (STEPS + 1) : STEPS;
  const checklistItems = STEP_TITLES.map(([zh, en], index) => ({
    stepKey: stepKey(index + 1),
    checkedAt: index < checkedSteps ? start + 8 * HOUR_MS + (index + 1) * 50 * 60_000 : null,
    note: index === 0 ? '看了今天的新品和满减活动' : '',
    carriedFromDay: null,
    titleZh: zh,
    titleEn: en,
  }));
  const tally = { created: 2, done: 15, overdue: Math.floor(next() * 3) };
  const timed = 60 + Math.floor(next() * 60);
  const within15s = Math.floor(timed * (0.5 + next() * 0.4));
  const totalMs = timed * (8_000 + Math.floor(next() * 12_000));
  const total = PER_AGENT_DAY.inquiries;
  return dailyLogSchema.parse({
    schemaVersion: DAILY_LOG_SCHEMA_VERSION,
    day,
    timeZone: ZONE,
    agent: { id: agent.id, agentCode: agent.code, name: agent.name },
    computedAt: start + 22 * HOUR_MS,
    checklist: { checked: checkedSteps, total: STEPS },
    inquiries: {
      total,
      converted,
      lost,
      pending: total - converted - lost,
      conversionRate: converted / total,
      lossReasons,
      convertedOrders: converted,
      convertedPaidFen: paidFen,
      averageOrderValueFen: converted === 0 ? null : Math.round(paidFen / converted),
    },
    orders: { remarks: 12, addressVerifications: 30, shipNotices: 25 },
    tasks: {
      byKind: Object.fromEntries(TASK_KINDS.map((kind) => [kind, { created: 0, done: 0, overdue: 0 }])),
      total: tally,
    },
    returns: {
      registered: PER_AGENT_DAY.returns,
      refundFen: 9_900,
      byKind: Object.fromEntries(RETURN_KINDS.map((kind) => [kind, kind === 'return' ? 2 : 0])),
    },
    badReviewsHandled: 1,
    complaints: { opened: 0, done: 0 },
    phrases: {
      uses: PER_AGENT_DAY.phraseUsages,
      byGroup: [{ groupId: 'bench-group', groupName: '常用', uses: PER_AGENT_DAY.phraseUsages }],
      top: Array.from({ length: 10 }, (_, i) => ({
        phraseId: `bench-phrase-${i}`,
        title: `常用话术 ${i + 1}`,
        groupName: '常用',
        uses: 30 - i * 2,
      })),
    },
    responses: {
      timed,
      totalMs,
      within15s,
      averageSeconds: Math.round(totalMs / timed / 100) / 10,
      within15sRate: within15s / timed,
      suggestionsPicked: Math.floor(timed * 0.4),
    },
    firstActivityAt: start + 8 * HOUR_MS,
    lastActivityAt: start + 22 * HOUR_MS,
    checklistItems,
    inquiryRows,
    returnRows: [],
  });
}

const stepKey = (n: number) => `s${String(n).padStart(2, '0')}`;

export type LoadedShop = {
  shopId: string;
  supervisorToken: string;
  supervisorAgentId: string;
  agents: BenchAgentRow[];
  from: string;
  today: string;
  rows: number;
  byTable: Record<string, number>;
  loadMs: number;
  upkeepMs: number;
};

/**
 * Fills a new shop of `size.agents` agents (plus a supervisor) with `size.days` days ending at
 * `today` (the shop's day). The last day is generated whole, so 今日团队 shows a full day
 * whatever hour the bench runs. What a long-running server's upkeep would have done meanwhile is
 * the caller's: `betweenDays` after each day's rows (one statement writes a whole day here, and
 * the per-day counts it updates thousands of times would otherwise carry 90 days of dead rows),
 * `afterLoad` once at the end (its time is `upkeepMs`).
 */
export async function loadConsoleShop(
  db: ServerDb,
  size: ConsoleShopSize,
  today: string,
  options: {
    betweenDays?: () => Promise<unknown>;
    afterLoad?: () => Promise<unknown>;
    progress?: (message: string) => void;
  },
): Promise<LoadedShop> {
  const began = performance.now();
  const { shopId } = await createShop(db, '基准测试旗舰店');
  const supervisor = await createAgent(db, { shopId, code: 'S001', name: '周主管', role: 'supervisor' });
  const agentRows: BenchAgentRow[] = [];
  for (let n = 1; n <= size.agents; n += 1) {
    const code = `KF${String(n).padStart(3, '0')}`;
    const issued = await createAgent(db, { shopId, code, name: `客服${n}`, role: 'agent' });
    agentRows.push({ id: issued.agentId, code, name: `客服${n}`, n });
  }
  const agentsJson = JSON.stringify(agentRows.map(({ id, n }) => ({ id, n })));
  const products = benchProducts();
  const productsJson = JSON.stringify(products);
  const from = addDays(today, -(size.days - 1));
  let version = 0;
  const byTable: Record<string, number> = {};
  const counted = (table: string, count: number) => {
    byTable[table] = (byTable[table] ?? 0) + count;
    version += count;
  };

  await db.execute(sql`select setseed(0.16)`);

  // The library: the checklist template with its steps, team phrases. Customers of the shop.
  await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
    select ${shopId}, 'checklist_steps', 'bench-step-' || n, null, ${version}::bigint + n, null,
      jsonb_build_object('id', 'bench-step-' || n, 'owner_id', null, 'scope', 'team', 'created_at', 0,
        'updated_at', 0, 'deleted_at', null, 'template_id', ${TEMPLATE_ID}::text,
        'step_key', 's' || lpad(n::text, 2, '0'), 'sort_order', n,
        'title_zh', (${JSON.stringify(STEP_TITLES.map(([zh]) => zh))}::jsonb)->>(n - 1),
        'title_en', (${JSON.stringify(STEP_TITLES.map(([, en]) => en))}::jsonb)->>(n - 1),
        'help_zh', '', 'help_en', '', 'data_link', null,
        'anchor_time', (${JSON.stringify(ANCHORS)}::jsonb)->>(n::text), 'phrase_group_id', null)
    from generate_series(1, ${STEPS}::int) n`);
  counted('checklist_steps', STEPS);
  await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
    select ${shopId}, 'phrases', 'bench-phrase-' || n, null, ${version}::bigint + n, null,
      jsonb_build_object('id', 'bench-phrase-' || n, 'owner_id', null, 'scope', 'team', 'created_at', 0,
        'updated_at', 0, 'deleted_at', null, 'group_id', 'bench-group', 'title', '常用话术 ' || n,
        'body', '亲，您好！这款是我们店的热销款，今天下单当天发货哦～', 'shortcut', '', 'tags', '[]',
        'questions', '[]', 'stage', 'general', 'sort_order', n)
    from generate_series(0, ${PHRASES - 1}::int) n`);
  counted('phrases', PHRASES);
  await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
    select ${shopId}, 'customers', 'cust-' || n, null, ${version}::bigint + n, null,
      jsonb_build_object('id', 'cust-' || n, 'owner_id', null, 'scope', 'team', 'created_at', 0,
        'updated_at', 0, 'deleted_at', null, 'platform', 'taobao', 'nick', 'buyer_' || n, 'name', '',
        'phones', '[]', 'addresses', '[]', 'customer_type', null, 'concerns', '[]', 'tags', '[]',
        'notes', '', 'last_contact_at', null)
    from generate_series(0, ${CUSTOMERS - 1}::int) n`);
  counted('customers', CUSTOMERS);

  const agentsOf = sql`jsonb_to_recordset(${agentsJson}::jsonb) as a(id text, n int)`;
  const common = (id: SQL, at: SQL, scope: 'team' | 'personal') =>
    sql`'id', ${id}, 'owner_id', x.owner, 'scope', ${scope}::text, 'created_at', ${at}, 'updated_at', ${at}, 'deleted_at', null`;

  for (let dayIndex = 0; dayIndex < size.days; dayIndex += 1) {
    const day = addDays(from, dayIndex);
    const start = zonedInstant(day, '00:00', ZONE);
    const lastDay = dayIndex === size.days - 1;
    const perDay = (count: number) => size.agents * count;
    // Work happens 08:00–22:00 on the shop's clock.
    const during = sql`${start + 8 * HOUR_MS}::bigint + floor(random() * ${14 * HOUR_MS}::float8)::bigint`;
    // Inlined, not a parameter: PostgreSQL cannot type a parameter that only a CASE tests.
    const isLastDay = sql.raw(lastDay ? 'true' : 'false');

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'inquiries', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`x.t`, 'personal')}, 'customer_id', x.customer_id,
          'order_id', null, 'product', p.name,
          'outcome', case when x.r < p.conv then 'converted'
            when x.r < p.conv + (1 - p.conv) * 0.85 then 'lost' else 'pending' end,
          'loss_reason', case when x.r < p.conv or x.r >= p.conv + (1 - p.conv) * 0.85 then null
            when x.reason < 0.42 then 'price' when x.reason < 0.64 then 'service'
            when x.reason < 0.78 then 'outOfStock' when x.reason < 0.95 then 'other' end,
          'note', '', 'inquired_at', x.t)
      from (select a.id as owner, (a.n - 1) * ${PER_AGENT_DAY.inquiries}::int + k as seq,
              md5(${shopId} || ':inquiry:' || a.id || ${day} || k)::uuid::text as id,
              ${during} as t, 'cust-' || floor(random() * ${CUSTOMERS}::float8)::int as customer_id,
              floor(random() * ${products.length}::float8)::int as product, random() as r, random() as reason
            from ${agentsOf}, generate_series(1, ${PER_AGENT_DAY.inquiries}::int) k) x
      join jsonb_to_recordset(${productsJson}::jsonb) as p(i int, name text, conv float8) on p.i = x.product`);
    counted('inquiries', perDay(PER_AGENT_DAY.inquiries));

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'phrase_usages', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`x.t`, 'personal')},
          'phrase_id', 'bench-phrase-' || floor(power(random(), 2) * ${PHRASES}::float8)::int,
          'customer_id', 'cust-' || floor(random() * ${CUSTOMERS}::float8)::int, 'order_id', null,
          'action', case when random() < 0.9 then 'paste' else 'copy' end,
          'source', case when x.r < 0.3 then 'suggestion' when x.r < 0.9 then 'search' else 'pinned' end,
          'response_ms', case when x.r < 0.5 then 2000 + floor(random() * 38000)::int end,
          'used_at', x.t)
      from (select a.id as owner, (a.n - 1) * ${PER_AGENT_DAY.phraseUsages}::int + k as seq,
              md5(${shopId} || ':use:' || a.id || ${day} || k)::uuid::text as id,
              ${during} as t, random() as r
            from ${agentsOf}, generate_series(1, ${PER_AGENT_DAY.phraseUsages}::int) k) x`);
    counted('phrase_usages', perDay(PER_AGENT_DAY.phraseUsages));

    // Tasks are the team's: done by the next day, but for the last two days' and a few older
    // ones left open, so 今日团队 counts open complaints, bad reviews and overdue tasks.
    const openShare = lastDay ? 0.7 : dayIndex === size.days - 2 ? 0.2 : 0.005;
    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'tasks', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`x.t`, 'team')},
          'kind', (${JSON.stringify(TASK_KINDS)}::jsonb)->>floor(random() * ${TASK_KINDS.length}::float8)::int,
          'title', '跟进买家', 'due_at', x.t + ${2 * HOUR_MS}::bigint, 'priority', 'normal',
          'status', case when x.open then 'open' else 'done' end, 'snoozed_until', null,
          'customer_id', 'cust-' || floor(random() * ${CUSTOMERS}::float8)::int, 'order_id', null, 'note', '',
          'source', case when random() < 0.8 then 'rule' else 'manual' end, 'complaint_steps', null,
          'completed_at', case when x.open then null else x.t + ${HOUR_MS}::bigint end, 'reminded_at', null)
      from (select a.id as owner, (a.n - 1) * ${PER_AGENT_DAY.tasks}::int + k as seq,
              md5(${shopId} || ':task:' || a.id || ${day} || k)::uuid::text as id,
              ${during} as t, random() < ${openShare}::float8 as open
            from ${agentsOf}, generate_series(1, ${PER_AGENT_DAY.tasks}::int) k) x`);
    counted('tasks', perDay(PER_AGENT_DAY.tasks));

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'checklist_days', x.id, x.owner, ${version}::bigint + x.n, null,
        jsonb_build_object(${common(sql`x.id`, sql`${start}::bigint`, 'personal')}, 'day', ${day}::text,
          'template_id', ${TEMPLATE_ID}::text)
      from (select a.id as owner, a.n, md5(${shopId} || ':day:' || a.id || ${day})::uuid::text as id
            from ${agentsOf}) x`);
    counted('checklist_days', size.agents);

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'checklist_items', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`${start}::bigint`, 'personal')}, 'day_id', x.day_id,
          'step_key', 's' || lpad(x.step::text, 2, '0'), 'sort_order', x.step,
          'checked_at', case when x.step <= x.checked then ${start + 8 * HOUR_MS}::bigint + x.step * ${50 * 60_000}::bigint end,
          'note', '', 'carried_from_day', null, 'reminded_at', null)
      from (select a.id as owner, (a.n - 1) * ${STEPS}::int + step as seq, step,
              md5(${shopId} || ':item:' || a.id || ${day} || step)::uuid::text as id,
              md5(${shopId} || ':day:' || a.id || ${day})::uuid::text as day_id,
              case when ${isLastDay} then a.n % ${STEPS + 1}::int else ${STEPS}::int end as checked
            from ${agentsOf}, generate_series(1, ${STEPS}::int) step) x`);
    counted('checklist_items', perDay(STEPS));

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'orders', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`x.t`, 'team')}, 'platform', 'taobao',
          'order_no', x.order_no, 'customer_id', 'cust-' || x.customer, 'buyer_nick', 'buyer_' || x.customer,
          'status', case when ${isLastDay} then 'paid' else 'completed' end,
          'total_fen', x.paid + 800, 'paid_fen', x.paid, 'postage_fen', 0, 'receiver_name', '张三',
          'receiver_phone', '13800000000', 'receiver_address', '浙江省杭州市西湖区文三路 100 号',
          'buyer_message', '', 'address_verified_by', null, 'address_verified_at', null,
          'courier', '', 'tracking_no', '', 'ordered_at', x.t - 60000, 'paid_at', x.t,
          'shipped_at', null, 'ship_notice_at', null, 'signed_at', null, 'logistics_state', null,
          'logistics_checked_at', null, 'review_state', 'none', 'reviewed_at', null, 'remark', '',
          'remark_flag', null, 'imported_at', x.t)
      from (select a.id as owner, (a.n - 1) * ${PER_AGENT_DAY.orders}::int + k as seq,
              md5(${shopId} || ':order:' || a.id || ${day} || k)::uuid::text as id,
              ${String(dayIndex * 1_000_000)}::bigint + a.n * 1000 + k + 3000000000000 as order_no,
              ${during} as t, floor(random() * ${CUSTOMERS}::float8)::int as customer,
              3000 + floor(random() * 57000)::bigint as paid
            from ${agentsOf}, generate_series(1, ${PER_AGENT_DAY.orders}::int) k) x`);
    counted('orders', perDay(PER_AGENT_DAY.orders));

    await db.execute(sql`insert into ${rows} (shop_id, table_name, id, owner_id, version, deleted_at, data)
      select ${shopId}, 'return_cases', x.id, x.owner, ${version}::bigint + x.seq, null,
        jsonb_build_object(${common(sql`x.id`, sql`x.t`, 'team')}, 'order_id', null,
          'customer_id', 'cust-' || floor(random() * ${CUSTOMERS}::float8)::int,
          'kind', case when random() < 0.7 then 'return' when random() < 0.5 then 'exchange' else 'refundOnly' end,
          'reason', (${JSON.stringify(RETURN_REASONS)}::jsonb)->>floor(random() * ${RETURN_REASONS.length}::float8)::int,
          'return_tracking_no', '', 'status', 'refunded', 'refund_fen', 2000 + floor(random() * 30000)::int,
          'freight_insurance', 0, 'note', '', 'registered_by', '', 'registered_at', x.t)
      from (select a.id as owner, (a.n - 1) * ${PER_AGENT_DAY.returns}::int + k as seq,
              md5(${shopId} || ':return:' || a.id || ${day} || k)::uuid::text as id, ${during} as t
            from ${agentsOf}, generate_series(1, ${PER_AGENT_DAY.returns}::int) k) x`);
    counted('return_cases', perDay(PER_AGENT_DAY.returns));

    const logs = agentRows.map((agent) => {
      const log = dailyLog(agent, day, dayIndex, lastDay, products);
      const id = `bench-log-${agent.n}-${day}`;
      return {
        shopId,
        tableName: 'daily_logs',
        id,
        ownerId: agent.id,
        version: (version += 1),
        deletedAt: null,
        data: {
          id,
          owner_id: agent.id,
          scope: 'personal',
          created_at: log.computedAt,
          updated_at: log.computedAt,
          deleted_at: null,
          day,
          payload: JSON.stringify(log),
          computed_at: log.computedAt,
        },
      };
    });
    await db.insert(rows).values(logs);
    byTable.daily_logs = (byTable.daily_logs ?? 0) + logs.length;
    await options.betweenDays?.();
    if (dayIndex % 15 === 14 || lastDay)
      options.progress?.(
        `${day}: ${Object.values(byTable).reduce((a, b) => a + b, 0)} rows, ${Math.round((performance.now() - began) / 1000)} s`,
      );
  }

  // What the pushes would have left: the shop's version, and each desk's last sync a moment ago
  // (a few agents long gone, so 今日团队 shows both online and offline).
  await db.execute(sql`update shop_versions set version = ${version} where shop_id = ${shopId}`);
  await db.execute(sql`update tokens t set last_used_at = now() - make_interval(secs => a.n * 10)
    from ${agentsOf} where t.agent_id = a.id`);
  const loadMs = performance.now() - began;
  const upkeep = performance.now();
  await options.afterLoad?.();
  const upkeepMs = performance.now() - upkeep;
  return {
    shopId,
    supervisorToken: supervisor.token,
    supervisorAgentId: supervisor.agentId,
    agents: agentRows,
    from,
    today,
    rows: Object.values(byTable).reduce((a, b) => a + b, 0),
    byTable,
    loadMs,
    upkeepMs,
  };
}
