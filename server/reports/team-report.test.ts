import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PATHS } from '../../common/sync/protocol';
import { describeEachStorage, seedShop, type TestShop } from '../test-support/test-server';
import { fullRow, getJson, put, TestDesk, VERSION_HEADERS } from '../test-support/sync-client';
import { TEAM_HEADERS, TEAM_SHEET } from './team-report-xlsx';
import type { TeamReport } from './team-report';

const DAY = '2026-11-24';

/** A daily log as the desk stores it in daily_logs.payload (docs/daily-log-schema.md). */
function dailyLog(
  agent: { agentId: string; code: string },
  day: string,
  figures: {
    inquiries: number;
    converted: number;
    paidFen: number;
    remarks: number;
    uses: number;
    first: number | null;
    /** Left out, as desks from before response times wrote their logs. */
    responses?: {
      timed: number;
      totalMs: number;
      within15s: number;
      averageSeconds: number | null;
      within15sRate: number | null;
      suggestionsPicked: number;
    };
    /** Issue 17's figures; left out, as desks from before them wrote their logs. */
    duties?: {
      invoices: Record<'collected' | 'registered' | 'issued' | 'sent' | 'voided' | 'pending', number>;
      escalations: {
        opened: number;
        answered: number;
        closed: number;
        firstAnswerMs: number[];
        medianFirstAnswerMinutes: number | null;
      };
      briefings: { days: number; read: number };
      briefing: { readAt: number | null } | null;
    };
  },
) {
  return JSON.stringify({
    schemaVersion: 1,
    day,
    timeZone: 'Asia/Shanghai',
    agent: { id: agent.agentId, agentCode: agent.code, name: `客服${agent.code}` },
    computedAt: Date.parse(`${day}T12:00:00Z`),
    checklist: { checked: 5, total: 7 },
    inquiries: {
      total: figures.inquiries,
      converted: figures.converted,
      lost: figures.inquiries - figures.converted,
      pending: 0,
      conversionRate: figures.inquiries ? figures.converted / figures.inquiries : null,
      lossReasons: { price: figures.inquiries - figures.converted, service: 0, outOfStock: 0, other: 0 },
      convertedOrders: figures.converted,
      convertedPaidFen: figures.paidFen,
      averageOrderValueFen: figures.converted ? Math.round(figures.paidFen / figures.converted) : null,
    },
    orders: { remarks: figures.remarks, addressVerifications: 2, shipNotices: 1 },
    tasks: { byKind: {}, total: { created: 1, done: 3, overdue: 1 } },
    returns: { registered: 1, refundFen: 5900, byKind: { return: 1, exchange: 0, refundOnly: 0 } },
    badReviewsHandled: 0,
    complaints: { opened: 0, done: 0 },
    phrases: { uses: figures.uses, byGroup: [], top: [] },
    ...(figures.responses && { responses: figures.responses }),
    ...figures.duties,
    firstActivityAt: figures.first,
    lastActivityAt: figures.first === null ? null : figures.first + 8 * 3_600_000,
    checklistItems: [],
    inquiryRows: [],
    returnRows: [],
  });
}

