import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { inquiryLogInputSchema } from '../customers/inquiry-schema';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { agents, dailyLogs, orders } from '../../../db/schema';
import { returnSaveInputSchema } from '../returns/return-schema';
import { taskInputSchema, type TaskInput } from '../tasks/task-schema';
import { dailyLogSchema, dailyReportSchema } from './daily-log-schema';
import { createCoreServices } from '../core-services';
import { HEADLESS_SHELL } from '../platform/headless-shell';
import type { PasteInjector } from '../platform/paste-injector';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { zonedInstant } from '../../../common/time/zoned-time';

const FIXTURE = readFileSync(new URL('../orders/fixtures/taobao-orders-sample.csv', import.meta.url));

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A paste injector that records what it was given, as the real one would type it. */
function recordingInjector() {
  const pasted: string[] = [];
  const injector: PasteInjector = {
    async paste(text) {
      pasted.push(text);
      return { status: 'pasted' };
    },
    async copy(text) {
      pasted.push(text);
    },
  };
  return { injector, pasted };
}

/** The real core on a fresh database, the shop on `timeZone`; `at(day, time)` is the shop's wall clock. */
async function desk(timeZone: string) {
  const database = openDatabase({
    file: join(mkdtempSync(join(tmpdir(), 'kefu-daily-log-')), 'kefu.sqlite'),
  });
  opened.push(database);
  const at = (day: string, time: string) => zonedInstant(day, time, timeZone);
  const clock = {
    now: at('2026-11-24', '07:55'),
    set: (day: string, time: string) => (clock.now = at(day, time)),
  };
  const { injector, pasted } = recordingInjector();
  const core = createCoreServices({
    database,
    clock: { now: () => clock.now },
    shell: HEADLESS_SHELL,
    injector,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  core.settings.save({ ...SAMPLE_SETTINGS, shop: { ...SAMPLE_SETTINGS.shop, timeZone } });
  const report = await core.orders.importApply('已卖出的宝贝.csv', FIXTURE);
  expect(report.invalid).toEqual([]);
  const orderNo = (n: number) => `33210098765432100${String(n).padStart(2, '0')}`;
  const orderRow = (n: number) =>
    database.db
      .select()
      .from(orders)
      .where(eq(orders.orderNo, orderNo(n)))
      .get()!;
  // One phrase without variables from each of three groups of the default pack.
  const groupNamed = (name: string) => core.library.groups().find((g) => g.name === name)!.id;
  const phrasesWithoutVariables = ['售前咨询', '售后服务', '通用'].map((name) =>
    core.library.phrases().find((p) => p.groupId === groupNamed(name) && !p.body.includes('{'))!,
  );
  const paste = (phraseIndex: number) =>
    core.delivery.deliver(phrasesWithoutVariables[phraseIndex]!.id, {}, {}, 'paste');
  const inquire = (
    input: Omit<z.input<typeof inquiryLogInputSchema>, 'product' | 'note'> & {
      product?: string;
      note?: string;
    },
  ) => core.inquiries.log(inquiryLogInputSchema.parse({ product: '', note: '', ...input }));
  return { core, database, clock, at, pasted, orderNo, orderRow, phrasesWithoutVariables, paste, inquire };
}

type Desk = Awaited<ReturnType<typeof desk>>;

/** A manual task, as the agent makes it on the 任务 page. */
function task(d: Desk, kind: TaskInput['kind'], title: string, dueAt: number | null, orderNo?: number) {
  return d.core.tasks.save(
    taskInputSchema.parse({ kind, title, dueAt, orderId: orderNo ? d.orderRow(orderNo).id : null }),
  );
}

/**
 * A day of 林小雨 (KF007) on the Shanghai shop's clock, 2026-11-24, with a converted inquiry and
 * a paste at 23:50 the evening before and a lost inquiry and a paste at 00:10 the morning after.
 */
async function shanghaiDay() {
  const d = await desk('Asia/Shanghai');
  const { core, clock } = d;
  clock.set('2026-11-23', '23:50');
  d.inquire({
    buyerNick: '小橘子爱喝茶',
    outcome: 'converted',
    orderNo: d.orderNo(2),
  });
  await d.paste(0);
  clock.set('2026-11-24', '00:10');
  d.inquire({
    buyerNick: 'tb_88213',
    outcome: 'converted',
    orderNo: d.orderNo(2),
  });
  clock.set('2026-11-24', '08:05');
  const prepare = core.checklist.today().items.find((i) => i.stepKey === 'prepare')!;
  core.checklist.check({ itemId: prepare.id, note: '看了双十二活动', confirmed: false });
  clock.set('2026-11-24', '09:00');
  d.inquire({ buyerNick: '雨后彩虹_', outcome: 'lost', lossReason: 'price' });
  clock.set('2026-11-24', '10:00');
  d.inquire({
    buyerNick: 'hello小鹿',
    outcome: 'converted',
    orderNo: d.orderNo(4),
  });
  clock.set('2026-11-24', '10:30');
  d.inquire({ buyerNick: 'tb_新客', product: '貔貅手链' });
  // Converted, but the order is still unpaid: no amount for 客单价.
  clock.set('2026-11-24', '11:00');
  d.inquire({
    buyerNick: '小橘子爱喝茶',
    outcome: 'converted',
    orderNo: d.orderNo(1),
  });
  clock.set('2026-11-24', '11:30');
  core.orders.setRemark({ id: d.orderRow(3).id, remark: '改发顺丰', flag: 'red', reason: '买家要求' });
  clock.set('2026-11-24', '11:40');
  core.orders.verifyAddress(d.orderRow(2).id);
  core.tasks.runAllRules();
  clock.set('2026-11-24', '12:00');
  const shipNotice = core.tasks
    .list({ due: 'all', includeClosed: false, limit: 500 })
    .overdue.find((t) => t.kind === 'shipNotice' && t.orderId === d.orderRow(3).id)!;
  core.tasks.complete(shipNotice.id);
  clock.set('2026-11-24', '12:10');
  const callBack = task(d, 'custom', '回电话给 hello小鹿', d.at('2026-11-24', '12:30'));
  clock.set('2026-11-24', '12:20');
  core.tasks.complete(callBack.id);
  const badReview = task(d, 'badReview', '中差评：砗磲手链', d.at('2026-11-24', '14:00'), 5);
  clock.set('2026-11-24', '12:30');
  task(d, 'complaint', '投诉：物流太慢', d.at('2026-11-25', '12:00'), 4);
  clock.set('2026-11-24', '12:40');
  task(d, 'custom', '补发赠品', d.at('2026-11-24', '13:00'));
  clock.set('2026-11-24', '13:00');
  core.tasks.complete(badReview.id);
  clock.set('2026-11-24', '14:00');
  core.returns.save(
    returnSaveInputSchema.parse({
      orderNo: d.orderNo(5),
      kind: 'return',
      reason: '尺寸不合适',
      refundFen: 8800,
    }),
  );
  clock.set('2026-11-24', '15:00');
  await d.paste(0);
  clock.set('2026-11-24', '16:00');
  await d.paste(1);
  clock.set('2026-11-24', '23:50');
  await d.paste(0);
  clock.set('2026-11-25', '00:10');
  d.inquire({ buyerNick: 'tb_88213', outcome: 'lost', lossReason: 'service' });
  await d.paste(2);
  clock.set('2026-11-25', '00:20');
  return d;
}

describe('daily log of an agent-day in Asia/Shanghai', () => {
  it('counts every figure of the day and nothing from either side of its midnights', async () => {
    const d = await shanghaiDay();
    const [phrase0, phrase1] = d.phrasesWithoutVariables;
    const groupName = (groupId: string) => d.core.library.groups().find((g) => g.id === groupId)!.name;
    const { logs, summary } = d.core.reports.daily({ from: '2026-11-24', to: '2026-11-24' });
    const log = logs[0]!;
    expect(log).toMatchObject({
      schemaVersion: 1,
      day: '2026-11-24',
      timeZone: 'Asia/Shanghai',
      agent: { agentCode: 'KF007', name: '林小雨' },
      checklist: { checked: 1, total: 12 },
      inquiries: {
        total: 5,
        converted: 3,
        lost: 1,
        pending: 1,
        conversionRate: 0.6,
        lossReasons: { price: 1, service: 0, outOfStock: 0, other: 0 },
        // Orders 2 (¥299.00, paid) and 4 (¥1,580.00, shipped); order 1 is unpaid.
        convertedOrders: 2,
        convertedPaidFen: 187_900,
        averageOrderValueFen: 93_950,
      },
      orders: { remarks: 1, addressVerifications: 1, shipNotices: 1 },
      returns: { registered: 1, refundFen: 8800, byKind: { return: 1, exchange: 0, refundOnly: 0 } },
      badReviewsHandled: 1,
      complaints: { opened: 1, done: 0 },
      firstActivityAt: d.at('2026-11-24', '00:10'),
      lastActivityAt: d.at('2026-11-24', '23:50'),
    });
    // Rule tasks from the import: 催付 of order 1, 核对 of order 7 (order 2's closed when verified),
    // 发货通知 of orders 4 and 8 (order 3's done at 12:00), 物流跟进 of orders 3, 4 and 8 — all due
    // before today; and 补发赠品, due 13:00 and never done.
    expect(log.tasks.byKind).toMatchObject({
      urgePayment: { created: 0, done: 0, overdue: 1 },
      verifyAddress: { created: 0, done: 0, overdue: 1 },
      shipNotice: { created: 0, done: 1, overdue: 2 },
      logisticsCheck: { created: 0, done: 0, overdue: 3 },
      custom: { created: 2, done: 1, overdue: 1 },
      badReview: { created: 1, done: 1, overdue: 0 },
      complaint: { created: 1, done: 0, overdue: 0 },
    });
    expect(log.tasks.total).toEqual({ created: 4, done: 3, overdue: 8 });
    expect(log.phrases.uses).toBe(3);
    expect(log.phrases.top).toEqual([
      { phraseId: phrase0!.id, title: phrase0!.title, groupName: groupName(phrase0!.groupId), uses: 2 },
      { phraseId: phrase1!.id, title: phrase1!.title, groupName: groupName(phrase1!.groupId), uses: 1 },
    ]);
    expect(log.phrases.byGroup).toEqual([
      { groupId: phrase0!.groupId, groupName: '售前咨询', uses: 2 },
      { groupId: phrase1!.groupId, groupName: '售后服务', uses: 1 },
    ]);
    expect(log.checklistItems.find((i) => i.stepKey === 'prepare')).toMatchObject({
      titleZh: '开工准备',
      checkedAt: d.at('2026-11-24', '08:05'),
      note: '看了双十二活动',
    });
    expect(log.inquiryRows.map((r) => [r.buyerNick, r.outcome, r.orderNo, r.paidFen])).toEqual([
      ['tb_88213', 'converted', d.orderNo(2), 29_900],
      ['雨后彩虹_', 'lost', null, null],
      ['hello小鹿', 'converted', d.orderNo(4), 158_000],
      ['tb_新客', 'pending', null, null],
      ['小橘子爱喝茶', 'converted', d.orderNo(1), 12_800],
    ]);
    expect(log.returnRows).toEqual([
      {
        registeredAt: d.at('2026-11-24', '14:00'),
        kind: 'return',
        reason: '尺寸不合适',
        status: 'registered',
        refundFen: 8800,
        orderNo: d.orderNo(5),
      },
    ]);
    expect(summary).toMatchObject({
      from: '2026-11-24',
      to: '2026-11-24',
      days: 1,
      inquiries: log.inquiries,
    });
    expect(dailyLogSchema.parse(log)).toEqual(log);
  });

  it('sums a date range: rates from the sums, one stored row per agent-day, recomputed in place', async () => {
    const d = await shanghaiDay();
    const { logs, summary } = d.core.reports.daily({ from: '2026-11-23', to: '2026-11-25' });
    expect(logs.map((l) => [l.day, l.inquiries.total, l.inquiries.converted, l.phrases.uses])).toEqual([
      ['2026-11-23', 1, 1, 1],
      ['2026-11-24', 5, 3, 3],
      ['2026-11-25', 1, 0, 1],
    ]);
    expect(logs[0]!.inquiries).toMatchObject({ convertedOrders: 1, averageOrderValueFen: 29_900 });
    expect(logs[2]!.inquiries).toMatchObject({ conversionRate: 0, averageOrderValueFen: null });
    expect(summary.inquiries).toMatchObject({
      total: 7,
      converted: 4,
      conversionRate: 4 / 7,
      lossReasons: { price: 1, service: 1, outOfStock: 0, other: 0 },
      convertedOrders: 3,
      convertedPaidFen: 217_800,
      averageOrderValueFen: 72_600,
    });
    expect(summary).toMatchObject({
      days: 3,
      firstActivityAt: d.at('2026-11-23', '23:50'),
      lastActivityAt: d.at('2026-11-25', '00:10'),
    });
    expect(summary.phrases.uses).toBe(5);
    const stored = () => d.database.db.select().from(dailyLogs).all();
    expect(
      stored()
        .map((r) => r.day)
        .sort(),
    ).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    d.clock.set('2026-11-25', '09:00');
    d.inquire({ buyerNick: 'tb_回头客', outcome: 'converted' });
    d.core.reports.daily({ from: '2026-11-25', to: '2026-11-25' });
    const row = stored().find((r) => r.day === '2026-11-25')!;
    expect(stored()).toHaveLength(3);
    expect(row.computedAt).toBe(d.at('2026-11-25', '09:00'));
    expect((row.payload as { inquiries: { total: number } }).inquiries.total).toBe(2);
  });

  it('is empty for a day without activity: no rate, no 客单价, no activity times', async () => {
    const d = await desk('Asia/Shanghai');
    const log = d.core.reports.daily({ from: '2026-11-20', to: '2026-11-20' }).logs[0]!;
    expect(log.inquiries).toMatchObject({ total: 0, conversionRate: null, averageOrderValueFen: null });
    expect(log).toMatchObject({
      firstActivityAt: null,
      lastActivityAt: null,
      checklist: { checked: 0, total: 0 },
    });
  });

  it('lets an agent read only their own log; a supervisor names any agent of the shop', async () => {
    const d = await desk('Asia/Shanghai');
    expect(() => d.core.reports.daily({ agentCode: 'KF008', from: '2026-11-24', to: '2026-11-24' })).toThrow(
      /reports.error.otherAgent/,
    );
    d.core.settings.save({ ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role: 'supervisor' } });
    const shopId = d.core.settings.identity()!.shopId;
    d.database.db
      .insert(agents)
      .values({
        id: crypto.randomUUID(),
        shopId,
        createdAt: 1,
        updatedAt: 1,
        name: '王小二',
        agentCode: 'KF008',
      })
      .run();
    const other = d.core.reports.daily({ agentCode: 'KF008', from: '2026-11-24', to: '2026-11-24' });
    expect(other.logs[0]!.agent).toMatchObject({ agentCode: 'KF008', name: '王小二' });
    expect(() => d.core.reports.daily({ agentCode: 'KF404', from: '2026-11-24', to: '2026-11-24' })).toThrow(
      /reports.error.agentUnknown/,
    );
  });
});

describe('daily log in America/Los_Angeles', () => {
  it('cuts the day at Los Angeles midnight (08:00 UTC in winter)', async () => {
    const d = await desk('America/Los_Angeles');
    const { core, clock } = d;
    clock.set('2026-11-23', '23:50');
    d.inquire({
      buyerNick: 'tb_88213',
      outcome: 'converted',
      orderNo: d.orderNo(2),
    });
    await d.paste(0);
    clock.set('2026-11-24', '00:10');
    expect(clock.now).toBe(Date.UTC(2026, 10, 24, 8, 10));
    d.inquire({
      buyerNick: 'hello小鹿',
      outcome: 'converted',
      orderNo: d.orderNo(4),
    });
    await d.paste(1);
    clock.set('2026-11-24', '18:00');
    d.inquire({
      buyerNick: '雨后彩虹_',
      outcome: 'converted',
      orderNo: d.orderNo(7),
    });
    d.inquire({
      buyerNick: 'tb_新客',
      outcome: 'lost',
      lossReason: 'outOfStock',
    });
    // 23:50 in Los Angeles is already the 25th in UTC and in Shanghai.
    clock.set('2026-11-24', '23:50');
    await d.paste(1);
    const [before, day] = core.reports.daily({ from: '2026-11-23', to: '2026-11-24' }).logs;
    expect(before!.inquiries).toMatchObject({ total: 1, converted: 1, averageOrderValueFen: 29_900 });
    expect(before!.phrases.uses).toBe(1);
    expect(day!.inquiries).toMatchObject({
      total: 3,
      converted: 2,
      lost: 1,
      conversionRate: 2 / 3,
      lossReasons: { outOfStock: 1 },
      convertedOrders: 2,
      // Orders 4 (¥1,580.00) and 7 (¥375.00).
      convertedPaidFen: 195_500,
      averageOrderValueFen: 97_750,
    });
    expect(day!.phrases.uses).toBe(2);
    expect(day).toMatchObject({
      firstActivityAt: Date.UTC(2026, 10, 24, 8, 10),
      lastActivityAt: Date.UTC(2026, 10, 25, 7, 50),
    });
  });
});

describe('daily log export', () => {
  it('writes one XLSX sheet per section with styled, frozen headers, real dates and percentages, in both languages', async () => {
    const d = await shanghaiDay();
    const range = { from: '2026-11-24', to: '2026-11-25' } as const;
    for (const [language, sheets, overviewHeads, dateLabel] of [
      [
        'zh-CN',
        ['概览', '清单', '询单', '任务', '退换货', '短语使用'],
        ['日期', '工号', '客服', '清单完成', '询单数'],
        '询单转化率',
      ],
      [
        'en-US',
        ['Overview', 'Checklist', 'Inquiries', 'Tasks', 'Returns', 'Phrase use'],
        ['Date', 'Staff no.', 'Agent', 'Checklist done', 'Inquiries'],
        'Conversion rate',
      ],
    ] as const) {
      d.core.settings.setLanguage(language);
      const file = await d.core.reports.export({ ...range, format: 'xlsx' });
      expect(file.fileName).toBe(
        `${language === 'zh-CN' ? '日报' : 'daily-log'}-KF007-2026-11-24_2026-11-25.xlsx`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(file.bytes).buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(sheets);
      const overview = workbook.getWorksheet(sheets[0])!;
      const header = overview.getRow(1).values as unknown[];
      expect(header.slice(1, 6)).toEqual(overviewHeads);
      expect(overview.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(overview.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // Two agent-days and the 合计 row.
      expect(overview.rowCount).toBe(4);
      const rateColumn = header.indexOf(dateLabel);
      const day = overview.getRow(2);
      expect(day.getCell(1).value).toEqual(new Date('2026-11-24T00:00:00Z'));
      expect(day.getCell(rateColumn).value).toBe(0.6);
      expect(day.getCell(rateColumn).numFmt).toBe('0.00%');
      const aov = header.indexOf(language === 'zh-CN' ? '客单价（元）' : 'Average order value (CNY)');
      expect(day.getCell(aov).value).toBe(939.5);
      const first = header.indexOf(language === 'zh-CN' ? '首次操作' : 'First activity');
      // 00:10 on the shop's clock, whatever the machine's zone.
      expect(day.getCell(first).value).toEqual(new Date('2026-11-24T00:10:00Z'));
      expect(day.getCell(first).numFmt).toBe('yyyy-mm-dd hh:mm');
      const total = overview.getRow(4);
      expect(total.getCell(1).value).toBe(language === 'zh-CN' ? '合计' : 'Total');
      expect(total.getCell(rateColumn).value).toBeCloseTo(3 / 6);
      // Chinese text counts double: the 询单转化率 column is wider than its 5 characters.
      expect(overview.getColumn(rateColumn).width).toBeGreaterThanOrEqual(12);
      const inquiries = workbook.getWorksheet(sheets[2])!;
      expect(inquiries.rowCount).toBe(7);
      expect(inquiries.getRow(2).getCell(1).value).toEqual(new Date('2026-11-24T00:10:00Z'));
      expect(inquiries.getRow(2).getCell(6).value).toBe(d.orderNo(2));
      expect(inquiries.getRow(3).getCell(5).value).toBe(language === 'zh-CN' ? '价格' : 'Price');
      const returns = workbook.getWorksheet(sheets[4])!;
      expect(returns.getRow(2).getCell(6).value).toBe(88);
    }
  });

  it('writes one UTF-8 CSV with BOM whose lines name their section, and JSON that parses back', async () => {
    const d = await shanghaiDay();
    const csv = await d.core.reports.export({ from: '2026-11-24', to: '2026-11-24', format: 'csv' });
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(csv.bytes), { bom: true, relaxColumnCount: true }) as string[][];
    expect([...new Set(records.map((r) => r[0]))]).toEqual([
      '概览',
      '清单',
      '询单',
      '任务',
      '退换货',
      '短语使用',
    ]);
    const [overviewHeader, overviewDay, overviewTotal] = records;
    expect(overviewHeader!.slice(0, 4)).toEqual(['概览', '日期', '工号', '客服']);
    const column = (name: string) => overviewHeader!.indexOf(name);
    expect(overviewDay![column('日期')]).toBe('2026-11-24');
    expect(overviewDay![column('询单转化率')]).toBe('60.00%');
    expect(overviewDay![column('客单价（元）')]).toBe('939.50');
    expect(overviewDay![column('首次操作')]).toBe('2026-11-24 00:10');
    expect(overviewTotal![1]).toBe('合计');
    const inquiryHeader = records.find((r) => r[0] === '询单')!;
    expect(inquiryHeader.slice(1, 4)).toEqual(['时间', '买家', '咨询商品']);
    expect(records.filter((r) => r[0] === '询单')[1]![6]).toBe(`="${d.orderNo(2)}"`);

    const json = await d.core.reports.export({ from: '2026-11-24', to: '2026-11-24', format: 'json' });
    expect(json).toMatchObject({ mimeType: 'application/json', fileName: '日报-KF007-2026-11-24.json' });
    const report = dailyReportSchema.parse(JSON.parse(new TextDecoder().decode(json.bytes)));
    expect(report.logs[0]!.inquiries.averageOrderValueFen).toBe(93_950);
    expect(report.summary.days).toBe(1);
  });
});

describe('response times of buyer questions answered through the panel', () => {
  /** 2026-11-23 and 24 on the Shanghai clock: questions taken by the hotkey and the replies to them. */
  async function answeredDay() {
    const d = await desk('Asia/Shanghai');
    const [phrase] = d.phrasesWithoutVariables;
    const reply = async (
      takenAt: number | undefined,
      deliveredAt: number,
      origin: { via?: 'suggestion' | 'search'; pinned?: boolean; mode?: 'paste' | 'copy' },
    ) => {
      d.clock.now = deliveredAt;
      const question = origin.via
        ? { text: '亲 什么时候发货呀', via: origin.via, ...(takenAt === undefined ? {} : { takenAt }) }
        : undefined;
      await d.core.delivery.deliver(phrase!.id, {}, {}, origin.mode ?? 'paste', {
        ...(question && { question }),
        ...(origin.pinned && { pinned: true }),
      });
    };
    const at = d.at;
    await reply(at('2026-11-23', '22:00'), at('2026-11-23', '22:00') + 5_000, { via: 'suggestion' });
    // A question answered in 8.4 s, then copied again: counted once, by its first reply.
    await reply(at('2026-11-24', '09:00'), at('2026-11-24', '09:00') + 8_400, { via: 'suggestion' });
    await reply(at('2026-11-24', '09:00'), at('2026-11-24', '09:00') + 20_000, {
      via: 'suggestion',
      mode: 'copy',
    });
    await reply(at('2026-11-24', '10:00'), at('2026-11-24', '10:00') + 21_000, { via: 'search' });
    await reply(at('2026-11-24', '11:00'), at('2026-11-24', '11:00') + 12_000, { via: 'suggestion' });
    // Taken at noon, answered at 13:30: not one reply's time, but still a suggestion picked.
    await reply(at('2026-11-24', '12:00'), at('2026-11-24', '13:30'), { via: 'suggestion' });
    // A question typed rather than taken by the hotkey has no time; pinned and plain pastes neither.
    await reply(undefined, at('2026-11-24', '14:00'), { via: 'suggestion' });
    await reply(undefined, at('2026-11-24', '15:00'), { pinned: true });
    await reply(undefined, at('2026-11-24', '16:00'), {});
    d.clock.set('2026-11-24', '18:00');
    return d;
  }

  it('averages the first reply per question (1 decimal), shares those within 15 s and counts suggestions picked', async () => {
    const d = await answeredDay();
    const { logs, summary } = d.core.reports.daily({ from: '2026-11-23', to: '2026-11-24' });
    expect(logs.map((log) => [log.day, log.responses])).toEqual([
      [
        '2026-11-23',
        {
          timed: 1,
          totalMs: 5_000,
          within15s: 1,
          averageSeconds: 5,
          within15sRate: 1,
          suggestionsPicked: 1,
        },
      ],
      [
        '2026-11-24',
        {
          timed: 3,
          totalMs: 41_400,
          within15s: 2,
          averageSeconds: 13.8,
          within15sRate: 2 / 3,
          suggestionsPicked: 5,
        },
      ],
    ]);
    expect(summary.responses).toEqual({
      timed: 4,
      totalMs: 46_400,
      within15s: 3,
      averageSeconds: 11.6,
      within15sRate: 0.75,
      suggestionsPicked: 6,
    });
    const quiet = d.core.reports.daily({ from: '2026-11-20', to: '2026-11-20' }).logs[0]!;
    expect(quiet.responses).toMatchObject({ timed: 0, averageSeconds: null, within15sRate: null });
  });

  it('reads a log stored before these figures as zeros', async () => {
    const d = await desk('Asia/Shanghai');
    const { responses: _left, ...older } = d.core.reports.daily({ from: '2026-11-20', to: '2026-11-20' })
      .logs[0]!;
    const stored = dailyLogSchema.parse(JSON.parse(JSON.stringify(older)));
    expect(stored.responses).toEqual({
      timed: 0,
      totalMs: 0,
      within15s: 0,
      averageSeconds: null,
      within15sRate: null,
      suggestionsPicked: 0,
    });
  });

  it('exports 平均响应用时 and the 15 s share in CSV and XLSX, zh and en', async () => {
    const d = await answeredDay();
    const range = { from: '2026-11-24', to: '2026-11-24' } as const;
    const csv = await d.core.reports.export({ ...range, format: 'csv' });
    const records = parse(Buffer.from(csv.bytes), { bom: true, relaxColumnCount: true }) as string[][];
    const [header, day] = records;
    const cell = (name: string) => day![header!.indexOf(name)];
    expect(cell('平均响应用时（秒）')).toBe('13.8');
    expect(cell('15 秒内回复占比')).toBe('66.67%');
    expect(cell('计时买家问题')).toBe('3');
    expect(cell('采用推荐话术')).toBe('5');

    d.core.settings.setLanguage('en-US');
    const xlsx = await d.core.reports.export({ ...range, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    const overview = workbook.getWorksheet('Overview')!;
    const heads = overview.getRow(1).values as unknown[];
    const average = overview.getRow(2).getCell(heads.indexOf('Average response time (seconds)'));
    expect(average.value).toBe(13.8);
    expect(average.numFmt).toBe('0.0');
    const within = overview.getRow(2).getCell(heads.indexOf('Answered within 15 s'));
    expect(within.value).toBeCloseTo(2 / 3);
    expect(within.numFmt).toBe('0.00%');
    expect(overview.getRow(2).getCell(heads.indexOf('Suggested replies picked')).value).toBe(5);
  });
});
