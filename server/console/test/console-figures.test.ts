/**
 * The console's figures from synced rows over real HTTP, on PGlite and PostgreSQL: 今日团队 from
 * the desks' daily logs, the checklist and tasks; 日报 and its XLSX; 询单分析; 话术; nothing of
 * one shop in another shop's console.
 */
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { summarise } from '../../../common/reports/daily-log-summary';
import type { DailyLog } from '../../../common/reports/daily-log-schema';
import { addDays } from '../../../common/time/zoned-time';
import { describeEachStorage, seedShop, type TestShop } from '../../test-support/test-server';
import {
  CONSOLE_PATHS,
  type DailyLogResponse,
  type InquiryAnalysisResponse,
  type PhraseUsageResponse,
  type TeamTodayResponse,
} from '../console-api';
import { ConsoleClient, errorKey } from './console-client';
import { at, lastUsed, sampleLog, seedLog, seedRow } from './console-seed';

const D = '2026-12-03';
const BEFORE = addDays(D, -1);

async function workbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describeEachStorage('console figures', (env) => {
  let shop: TestShop;
  let other: TestShop;
  let logA01: DailyLog;
  let logA02: DailyLog;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    shop = await seedShop(env.storage, `图表店 ${env.kind}`);
    other = await seedShop(env.storage, `别家店 ${env.kind}`);
    const { shopId } = shop;
    const row = (
      table: Parameters<typeof seedRow>[2],
      owner: string | null,
      values: Record<string, unknown>,
    ) => seedRow(env.storage, shopId, table, owner, values);
    const a01 = shop.agent.agentId;
    const a02 = shop.otherAgent.agentId;

    logA01 = sampleLog({ id: a01, agentCode: 'A01', name: '客服A01' }, D, {
      checklist: { checked: 5, total: 12 },
      inquiries: {
        total: 4,
        converted: 2,
        lost: 1,
        pending: 1,
        conversionRate: 0.5,
        convertedOrders: 2,
        convertedPaidFen: 24690,
        averageOrderValueFen: 12345,
      },
      responses: {
        timed: 4,
        totalMs: 34000,
        within15s: 3,
        averageSeconds: 8.5,
        within15sRate: 0.75,
        suggestionsPicked: 2,
      },
      invoices: { collected: 3, registered: 0, issued: 1, sent: 1, voided: 0, pending: 2 },
      escalations: {
        opened: 3,
        answered: 0,
        closed: 1,
        firstAnswerMs: [600_000, 1_830_000, 3_840_000],
        medianFirstAnswerMinutes: 30.5,
      },
      briefings: { days: 1, read: 1 },
      briefing: { readAt: at(D, '09:12') },
      checklistItems: [
        {
          stepKey: 'greet',
          checkedAt: at(D, '09:05'),
          note: '',
          carriedFromDay: null,
          titleZh: '开工准备',
          titleEn: 'Start of day',
        },
        {
          stepKey: 'urgePayment',
          checkedAt: at(D, '15:10'),
          note: '7 单',
          carriedFromDay: null,
          titleZh: '催付',
          titleEn: 'Urge payment',
        },
        {
          stepKey: 'reviews',
          checkedAt: null,
          note: '',
          carriedFromDay: null,
          titleZh: '评价',
          titleEn: 'Reviews',
        },
      ],
    });
    logA01 = { ...logA01, tasks: { ...logA01.tasks, total: { created: 1, done: 2, overdue: 3 } } };
    logA02 = sampleLog({ id: a02, agentCode: 'A02', name: '客服A02' }, D, {
      inquiries: { total: 2, converted: 0, lost: 2, conversionRate: 0 },
      briefings: { days: 1, read: 0 },
      briefing: { readAt: null },
    });
    await seedLog(env.storage, shopId, a01, logA01);
    await seedLog(env.storage, shopId, a02, logA02);
    // An older computation of the same day is superseded by the later one.
    await seedLog(env.storage, shopId, a02, {
      ...logA02,
      computedAt: logA02.computedAt - 1,
      inquiries: { ...logA02.inquiries, total: 99 },
    });
    await lastUsed(env.storage, a01, Date.now() - 30_000);
    await lastUsed(env.storage, a02, Date.now() - 3_600_000);

    // The SOP clock: 催付 anchored at 15:00 in the template both agents' checklists use.
    const template = await row('checklist_templates', shop.supervisor.agentId, { name: '默认' });
    for (const [key, anchor] of [
      ['greet', null],
      ['urgePayment', '15:00'],
    ] as const)
      await row('checklist_steps', shop.supervisor.agentId, {
        template_id: template,
        step_key: key,
        title_zh: key === 'greet' ? '开工准备' : '催付',
        title_en: key === 'greet' ? 'Start of day' : 'Urge payment',
        anchor_time: anchor,
      });
    const day01 = await row('checklist_days', a01, { day: D, template_id: template, scope: 'personal' });
    const day02 = await row('checklist_days', a02, { day: D, template_id: template, scope: 'personal' });
    await row('checklist_items', a01, { day_id: day01, step_key: 'urgePayment', checked_at: at(D, '15:10') });
    await row('checklist_items', a02, { day_id: day02, step_key: 'urgePayment', checked_at: null });

    await row('tasks', a01, { kind: 'complaint', status: 'open', due_at: Date.now() + 3_600_000 });
    await row('tasks', a02, { kind: 'badReview', status: 'open', due_at: at(D, '10:00') });
    await row('tasks', a01, { kind: 'complaint', status: 'done', due_at: at(D, '10:00') });

    // 询单分析
    for (const [id, nick] of [
      ['C1', '老客户甲'],
      ['C2', '新客乙'],
      ['C3', '回头客丙'],
      ['C4', '路人丁'],
      ['C5', '已买戊'],
    ] as const)
      ids[id] = await row('customers', null, { nick, platform: 'taobao' });
    const inquiry = (
      owner: string,
      day: string,
      time: string,
      product: string,
      outcome: string,
      reason: string | null,
      customer: string,
      extra = {},
    ) =>
      row('inquiries', owner, {
        inquired_at: at(day, time),
        product,
        outcome,
        loss_reason: reason,
        customer_id: ids[customer],
        ...extra,
      });
    await inquiry(a01, D, '10:00', '保温杯', 'converted', null, 'C2');
    await inquiry(a01, D, '11:00', '保温杯', 'lost', 'price', 'C3');
    await inquiry(a01, D, '12:00', ' 雨伞 ', 'lost', 'service', 'C1');
    await inquiry(a02, BEFORE, '13:00', '雨伞', 'lost', 'service', 'C1');
    await inquiry(a02, BEFORE, '14:00', '雨伞', 'pending', null, 'C4');
    await inquiry(a02, BEFORE, '09:00', '保温杯', 'lost', 'price', 'C5');
    await inquiry(a01, addDays(D, -10), '10:00', '雨伞', 'lost', 'price', 'C3');
    await inquiry(a01, D, '13:00', '雨伞', 'lost', 'other', 'C4', { deleted_at: at(D, '13:30') });
    const order = (customer: string, day: string, paidFen: number) =>
      row('orders', null, {
        order_no: `NO-${customer}-${day}`,
        customer_id: ids[customer],
        status: 'paid',
        paid_at: at(day, '16:00'),
        paid_fen: paidFen,
      });
    await order('C1', addDays(D, -20), 9900);
    await order('C5', addDays(D, -30), 5000);
    await order('C5', D, 20000);
    await order('C2', D, 12000);
    const returned = (day: string, reason: string, refundFen: number) =>
      row('return_cases', null, {
        kind: 'return',
        reason,
        refund_fen: refundFen,
        registered_at: at(day, '17:00'),
      });
    await returned(D, '质量问题', 5000);
    await returned(BEFORE, ' 质量问题', 3000);
    await returned(D, '不想要了', 0);
    await returned(addDays(D, -5), '质量问题', 7000);

    // 话术
    const group = await row('phrase_groups', shop.supervisor.agentId, { name: '售前', scope: 'team' });
    const phrase = (title: string, scope = 'team', extra = {}) =>
      row('phrases', shop.supervisor.agentId, { title, group_id: group, scope, body: title, ...extra });
    ids.P1 = await phrase('发货时间');
    ids.P2 = await phrase('尺码');
    ids.P3 = await phrase('我的私话', 'personal');
    ids.P4 = await phrase('退货地址');
    ids.P5 = await phrase('已删除', 'team', { deleted_at: at(D, '08:00') });
    const use = (owner: string, phraseKey: string, day: string, source = 'search') =>
      row('phrase_usages', owner, {
        phrase_id: ids[phraseKey],
        used_at: at(day, '10:30'),
        source,
        action: 'paste',
      });
    await use(a01, 'P1', D, 'suggestion');
    await use(a01, 'P1', BEFORE);
    await use(a02, 'P1', D);
    await use(a01, 'P2', D);
    await use(a01, 'P3', D);
    await use(a01, 'P4', addDays(D, -40));
  }, 60_000);

  const supervisor = async () => {
    const client = new ConsoleClient(env.url);
    await client.signIn(shop.supervisor.token);
    return client;
  };

  it('今日团队: each agent’s figures from their desk’s daily log, the last checklist step, open cases, who is behind the SOP clock', async () => {
    const client = await supervisor();
    const answer = await client.get<TeamTodayResponse>(`${CONSOLE_PATHS.teamToday}?day=${D}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const team = answer.body;
    expect(team).toMatchObject({ day: D, timeZone: 'Asia/Shanghai' });
    expect(team.agents.map((a) => a.agentCode)).toEqual(['A01', 'A02', 'S01']);
    const [a01, a02, s01] = team.agents;
    expect(a01).toMatchObject({
      name: '客服A01',
      online: true,
      logComputedAt: logA01.computedAt,
      checklist: {
        checked: 5,
        total: 12,
        lastStep: { stepKey: 'urgePayment', titleZh: '催付', checkedAt: at(D, '15:10') },
      },
      inquiries: 4,
      converted: 2,
      conversionRate: 0.5,
      averageOrderValueFen: 12345,
      averageResponseSeconds: 8.5,
      within15sRate: 0.75,
      briefing: { readAt: at(D, '09:12') },
      overdueTasks: 3,
      complaintsOpen: 1,
      badReviewsOpen: 0,
      behind: false,
      behindSteps: [],
    });
    expect(a02).toMatchObject({
      online: false,
      inquiries: 2,
      converted: 0,
      conversionRate: 0,
      badReviewsOpen: 1,
      // Not read by the afternoon: shown as 未读, and not what puts A02 behind.
      briefing: { readAt: null },
      behind: true,
      behindSteps: [{ stepKey: 'urgePayment', titleZh: '催付', anchorTime: '15:00' }],
    });
    expect(a02!.lastSyncAt).toBeGreaterThan(Date.now() - 3_700_000);
    // S01 signed in to this console with their token but never synced a desk: not 在线.
    expect(s01).toMatchObject({
      online: false,
      lastSyncAt: null,
      logComputedAt: null,
      inquiries: 0,
      conversionRate: null,
      briefing: null,
      behind: false,
    });
    expect(team.totals).toMatchObject({
      agents: 3,
      // A01's desk synced 30 s ago; A02's an hour ago.
      online: 1,
      behind: 1,
      inquiries: 6,
      converted: 2,
      conversionRate: 2 / 6,
      convertedOrders: 2,
      convertedPaidFen: 24690,
      averageOrderValueFen: 12345,
      timedQuestions: 4,
      averageResponseSeconds: 8.5,
      within15sRate: 0.75,
      briefingRead: 1,
      overdueTasks: 1,
      complaintsOpen: 1,
      badReviewsOpen: 1,
    });
    const bad = await client.get(`${CONSOLE_PATHS.teamToday}?day=12-03`);
    expect(bad.status).toBe(400);
    expect(errorKey(bad)).toBe('console.error.badRequest');
  });

  it('日报: the agent’s logs as the desk stored them, their summary, the days without one; and the XLSX files', async () => {
    const client = await supervisor();
    const answer = await client.get<DailyLogResponse>(
      `${CONSOLE_PATHS.dailyLog}?agent=A01&from=${BEFORE}&to=${D}`,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.agent).toEqual({ code: 'A01', name: '客服A01' });
    expect(answer.body.logs).toEqual([logA01]);
    expect(answer.body.summary).toEqual(summarise([logA01], BEFORE, D));
    expect(answer.body.missingDays).toEqual([BEFORE]);
    const unknown = await client.get(`${CONSOLE_PATHS.dailyLog}?agent=NOPE&from=${D}&to=${D}`);
    expect(errorKey(unknown)).toBe('console.error.agentNotFound');
    const long = await client.get(`${CONSOLE_PATHS.dailyLog}?agent=A01&from=2026-01-01&to=${D}`);
    expect(errorKey(long)).toBe('console.error.rangeTooLong');
    const backwards = await client.get(`${CONSOLE_PATHS.dailyLog}?agent=A01&from=${D}&to=${BEFORE}`);
    expect(errorKey(backwards)).toBe('console.error.rangeBackwards');

    const xlsx = await client.get<Buffer>(`${CONSOLE_PATHS.dailyLogXlsx}?agent=A01&from=${BEFORE}&to=${D}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = await workbook(xlsx.body);
    const summary = book.getWorksheet('日报汇总')!;
    expect(summary.getRow(2).getCell(3).value).toBe(D);
    expect(summary.getRow(2).getCell(6).value).toBe(4); // 询单
    const heads = summary.getRow(1).values as unknown[];
    const dayCell = (header: string) => summary.getRow(2).getCell(heads.indexOf(header));
    expect(dayCell('发票收集').value).toBe(3);
    expect(dayCell('待开发票').value).toBe(2);
    expect(dayCell('发起升级').value).toBe(3);
    expect(dayCell('首次答复用时中位数（分钟）').value).toBe(30.5);
    expect(dayCell('早会已读').value).toBe('是');
    const readAt = dayCell('早会已读时间').value as Date;
    expect([readAt.getUTCHours(), readAt.getUTCMinutes()]).toEqual([9, 12]);
    expect(answer.body.summary.escalations.medianFirstAnswerMinutes).toBe(30.5);
    expect(answer.body.summary.briefings).toEqual({ days: 1, read: 1 });
    expect(book.getWorksheet('清单')!.getRow(3).getCell(2).value).toBe('催付');

    const team = await client.get<Buffer>(`${CONSOLE_PATHS.teamReportXlsx}?day=${D}`);
    expect(team.status).toBe(200);
    const teamBook = await workbook(team.body);
    const sheet = teamBook.getWorksheet('团队日报')!;
    const codes = [2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value);
    expect(codes).toEqual(['A01', 'A02', 'S01']);
  });

  it('询单分析: conversion per agent and day, loss reasons, products worst first, returning customers who did not buy, refunds, before/after', async () => {
    const client = await supervisor();
    const answer = await client.get<InquiryAnalysisResponse>(
      `${CONSOLE_PATHS.inquiryAnalysis}?from=${BEFORE}&to=${D}&marked=${D}`,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const analysis = answer.body;
    expect(analysis.byAgentDay).toEqual([
      { agentCode: 'A02', name: '客服A02', day: BEFORE, inquiries: 3, converted: 0, lost: 2, rate: 0 },
      { agentCode: 'A01', name: '客服A01', day: D, inquiries: 3, converted: 1, lost: 2, rate: 1 / 3 },
    ]);
    expect(analysis.lossReasons).toEqual([
      { reason: 'price', count: 2 },
      { reason: 'service', count: 2 },
      { reason: 'outOfStock', count: 0 },
      { reason: 'other', count: 0 },
      { reason: 'none', count: 0 },
    ]);
    expect(analysis.products).toEqual([
      { product: '雨伞', inquiries: 3, converted: 0, lost: 2, rate: 0, mainLossReason: 'service' },
      { product: '保温杯', inquiries: 3, converted: 1, lost: 2, rate: 1 / 3, mainLossReason: 'price' },
    ]);
    expect(analysis.returningNotBought).toEqual([
      {
        customerId: ids.C1,
        buyerNick: '老客户甲',
        inquiries: 2,
        lastInquiredAt: at(D, '12:00'),
        lastLossReason: 'service',
        lastAgentCode: 'A01',
        earlierPaidOrders: 1,
      },
      {
        customerId: ids.C3,
        buyerNick: '回头客丙',
        inquiries: 1,
        lastInquiredAt: at(D, '11:00'),
        lastLossReason: 'price',
        lastAgentCode: 'A01',
        earlierPaidOrders: 0,
      },
    ]);
    expect(analysis.returns).toEqual({
      registered: 3,
      refundFen: 8000,
      paidFen: 32000,
      refundRate: 0.25,
      byReason: [
        { reason: '质量问题', count: 2, refundFen: 8000 },
        { reason: '不想要了', count: 1, refundFen: 0 },
      ],
    });
    expect(analysis.beforeAfter).toEqual({
      marked: D,
      before: { from: BEFORE, to: BEFORE, inquiries: 3, converted: 0, lost: 2, rate: 0 },
      after: { from: D, to: D, inquiries: 3, converted: 1, lost: 2, rate: 1 / 3 },
    });
    const outside = await client.get(
      `${CONSOLE_PATHS.inquiryAnalysis}?from=${BEFORE}&to=${D}&marked=${BEFORE}`,
    );
    expect(errorKey(outside)).toBe('console.error.badRequest');
  });

  it('话术: most used team phrases, those unused in 30 days, per agent, suggestions picked', async () => {
    const client = await supervisor();
    const answer = await client.get<PhraseUsageResponse>(
      `${CONSOLE_PATHS.phraseUsage}?from=${BEFORE}&to=${D}`,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const usage = answer.body;
    expect(usage.totals).toEqual({ uses: 5, suggestionsPicked: 1, suggestionRate: 0.2 });
    expect(usage.mostUsed).toEqual([
      { phraseId: ids.P1, title: '发货时间', groupName: '售前', uses: 3, agents: 2, suggestionsPicked: 1 },
      { phraseId: ids.P2, title: '尺码', groupName: '售前', uses: 1, agents: 1, suggestionsPicked: 0 },
    ]);
    expect(usage.unusedIn30Days).toEqual([
      { phraseId: ids.P4, title: '退货地址', groupName: '售前', lastUsedAt: at(addDays(D, -40), '10:30') },
    ]);
    expect(usage.byAgent).toEqual([
      {
        agentCode: 'A01',
        name: '客服A01',
        uses: 4,
        distinctPhrases: 3,
        suggestionsPicked: 1,
        suggestionRate: 0.25,
      },
      {
        agentCode: 'A02',
        name: '客服A02',
        uses: 1,
        distinctPhrases: 1,
        suggestionsPicked: 0,
        suggestionRate: 0,
      },
    ]);
  });

  it('shows another shop’s supervisor nothing of this shop', async () => {
    const client = new ConsoleClient(env.url);
    await client.signIn(other.supervisor.token);
    const team = (await client.get<TeamTodayResponse>(`${CONSOLE_PATHS.teamToday}?day=${D}`)).body;
    expect(team.shopName).toMatch(/别家店/);
    expect(team.agents.every((a) => a.logComputedAt === null && a.inquiries === 0)).toBe(true);
    expect(team.totals).toMatchObject({ inquiries: 0, complaintsOpen: 0, badReviewsOpen: 0, behind: 0 });
    // The other shop has an A01 of its own: this shop's A01's logs are not theirs.
    const log = (
      await client.get<DailyLogResponse>(`${CONSOLE_PATHS.dailyLog}?agent=A01&from=${BEFORE}&to=${D}`)
    ).body;
    expect(log.logs).toEqual([]);
    const analysis = (
      await client.get<InquiryAnalysisResponse>(`${CONSOLE_PATHS.inquiryAnalysis}?from=${BEFORE}&to=${D}`)
    ).body;
    expect(analysis).toMatchObject({
      byAgentDay: [],
      products: [],
      returningNotBought: [],
      beforeAfter: null,
    });
    expect(analysis.returns).toMatchObject({ registered: 0, paidFen: 0 });
    const usage = (
      await client.get<PhraseUsageResponse>(`${CONSOLE_PATHS.phraseUsage}?from=${BEFORE}&to=${D}`)
    ).body;
    expect(usage).toMatchObject({ totals: { uses: 0 }, mostUsed: [], unusedIn30Days: [], byAgent: [] });
    const agents = (await client.get<{ agents: { code: string }[] }>(CONSOLE_PATHS.agents)).body;
    expect(agents.agents.map((a) => a.code).sort()).toEqual(['A01', 'A02', 'ADM', 'S01']);
    const teamXlsx = await workbook(
      (await client.get<Buffer>(`${CONSOLE_PATHS.teamReportXlsx}?day=${D}`)).body,
    );
    const sheet = teamXlsx.getWorksheet('团队日报')!;
    expect(sheet.getRow(2).getCell(4).value).toBeNull();
  });
});