describeEachStorage('team report', (env) => {
  let shop: TestShop;
  const url = (query: string) => `${env.url}${SYNC_PATHS.teamReport}?${query}`;
  // 09:05 on the shop's clock (UTC+8).
  const firstActivity = Date.parse(`${DAY}T01:05:00Z`);
  // 09:12 on the shop's clock.
  const briefingReadAt = Date.parse(`${DAY}T01:12:00Z`);

  beforeAll(async () => {
    shop = await seedShop(env.storage);
    const logRow = (who: 'agent' | 'otherAgent', day: string, payload: string) =>
      put('daily_logs', fullRow('daily_logs', { owner_id: shop[who].agentId, day, payload, computed_at: 1 }));
    await new TestDesk(env.url, shop.agent.token).push(
      logRow(
        'agent',
        DAY,
        dailyLog(shop.agent, DAY, {
          inquiries: 12,
          converted: 9,
          paidFen: 269_100,
          remarks: 4,
          uses: 57,
          first: firstActivity,
          responses: {
            timed: 4,
            totalMs: 46_400,
            within15s: 3,
            averageSeconds: 11.6,
            within15sRate: 0.75,
            suggestionsPicked: 6,
          },
          duties: {
            invoices: { collected: 3, registered: 0, issued: 1, sent: 1, voided: 0, pending: 2 },
            escalations: {
              opened: 3,
              answered: 0,
              closed: 1,
              firstAnswerMs: [600_000, 1_830_000, 3_840_000],
              medianFirstAnswerMinutes: 30.5,
            },
            briefings: { days: 1, read: 1 },
            briefing: { readAt: briefingReadAt },
          },
        }),
      ),
    );
    await new TestDesk(env.url, shop.otherAgent.token).push(
      logRow(
        'otherAgent',
        DAY,
        dailyLog(shop.otherAgent, DAY, {
          inquiries: 0,
          converted: 0,
          paidFen: 0,
          remarks: 0,
          uses: 3,
          first: null,
        }),
      ),
      logRow(
        'otherAgent',
        '2026-11-23',
        dailyLog(shop.otherAgent, '2026-11-23', {
          inquiries: 99,
          converted: 1,
          paidFen: 100,
          remarks: 0,
          uses: 0,
          first: null,
        }),
      ),
    );
  });

  describe('JSON', () => {
    it("lists every agent of the shop with the day's figures; no log is null", async () => {
      const answer = await getJson<TeamReport>(url(`date=${DAY}&format=json`), shop.supervisor.token);
      expect(answer.status).toBe(200);
      expect(answer.body.date).toBe(DAY);
      expect(
        answer.body.agents.map((agent) => [agent.agentCode, agent.name, agent.figures === null]),
      ).toEqual([
        ['A01', '客服A01', false],
        ['A02', '客服A02', false],
        ['S01', '客服S01', true],
      ]);
      expect(answer.body.agents[0]!.figures).toMatchObject({
        inquiries: 12,
        converted: 9,
        lost: 3,
        conversionRate: 0.75,
        convertedPaidFen: 269_100,
        averageOrderValueFen: 29_900,
        remarks: 4,
        tasksDone: 3,
        refundFen: 5900,
        phraseUses: 57,
        timedQuestions: 4,
        averageResponseSeconds: 11.6,
        answeredWithin15sRate: 0.75,
        suggestionsPicked: 6,
        invoicesCollected: 3,
        invoicesIssued: 1,
        invoicesPending: 2,
        escalationsOpened: 3,
        escalationsAnswered: 0,
        escalationsClosed: 1,
        medianFirstAnswerMinutes: 30.5,
        briefingHeld: true,
        briefingReadAt,
        firstActivityAt: firstActivity,
      });
      // A log from a desk before response times: none timed, no average, no share.
      expect(answer.body.agents[1]!.figures).toMatchObject({
        inquiries: 0,
        conversionRate: null,
        phraseUses: 3,
        timedQuestions: 0,
        averageResponseSeconds: null,
        answeredWithin15sRate: null,
        suggestionsPicked: 0,
        // Nor invoices, escalations or the briefing: zeros, no median, no briefing.
        invoicesCollected: 0,
        invoicesPending: 0,
        escalationsOpened: 0,
        medianFirstAnswerMinutes: null,
        briefingHeld: false,
        briefingReadAt: null,
      });
    });

    it('is for supervisors and admins: an agent gets 403, a bad date 400 naming it', async () => {
      expect((await getJson(url(`date=${DAY}`), shop.admin.token)).status).toBe(200);
      const refused = await getJson<{ error: { code: string } }>(url(`date=${DAY}`), shop.agent.token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
      const badDate = await getJson<{ error: { message: string } }>(
        url('date=24/11/2026'),
        shop.supervisor.token,
      );
      expect(badDate.status).toBe(400);
      expect(badDate.body.error.message).toContain('date');
      const badFormat = await getJson<{ error: { message: string } }>(
        url(`date=${DAY}&format=pdf`),
        shop.supervisor.token,
      );
      expect(badFormat.body.error.message).toContain('format');
    });
  });

  describe('XLSX', () => {
    it('has a 团队日报 sheet with a bold frozen header and one row of real numbers per agent', async () => {
      const response = await fetch(url(`date=${DAY}&format=xlsx`), {
        headers: { ...VERSION_HEADERS, authorization: `Bearer ${shop.supervisor.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`team-report-${DAY}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.getWorksheet(TEAM_SHEET)!;
      expect(sheet).toBeDefined();
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(TEAM_HEADERS);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.rowCount).toBe(4);

      const cell = (row: number, name: string) => sheet.getRow(row).getCell(TEAM_HEADERS.indexOf(name) + 1);
      expect(cell(2, '工号').value).toBe('A01');
      expect(cell(2, '询单').value).toBe(12);
      expect(cell(2, '询单转化率').value).toBe(0.75);
      expect(cell(2, '询单转化率').numFmt).toBe('0.00%');
      expect(cell(2, '客单价').value).toBe(299);
      expect(cell(2, '成交金额').value).toBe(2691);
      expect(cell(2, '短语使用').value).toBe(57);
      expect(cell(2, '计时买家问题').value).toBe(4);
      expect(cell(2, '平均响应用时（秒）').value).toBe(11.6);
      expect(cell(2, '平均响应用时（秒）').numFmt).toBe('0.0');
      expect(cell(2, '15秒内回复占比').value).toBe(0.75);
      expect(cell(2, '15秒内回复占比').numFmt).toBe('0.00%');
      expect(cell(2, '采用推荐话术').value).toBe(6);
      expect(cell(3, '平均响应用时（秒）').value).toBeNull();
      expect(cell(2, '发票收集').value).toBe(3);
      expect(cell(2, '发票开具').value).toBe(1);
      expect(cell(2, '待开发票').value).toBe(2);
      expect(cell(2, '发起升级').value).toBe(3);
      expect(cell(2, '答复升级').value).toBe(0);
      expect(cell(2, '关闭升级').value).toBe(1);
      expect(cell(2, '首次答复用时中位数（分钟）').value).toBe(30.5);
      expect(cell(2, '首次答复用时中位数（分钟）').numFmt).toBe('0.0');
      expect(cell(2, '早会已读').value).toBe('是');
      const read = cell(2, '早会已读时间').value as Date;
      expect([read.getUTCHours(), read.getUTCMinutes()]).toEqual([9, 12]);
      expect(cell(3, '首次答复用时中位数（分钟）').value).toBeNull();
      expect(cell(3, '早会已读').value).toBeNull();
      const first = cell(2, '首次活动').value as Date;
      expect([first.getUTCHours(), first.getUTCMinutes()]).toEqual([9, 5]);
      expect(cell(3, '工号').value).toBe('A02');
      expect(cell(3, '询单转化率').value).toBeNull();
      expect(cell(4, '工号').value).toBe('S01');
      expect(cell(4, '询单').value).toBeNull();
    });
  });
});
