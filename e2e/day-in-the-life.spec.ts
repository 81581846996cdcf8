/**
 * A day in the life (issue #7): one agent's desk (its own web host) and the shop's server.
 * First run → connect to the server → import the Taobao export → tasks appear → the reply panel
 * pastes a filled phrase → an inquiry is logged → an order is flagged with a remark → the SOP
 * checklist is worked through → the daily log is exported and parsed → sync → the supervisor's
 * team report for the day holds this agent's figures. Every screen is photographed in zh-CN on
 * the way and in en-US at the end (e2e/artifacts/web-day-*.png).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { fillFirstRun, submitFirstRun } from './support/first-run';
import { createShopServer, type ShopServer } from './support/shop-server';
import { SYNC_SCHEMA_VERSION } from '../common/sync/protocol';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const MAIN = { width: 1280, height: 800 };
const PANEL = { width: 640, height: 440 };
/** A paid order of the export: ¥299.00 by tb_88213. */
const PAID_ORDER = '3321009876543210002';

let server: ShopServer | null = null;
let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
  await server?.stop();
});

const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-day-${name}.png`) });
const shopDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

test('a day in the life: from first run to the supervisor’s team report', async ({ browser }, testInfo) => {
  webProjectOnly(testInfo, 'it runs a desk and a server of its own');
  test.setTimeout(120_000);
  server = await createShopServer();
  server.createShop('小鹿家居旗舰店');
  const agentToken = server.createAgent('小鹿家居旗舰店', 'KF007', '林小雨', 'agent');
  const supervisorToken = server.createAgent('小鹿家居旗舰店', 'KF001', '周主管', 'supervisor');
  await server.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-day-'));
  host = await startHostProcess(dataDir);
  const page = await browser.newPage({ baseURL: host.url, viewport: MAIN, locale: 'zh-CN' });

  await test.step('first run', async () => {
    await page.goto('/');
    await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
    await snap(page, 'first-run-zh');
    await submitFirstRun(page);
  });

  await test.step('settings: connect to the shop server', async () => {
    await page.goto('/#/settings/sync');
    const card = page.getByRole('region', { name: '同步' });
    await card.getByLabel('服务器地址').fill(server!.url);
    await card.getByLabel('令牌').fill(agentToken);
    await card.getByRole('button', { name: '连接' }).click();
    await expect(card).toContainText('工号 KF007 · 小鹿家居旗舰店');
    await snap(page, 'settings-sync-zh');
  });

  await test.step('import the Taobao export; tasks appear', async () => {
    await page.goto('/#/orders');
    await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report.locator('.import-counts')).toBeVisible();
    await snap(page, 'import-zh');
    await report.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
    await snap(page, 'orders-zh');
    await page.goto('/#/tasks');
    await expect(page.locator('.task-groups .task-row').first()).toBeVisible();
    await expect(page.locator('.task-groups .task-kind').filter({ hasText: '催付' }).first()).toBeVisible();
    await snap(page, 'tasks-zh');
  });

  await test.step('the reply panel pastes a filled phrase and logs an inquiry', async () => {
    await page.setViewportSize(PANEL);
    await page.goto(`/#/panel?buyer=tb_88213&order=${PAID_ORDER}`);
    const search = page.getByRole('searchbox');
    await expect(search).toBeFocused();
    await search.fill('fh');
    const preview = page.locator('.panel-preview .linted-text');
    await expect(preview).toContainText(/\d{2}:\d{2}前付款/);
    const text = await preview.innerText();
    await snap(page, 'panel-zh');
    await search.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toBeVisible();
    const deliveries = join(dataDir, 'deliveries.jsonl');
    await expect
      .poll(() => existsSync(deliveries) && readFileSync(deliveries, 'utf8'))
      .toContain(text.split('\n')[0]!);

    await page.goto(`/#/panel?buyer=tb_88213&order=${PAID_ORDER}`);
    await expect(search).toBeFocused();
    await page.keyboard.press('Control+i');
    const form = page.getByRole('form', { name: '记录询单' });
    await form.getByLabel('咨询商品').fill('天然乳胶枕');
    await form.getByRole('radio', { name: '成交', exact: true }).check();
    await snap(page, 'inquiry-zh');
    await form.getByLabel('备注').press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: '已记录询单' })).toBeVisible();
    await page.setViewportSize(MAIN);
  });

  await test.step('an order is flagged red with a remark', async () => {
    await page.goto('/#/orders');
    await page.getByRole('button', { name: PAID_ORDER }).click();
    const detail = page.getByRole('complementary', { name: '订单详情' });
    await detail.getByRole('radio', { name: '红旗' }).check();
    await detail.getByLabel('备注内容').fill('买家要求改发顺丰，已补运费差价');
    await detail.getByLabel('修改原因').fill('买家旺旺要求改快递');
    await detail.getByRole('button', { name: '保存备注' }).click();
    await expect(detail.getByRole('list', { name: '修改记录' })).toContainText('买家要求改发顺丰');
    await snap(page, 'order-remark-zh');
  });

  await test.step('the SOP checklist is worked through', async () => {
    await page.goto('/#/today');
    await page.getByLabel('「开工准备」备注').fill('看过双十二活动');
    await page.getByLabel('「开工准备」备注').press('Enter');
    await expect(page.getByRole('checkbox', { name: '开工准备' })).toBeChecked();
    await page.getByRole('checkbox', { name: '在线接待' }).click();
    await expect(page.getByRole('checkbox', { name: '在线接待' })).toBeChecked();
    await expect(page.locator('.today-progress')).toContainText('已完成 2 /');
    await snap(page, 'today-zh');
  });

  await test.step('the daily log is exported and parsed', async () => {
    await page.goto('/#/reports');
    await expect(page.locator('[data-figure="inquiries"] dd')).toHaveText('1');
    await expect(page.locator('[data-figure="converted"] dd')).toHaveText('1');
    await snap(page, 'reports-zh');
    const waiting = page.waitForEvent('download');
    await page.getByRole('group', { name: '导出' }).getByRole('button', { name: 'Excel (XLSX)' }).click();
    const download = await waiting;
    const path = join(mkdtempSync(join(tmpdir(), 'kefu-e2e-day-xlsx-')), download.suggestedFilename());
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const overview = book.getWorksheet('概览')!;
    const header = (overview.getRow(1).values as unknown[]).slice(1);
    expect(overview.getRow(2).getCell(header.indexOf('询单数') + 1).value).toBe(1);
    expect(overview.getRow(2).getCell(header.indexOf('成交数') + 1).value).toBe(1);
  });

  await test.step('sync: the supervisor’s team report holds this agent’s day', async () => {
    await page.locator('.sync-pill').getByRole('button', { name: '立即同步' }).click();
    await expect(page.locator('.sync-pill')).toContainText('已同步', { timeout: 15_000 });
    const answer = await fetch(`${server!.url}/v1/reports/team?date=${shopDay()}&format=json`, {
      headers: {
        authorization: `Bearer ${supervisorToken}`,
        'x-kefu-schema-version': String(SYNC_SCHEMA_VERSION),
        'x-kefu-app-version': '0.1.0',
      },
    });
    expect(answer.status).toBe(200);
    const report = (await answer.json()) as {
      agents: { agentCode: string; figures: Record<string, number | null> | null }[];
    };
    const mine = report.agents.find((agent) => agent.agentCode === 'KF007');
    expect(mine?.figures).toMatchObject({
      inquiries: 1,
      converted: 1,
      conversionRate: 1,
      averageOrderValueFen: 29_900,
      remarks: 1,
      checklistChecked: 2,
      phraseUses: 1,
    });
    expect(report.agents.find((agent) => agent.agentCode === 'KF001')?.figures).toBeNull();
  });

  await test.step('every screen in English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    for (const [hash, name, heading] of [
      ['/#/today', 'today', 'Today'],
      ['/#/tasks', 'tasks', 'Tasks'],
      ['/#/orders', 'orders', 'Orders'],
      ['/#/customers', 'customers', 'Customers'],
      ['/#/phrases', 'phrases', 'Phrase library'],
      ['/#/reports', 'reports', 'Reports'],
      ['/#/settings', 'settings', 'Settings'],
    ] as const) {
      await page.goto(hash);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await snap(page, `${name}-en`);
    }
    await page.setViewportSize(PANEL);
    await page.goto('/#/panel');
    await page.getByRole('searchbox').fill('fh');
    await snap(page, 'panel-en');
  });
});
