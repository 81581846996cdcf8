/**
 * 发票, 升级处理 and 每日早会 in the daily log (issue 17, item 5), computed from the synced rows as
 * they reach the desk from every agent's desk (written here straight into the synced tables, as
 * the sync would), on the Shanghai shop's clock.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { agents, briefingReads, briefings, escalations, invoices } from '../../../db/schema';
import { dailyLogSchema } from './daily-log-schema';
import { createCoreServices } from '../core-services';
import { HEADLESS_SHELL } from '../platform/headless-shell';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { zonedInstant } from '../../../common/time/zoned-time';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;
const at = (day: string, time: string) => zonedInstant(day, time, TZ);

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 林小雨 (KF007, this desk), 王小二 (KF008) and 周主管 (KF009, supervisor) of one shop. */
function shop() {
  const database = openDatabase({
    file: join(mkdtempSync(join(tmpdir(), 'kefu-duty-figures-')), 'kefu.sqlite'),
  });
  opened.push(database);
  const clock = { now: at('2026-11-26', '09:00') };
  const core = createCoreServices({
    database,
    clock: { now: () => clock.now },
    shell: HEADLESS_SHELL,
    injector: { paste: async () => ({ status: 'pasted' }), copy: async () => {} },
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  core.settings.save({ ...SAMPLE_SETTINGS, shop: { ...SAMPLE_SETTINGS.shop, timeZone: TZ } });
  const { shopId, agentId: me } = core.settings.identity()!;
  const other = crypto.randomUUID();
  const boss = crypto.randomUUID();
  database.db
    .insert(agents)
    .values([
      { id: other, shopId, createdAt: 1, updatedAt: 1, name: '王小二', agentCode: 'KF008' },
      {
        id: boss,
        shopId,
        createdAt: 1,
        updatedAt: 1,
        name: '周主管',
        agentCode: 'KF009',
        role: 'supervisor',
      },
    ])
    .run();
  const row = (ownerId: string, scope: 'team' | 'personal' = 'team') => ({
    id: crypto.randomUUID(),
    shopId,
    ownerId,
    scope,
    createdAt: 1,
    updatedAt: 1,
  });
  return { core, database, clock, shopId, me, other, boss, row };
}

/**
 * The 24th: 林小雨 collects three requests (one voided by her, one left 待开 at 23:59), sends one
 * that 王小二 registered and issued, and issues one 王小二 collected; a request she collected on the
 * 23rd still waits, one of the 25th does not count yet. Her escalations are answered after 10,
 * 30.5 and (one from the 23rd's night) 64 minutes; one of the 23rd took 5; 王小二's took 1.
 */
function dutyDays() {
  const s = shop();
  const { me, other, boss, row } = s;
  const invoice = (fields: Partial<typeof invoices.$inferInsert>) =>
    s.database.db
      .insert(invoices)
      .values({ ...row(me), title: '杭州小鹿家居有限公司', amountFen: 29_900, ...fields })
      .run();
  invoice({
    requestedBy: me,
    requestedAt: at('2026-11-24', '09:00'),
    registeredBy: other,
    registeredAt: at('2026-11-24', '10:00'),
    issuedBy: other,
    issuedAt: at('2026-11-24', '11:00'),
    sentBy: me,
    sentAt: at('2026-11-24', '15:00'),
    status: 'sent',
  });
  invoice({ requestedBy: me, requestedAt: at('2026-11-23', '20:00') });
  invoice({
    ...row(other),
    requestedBy: other,
    requestedAt: at('2026-11-24', '09:30'),
    issuedBy: me,
    issuedAt: at('2026-11-24', '12:00'),
    status: 'issued',
  });
  invoice({ requestedBy: me, requestedAt: at('2026-11-24', '23:59') });
  invoice({ requestedBy: me, requestedAt: at('2026-11-25', '00:05') });
  invoice({
    requestedBy: me,
    requestedAt: at('2026-11-24', '13:00'),
    voidedBy: me,
    voidedAt: at('2026-11-24', '14:00'),
    status: 'void',
  });
  const escalate = (ownerId: string, escalatedAt: number, fields: Partial<typeof escalations.$inferInsert>) =>
    s.database.db
      .insert(escalations)
      .values({
        ...row(ownerId, 'personal'),
        sourceKind: 'order' as const,
        sourceId: crypto.randomUUID(),
        reason: '买家要求补偿',
        escalatedAt,
        ...fields,
      })
      .run();
  const answered = (by: string, firstAnswerAt: number) => ({
    status: 'answered' as const,
    answer: '退 20 元',
    answeredBy: by,
    firstAnswerAt,
  });
  escalate(me, at('2026-11-24', '09:00'), {
    ...answered(boss, at('2026-11-24', '09:10')),
    status: 'closed',
    closedBy: me,
    closedAt: at('2026-11-24', '16:00'),
  });
  escalate(me, at('2026-11-24', '10:00'), answered(boss, at('2026-11-24', '10:30') + 30_000));
  escalate(me, at('2026-11-23', '23:00'), answered(boss, at('2026-11-24', '00:04')));
  escalate(me, at('2026-11-23', '08:00'), answered(boss, at('2026-11-23', '08:05')));
  escalate(other, at('2026-11-24', '11:00'), answered(boss, at('2026-11-24', '11:01')));
  escalate(me, at('2026-11-24', '17:00'), {});
  const brief = (day: string, publishedAt: number | null) => {
    const id = crypto.randomUUID();
    s.database.db
      .insert(briefings)
      .values({ ...row(boss), id, day, activities: '双十二预热', publishedAt, publishedBy: boss })
      .run();
    return id;
  };
  brief('2026-11-23', at('2026-11-23', '08:30'));
  const today = brief('2026-11-24', at('2026-11-24', '08:30'));
  brief('2026-11-25', null);
  s.database.db
    .insert(briefingReads)
    .values([
      { ...row(me, 'personal'), briefingId: today, readAt: at('2026-11-24', '09:12') },
      { ...row(other, 'personal'), briefingId: today, readAt: at('2026-11-24', '10:40') },
    ])
    .run();
  return s;
}

describe('invoices, escalations and the briefing in the daily log', () => {
  it('counts the agent-day’s invoice steps, escalations and briefing read', () => {
    const s = dutyDays();
    const { logs } = s.core.reports.daily({ from: '2026-11-23', to: '2026-11-25' });
    const [day23, day24, day25] = logs;
    expect(day24!.invoices).toEqual({
      collected: 3,
      registered: 0,
      issued: 1,
      sent: 1,
      voided: 1,
      pending: 2,
    });
    expect(day23!.invoices).toEqual({
      collected: 1,
      registered: 0,
      issued: 0,
      sent: 0,
      voided: 0,
      pending: 1,
    });
    expect(day24!.escalations).toEqual({
      opened: 3,
      answered: 0,
      closed: 1,
      firstAnswerMs: [10 * MINUTE, 30.5 * MINUTE, 64 * MINUTE],
      medianFirstAnswerMinutes: 30.5,
    });
    expect(day23!.escalations).toMatchObject({
      opened: 2,
      firstAnswerMs: [5 * MINUTE],
      medianFirstAnswerMinutes: 5,
    });
    expect(day25!.escalations).toMatchObject({
      opened: 0,
      firstAnswerMs: [],
      medianFirstAnswerMinutes: null,
    });
    expect(day24!.briefing).toEqual({ readAt: at('2026-11-24', '09:12') });
    expect(day24!.briefings).toEqual({ days: 1, read: 1 });
    expect(day23!.briefing).toEqual({ readAt: null });
    expect(day23!.briefings).toEqual({ days: 1, read: 0 });
    // The 25th's briefing is still a draft: no briefing that day.
    expect(day25!.briefing).toBeNull();
    expect(day25!.briefings).toEqual({ days: 0, read: 0 });
  });

  it('takes the range’s median over every day’s durations, and counts briefing days read', () => {
    const s = dutyDays();
    const { summary } = s.core.reports.daily({ from: '2026-11-23', to: '2026-11-24' });
    // 5, 10, 30.5, 64 minutes: (10 + 30.5) / 2, not the median of the days' medians (17.75).
    expect(summary.escalations).toMatchObject({ opened: 5, closed: 1, medianFirstAnswerMinutes: 20.3 });
    expect(summary.invoices).toMatchObject({ collected: 4, issued: 1, pending: 3 });
    expect(summary.briefings).toEqual({ days: 2, read: 1 });
  });

  it('gives the supervisor the cases they answered first, with the median of 4 (an even count)', () => {
    const s = dutyDays();
    s.core.settings.save({ ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role: 'supervisor' } });
    const log = s.core.reports.daily({ agentCode: 'KF009', from: '2026-11-24', to: '2026-11-24' }).logs[0]!;
    // 1, 10, 30.5 and 64 minutes: 王小二's case counts for the supervisor who answered it.
    expect(log.escalations).toMatchObject({
      opened: 0,
      answered: 4,
      closed: 0,
      medianFirstAnswerMinutes: 20.3,
    });
    expect(log.briefing).toEqual({ readAt: null });
    const other = s.core.reports.daily({ agentCode: 'KF008', from: '2026-11-24', to: '2026-11-24' }).logs[0]!;
    expect(other.invoices).toMatchObject({ collected: 1, registered: 1, issued: 1, pending: 0 });
    expect(other.escalations).toMatchObject({ opened: 1, medianFirstAnswerMinutes: 1 });
    expect(other.briefing).toEqual({ readAt: at('2026-11-24', '10:40') });
  });

  it('reads a log stored before these figures as zeros and no briefing', () => {
    const s = dutyDays();
    const {
      invoices: _i,
      escalations: _e,
      briefings: _b,
      briefing: _r,
      ...older
    } = s.core.reports.daily({ from: '2026-11-24', to: '2026-11-24' }).logs[0]!;
    const stored = dailyLogSchema.parse(JSON.parse(JSON.stringify(older)));
    expect(stored.invoices).toEqual({
      collected: 0,
      registered: 0,
      issued: 0,
      sent: 0,
      voided: 0,
      pending: 0,
    });
    expect(stored.escalations).toEqual({
      opened: 0,
      answered: 0,
      closed: 0,
      firstAnswerMs: [],
      medianFirstAnswerMinutes: null,
    });
    expect(stored.briefings).toEqual({ days: 0, read: 0 });
    expect(stored.briefing).toBeNull();
  });

  it('exports the figures in CSV (zh) and XLSX (en)', async () => {
    const s = dutyDays();
    const range = { from: '2026-11-24', to: '2026-11-24' } as const;
    const csv = await s.core.reports.export({ ...range, format: 'csv' });
    const records = parse(Buffer.from(csv.bytes), { bom: true, relaxColumnCount: true }) as string[][];
    const [header, day] = records;
    const cell = (name: string) => day![header!.indexOf(name)];
    expect(cell('发票收集')).toBe('3');
    expect(cell('发票开具')).toBe('1');
    expect(cell('待开发票')).toBe('2');
    expect(cell('发起升级')).toBe('3');
    expect(cell('关闭升级')).toBe('1');
    expect(cell('首次答复用时中位数（分钟）')).toBe('30.5');
    expect(cell('早会已读')).toBe('1/1');
    expect(cell('早会已读时间')).toBe('2026-11-24 09:12');

    s.core.settings.setLanguage('en-US');
    const xlsx = await s.core.reports.export({ ...range, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    const overview = workbook.getWorksheet('Overview')!;
    const heads = overview.getRow(1).values as unknown[];
    const value = (name: string) => overview.getRow(2).getCell(heads.indexOf(name));
    expect(value('Invoices collected').value).toBe(3);
    expect(value('Invoices sent or posted').value).toBe(1);
    expect(value('Invoices voided').value).toBe(1);
    expect(value('Median time to first answer (minutes)').value).toBe(30.5);
    expect(value('Median time to first answer (minutes)').numFmt).toBe('0.0');
    expect(value('Briefing read').value).toBe('1/1');
    expect(value('Briefing read at').numFmt).toBe('yyyy-mm-dd hh:mm');
  });
});
