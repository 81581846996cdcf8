/**
 * The supervisor console against a team's real day (issue 16, "Done means"), once on PostgreSQL
 * (a fresh database per run, from KEFU_TEST_DATABASE_URL) and once on the embedded PGlite: the
 * same scenario, parameterised by storage.
 *
 * Two desks (web hosts) join one shop in the first-run screen with tokens from `create-agent`:
 * 林小雨 KF001 imports the Taobao export; both log inquiries from the reply panel (products,
 * 成交 on paid orders, 未成交 with loss reasons) and check steps on 今日; each opens 日报 and syncs.
 * The supervisor signs in to the console in Chromium: 今日团队 shows both agents' figures equal to
 * what each desk's 日报 shows (询单, 成交, 转化率, 客单价, checklist n/total, 平均响应用时, 15 秒内),
 * 日报 of an agent equals the desk's (tiles and loss reasons), 询单分析 lists the products worst
 * first, and the XLSX downloads parse (exceljs) with both agents' rows. Refusals: an agent's token
 * gets 仅限主管 and no data; another shop's supervisor on the same server sees nothing of this
 * shop (API and UI); forged cross-site POSTs from a page on another (https) origin, in the
 * signed-in admin's and supervisor's browser, are refused and change nothing. Screenshots
 * (PostgreSQL run) zh-CN and en-US: docs/screenshots/console-team-day-*.png.
 *
 * Last, `npm run server` on a fresh data folder serves the sign-in page at / with no other setup.
 * The console's own pages on seeded data are e2e/console.spec.ts's.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import {
  CONSOLE_PATHS,
  agentRolePath,
  agentsResponseSchema,
  dailyLogResponseSchema,
  inquiryAnalysisResponseSchema,
  revokeTokenPath,
  sessionResponseSchema,
  teamTodayResponseSchema,
} from '../server/console/console-api';
import { expect, test } from './app-fixture';
import { createShopServer, type ShopServer } from './support/shop-server';
import { webProjectOnly } from './support/web-only';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const PANEL_SIZE = { width: 640, height: 440 };
const SHOP = '小鹿家居旗舰店';
const OTHER_SHOP = '西湖茶庄';
const EVIL_ORIGIN = 'https://evil-coupons.example';

const AGENTS = {
  KF001: { code: 'KF001', name: '林小雨' },
  KF002: { code: 'KF002', name: '陈晓' },
} as const;
type AgentCode = keyof typeof AGENTS;

/** What each desk logs from the reply panel: fixture orders for 成交 (paid ¥299.00 and ¥375.00). */
const INQUIRIES: Record<AgentCode, Inquiry[]> = {
  KF001: [
    { buyer: 'tb_88213', order: '3321009876543210002', product: '貔貅手链 天然冰种', outcome: '成交' },
    { buyer: '小橘子爱喝茶', product: '翡翠平安扣吊坠', outcome: '未成交', reason: '价格' },
    { buyer: '雨后彩虹_', product: '和田玉吊坠 籽料', outcome: '未成交', reason: '服务' },
  ],
  KF002: [
    { buyer: 'tb_77001', order: '3321009876543210007', product: '和田玉吊坠 籽料', outcome: '成交' },
    { buyer: '嫌贵的熊', product: '翡翠平安扣吊坠', outcome: '未成交', reason: '价格' },
    { buyer: 'mia_2019', product: '玉石摆件 小号', outcome: '未成交', reason: '缺货' },
    { buyer: '老张买买买', product: '挂绳 3条装', outcome: '跟进中' },
  ],
};
/** 今日 steps each desk checks (a note on the first). */
const STEPS: Record<AgentCode, string[]> = {
  KF001: ['开工准备', '在线接待', '核对收件信息'],
  KF002: ['开工准备', '在线接待'],
};

type Inquiry = {
  buyer: string;
  order?: string;
  product: string;
  outcome: '成交' | '未成交' | '跟进中';
  reason?: '价格' | '服务' | '缺货' | '其他';
};

/** Figures as a person reads them: the desk's 日报 and the console show the same strings. */
type SeenFigures = {
  inquiries: string;
  converted: string;
  rate: string;
  aov: string;
  checklist: string;
  response: string;
  within15s: string;
};

const STORAGES = [
  { kind: 'postgres', title: 'PostgreSQL', screenshots: true },
  { kind: 'pglite', title: 'the embedded PGlite', screenshots: false },
] as const;

// ---------------------------------------------------------------------------------------------
// Helpers

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function withPostgres<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The desk writes ¥1580.00, the console ¥1,580.00: the same amount, grouped differently. */
const money = (text: string) => text.replace(/,/g, '');

async function joinShop(browser: Browser, host: HostProcess, serverUrl: string, token: string) {
  const page = await browser.newPage({ baseURL: host.url, viewport: SIZE, locale: 'zh-CN' });
  await page.goto('/');
  await page.locator('.first-run').waitFor();
  await page.getByRole('radio', { name: '加入店铺（服务器地址 + 令牌）' }).check();
  await page.getByLabel('服务器地址', { exact: true }).fill(serverUrl);
  await page.getByLabel('令牌', { exact: true }).fill(token);
  await page.getByRole('button', { name: '加入店铺' }).click();
  await page.locator('.app-shell').waitFor({ timeout: 30_000 });
  return page;
}

async function importOrders(page: Page) {
  await page.setViewportSize(SIZE);
  await page.goto('/#/orders');
  await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
  const preview = page.getByRole('region', { name: '订单导入预览' });
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible({ timeout: 30_000 });
}

async function logInquiry(page: Page, inquiry: Inquiry) {
  await page.setViewportSize(PANEL_SIZE);
  const params = new URLSearchParams({
    buyer: inquiry.buyer,
    ...(inquiry.order ? { order: inquiry.order } : {}),
  });
  await page.goto(`/#/panel?${params.toString()}`);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Control+i');
  const form = page.getByRole('form', { name: '记录询单' });
  await form.getByLabel('咨询商品').fill(inquiry.product);
  await form.getByRole('radio', { name: inquiry.outcome, exact: true }).check();
  if (inquiry.reason) await form.getByLabel('流失原因').selectOption({ label: inquiry.reason });
  await form.getByLabel('备注').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: '已记录询单' })).toBeVisible();
}

async function checkSteps(page: Page, titles: readonly string[]) {
  await page.setViewportSize(SIZE);
  await page.goto('/#/today');
  for (const [index, title] of titles.entries()) {
    const box = page.getByRole('checkbox', { name: title, exact: true });
    await expect(box).not.toBeChecked();
    if (index === 0) {
      await page.getByLabel(`「${title}」备注`).fill('看过双十二活动和今天的满减');
      await page.getByLabel(`「${title}」备注`).press('Enter');
    } else {
      await box.click();
      // A step with items still open asks first.
      const dialog = page.getByRole('alertdialog');
      const checked = page.getByRole('checkbox', { name: title, exact: true, checked: true });
      await expect(dialog.or(checked)).toBeVisible();
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: '仍然勾选' }).click();
    }
    await expect(box).toBeChecked();
  }
}

const pill = (page: Page) => page.locator('.sync-pill');

async function syncNow(page: Page) {
  await pill(page).getByRole('button', { name: '立即同步' }).click();
  await expect(pill(page)).toContainText('已同步', { timeout: 30_000 });
}

/** The desk's own 日报 of today, as the agent reads it, with the loss reasons table. */
async function deskDaily(page: Page): Promise<{ seen: SeenFigures; loss: Record<string, string> }> {
  await page.setViewportSize(SIZE);
  await page.goto('/#/reports');
  await expect(page.locator('.report-figures').first()).toBeVisible();
  const figure = async (key: string) =>
    normalise(await page.locator(`[data-figure="${key}"] dd`).innerText());
  const seen: SeenFigures = {
    inquiries: await figure('inquiries'),
    converted: await figure('converted'),
    rate: await figure('rate'),
    aov: money(await figure('aov')),
    checklist: (await figure('checklist')).replace(/\s*\/\s*/, '/'),
    response: await figure('averageResponse'),
    within15s: await figure('within15s'),
  };
  return { seen, loss: await lossTable(page.getByRole('table', { name: '流失原因' })) };
}

async function lossTable(table: ReturnType<Page['getByRole']>): Promise<Record<string, string>> {
  const loss: Record<string, string> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.locator('th, td').allInnerTexts()).map(normalise);
    loss[cells[0]!] = cells[1]!;
  }
  return loss;
}

/** One agent's row of 今日团队 as the supervisor reads it, by column header. */
async function consoleTeamRow(page: Page, code: string): Promise<SeenFigures & { name: string }> {
  const table = page.getByRole('table', { name: '今日团队：每位客服一行' });
  const headers = (await table.locator('thead th').allInnerTexts()).map(normalise);
  const column = (name: string) => {
    const index = headers.findIndex((header) => header.startsWith(name));
    expect(index, `column ${name} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
    return index;
  };
  const row = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });
  await expect(row).toHaveCount(1);
  const cells = (await row.locator('th, td').allInnerTexts()).map(normalise);
  const cell = (name: string) => cells[column(name)]!;
  return {
    name: cell('姓名'),
    inquiries: cell('询单'),
    converted: cell('成交'),
    rate: cell('转化率'),
    aov: money(cell('客单价')),
    checklist: /^\d+\/\d+/.exec(cell('每日清单'))?.[0] ?? cell('每日清单'),
    response: cell('平均响应用时'),
    within15s: cell('15 秒内'),
  };
}

async function signIn(page: Page, token: string) {
  await page.getByLabel(/^令牌$|^Token$/).fill(token);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<ExcelJS.Workbook> {
  const waiting = page.waitForEvent('download');
  await link.click();
  const file = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'kefu-console-xlsx-')), file.suggestedFilename());
  await file.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** A sheet's rows as objects keyed by the header row. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The day, per storage

for (const storage of STORAGES) {
  test.describe(`the team's day on ${storage.title}`, () => {
    test.describe.configure({ mode: 'serial' });

    const lab = {
      server: null as ShopServer | null,
      hosts: {} as Partial<Record<AgentCode, HostProcess>>,
      desks: {} as Partial<Record<AgentCode, Page>>,
      database: null as { adminUrl: string; name: string } | null,
      tokens: { supervisor: '', admin: '', KF001: '', KF002: '', otherSupervisor: '' },
      desk: {} as Partial<Record<AgentCode, { seen: SeenFigures; loss: Record<string, string> }>>,
      day: '',
      contexts: [] as BrowserContext[],
    };

    /** A browser of its own on the console; closed at the end even when a step fails. */
    const consoleContext = async (browser: Browser) => {
      const context = await browser.newContext({ baseURL: lab.server!.url, viewport: SIZE, locale: 'zh-CN' });
      lab.contexts.push(context);
      return context;
    };

    test.beforeAll(async ({ browserName }, testInfo) => {
      if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
      testInfo.setTimeout(240_000);
      if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
      let databaseUrl: string | undefined;
      if (storage.kind === 'postgres') {
        const adminUrl = process.env.KEFU_TEST_DATABASE_URL;
        if (!adminUrl) {
          if (process.env.KEFU_SKIP_POSTGRES === '1') return;
          throw new Error(
            'KEFU_TEST_DATABASE_URL is not set: this spec runs the console on a real PostgreSQL ' +
              '(a role that may create databases, e.g. postgres://kefu:kefu@127.0.0.1:5432/kefu); ' +
              'KEFU_SKIP_POSTGRES=1 skips that run, with a warning.',
          );
        }
        const name = `kefu_e2e_${randomBytes(6).toString('hex')}`;
        await withPostgres(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
        lab.database = { adminUrl, name };
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
      }
      // What `npm run server` does first: the console page, built when stale.
      execFileSync(process.execPath, [join(root, 'scripts/build-console-if-stale.mjs')], {
        stdio: 'inherit',
      });
      const server = await createShopServer(databaseUrl ? { databaseUrl } : {});
      server.createShop(SHOP);
      server.createShop(OTHER_SHOP);
      lab.tokens = {
        supervisor: server.createAgent(SHOP, 'KF000', '周主管', 'supervisor'),
        admin: server.createAgent(SHOP, 'KF009', '吴店长', 'admin'),
        KF001: server.createAgent(SHOP, AGENTS.KF001.code, AGENTS.KF001.name, 'agent'),
        KF002: server.createAgent(SHOP, AGENTS.KF002.code, AGENTS.KF002.name, 'agent'),
        // The other shop's supervisor has this shop's first agent's 工号.
        otherSupervisor: server.createAgent(OTHER_SHOP, 'KF001', '茶庄主管', 'supervisor'),
      };
      await server.start();
      lab.server = server;
      for (const code of ['KF001', 'KF002'] as const)
        lab.hosts[code] = await startHostProcess(mkdtempSync(join(tmpdir(), `kefu-e2e-team-day-${code}-`)));
    });

    test.afterAll(async () => {
      test.setTimeout(120_000);
      for (const context of lab.contexts) await context.close();
      for (const page of Object.values(lab.desks)) await page.close();
      for (const host of Object.values(lab.hosts)) await host.stop();
      await lab.server?.stop();
      if (lab.database) {
        const { adminUrl, name } = lab.database;
        await withPostgres(adminUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
        );
      }
    });

    const skipUnlessRunnable = (testInfo: TestInfo) => {
      webProjectOnly(testInfo, 'it runs two web hosts and a kefu-server of its own');
      if (storage.kind === 'postgres' && !process.env.KEFU_TEST_DATABASE_URL) {
        const reason =
          'SKIPPED: KEFU_SKIP_POSTGRES=1 and no KEFU_TEST_DATABASE_URL; the PostgreSQL run did not run.';
        console.warn(`[web] ${testInfo.title}: ${reason}`);
        test.skip(true, reason);
      }
    };

    test('two desks work a day: import, inquiries with products and loss reasons, checklist, sync', async ({
      browser,
    }, testInfo) => {
      skipUnlessRunnable(testInfo);
      test.setTimeout(300_000);
      const url = lab.server!.url;
      for (const code of ['KF001', 'KF002'] as const)
        lab.desks[code] = await joinShop(browser, lab.hosts[code]!, url, lab.tokens[code]);
      const a = lab.desks.KF001!;
      const b = lab.desks.KF002!;
      await expect(a.locator('.sidebar')).toContainText('KF001');
      await expect(b.locator('.sidebar')).toContainText('KF002');

      await test.step('林小雨 imports the Taobao export; it reaches 陈晓’s desk', async () => {
        await importOrders(a);
        await syncNow(a);
        await b.setViewportSize(SIZE);
        await b.goto('/#/orders');
        await expect(async () => {
          await syncNow(b);
          await expect(b.getByRole('button', { name: '3321009876543210007' })).toBeVisible({
            timeout: 2_000,
          });
        }).toPass({ timeout: 60_000 });
      });

      await test.step('inquiries from the reply panel, and 今日 steps checked', async () => {
        for (const code of ['KF001', 'KF002'] as const) {
          for (const inquiry of INQUIRIES[code]) await logInquiry(lab.desks[code]!, inquiry);
          await checkSteps(lab.desks[code]!, STEPS[code]);
        }
      });

      await test.step('each agent opens 日报, then syncs', async () => {
        for (const code of ['KF001', 'KF002'] as const) {
          const page = lab.desks[code]!;
          const daily = await deskDaily(page);
          lab.desk[code] = daily;
          const converted = INQUIRIES[code].filter((i) => i.outcome === '成交').length;
          expect(daily.seen.inquiries).toBe(String(INQUIRIES[code].length));
          expect(daily.seen.converted).toBe(String(converted));
          expect(daily.seen.checklist).toMatch(new RegExp(`^${STEPS[code].length}/\\d+$`));
          await syncNow(page);
        }
        expect(lab.desk.KF001!.seen.aov).toBe('¥299.00');
        expect(lab.desk.KF002!.seen.aov).toBe('¥375.00');
        expect(lab.desk.KF001!.loss).toMatchObject({ 价格: '1', 服务: '1' });
        expect(lab.desk.KF002!.loss).toMatchObject({ 价格: '1', 缺货: '1' });
      });
    });

    test('the supervisor’s console: 今日团队 and 日报 equal the desks’ 日报, 询单分析, XLSX', async ({
      browser,
    }, testInfo) => {
      skipUnlessRunnable(testInfo);
      test.setTimeout(180_000);
      expect(lab.desk.KF001 && lab.desk.KF002, 'the desks’ day ran first').toBeTruthy();
      const context = await consoleContext(browser);
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto('/');
      await expect(page.getByRole('heading', { name: '主管后台' })).toBeVisible();
      await signIn(page, lab.tokens.supervisor);
      await expect(page.getByText('周主管（KF000）')).toBeVisible();
      const nav = page.getByRole('navigation');

      await test.step('今日团队: each agent’s row equals their desk’s 日报', async () => {
        const team = page.getByRole('table', { name: '今日团队：每位客服一行' });
        await expect(team.getByRole('rowheader', { name: 'KF002', exact: true })).toBeVisible();
        for (const code of ['KF001', 'KF002'] as const) {
          const row = await consoleTeamRow(page, code);
          expect(row.name).toBe(AGENTS[code].name);
          expect({ ...row, name: undefined }, `${code}: console 今日团队 vs desk 日报`).toEqual({
            ...lab.desk[code]!.seen,
            name: undefined,
          });
        }
        // The day on the console is the desks' day: their contract answers the same figures for it.
        const answer = teamTodayResponseSchema.parse(
          await (await page.request.get(CONSOLE_PATHS.teamToday)).json(),
        );
        lab.day = answer.day;
        for (const code of ['KF001', 'KF002'] as const) {
          const report = await lab.hosts[code]!.call('reports.daily', { from: lab.day, to: lab.day });
          if (!report.ok) throw new Error(JSON.stringify(report.error));
          const summary = (report.value as { summary: { inquiries: { total: number; converted: number } } })
            .summary;
          const row = answer.agents.find((agent) => agent.agentCode === code)!;
          expect([row.inquiries, row.converted]).toEqual([
            summary.inquiries.total,
            summary.inquiries.converted,
          ]);
        }
        const totals = page.getByRole('table', { name: '今日团队：每位客服一行' }).locator('tfoot');
        await expect(totals).toContainText('团队合计');
        expect(answer.totals.inquiries).toBe(INQUIRIES.KF001.length + INQUIRIES.KF002.length);
        if (storage.screenshots) await shot(page, 'team-zh');
      });

      await test.step('日报: 林小雨’s day equals her desk’s (tiles and loss reasons)', async () => {
        await nav.getByRole('link', { name: '日报' }).click();
        await page.getByLabel('客服').selectOption('KF001');
        await expect(page.locator('.page-meta')).toContainText('林小雨 · KF001');
        const tiles = page.getByRole('list', { name: '所选日期合计' });
        const tile = (label: string) =>
          tiles
            .locator('li')
            .filter({ has: page.locator('.tile-label').getByText(label, { exact: true }) })
            .locator('.tile-value');
        const desk = lab.desk.KF001!.seen;
        await expect(tile('清单完成')).toHaveText(desk.checklist);
        await expect(tile('询单')).toHaveText(
          `${desk.inquiries}（成交 ${desk.converted} · 未成交 2 · 跟进中 0）`,
        );
        await expect(tile('询单转化率')).toHaveText(desk.rate);
        expect(money(await tile('客单价').innerText())).toBe(desk.aov);
        await expect(tile('平均响应用时 / 15 秒内')).toHaveText(`${desk.response} 秒 · ${desk.within15s}`);
        const consoleLoss = await lossTable(page.getByRole('table', { name: '流失原因' }));
        expect(consoleLoss).toEqual(lab.desk.KF001!.loss);
        const inquiries = page.getByRole('table', { name: /询单$/ }).first();
        for (const inquiry of INQUIRIES.KF001) await expect(inquiries).toContainText(inquiry.product);
        await expect(page.getByText('看过双十二活动和今天的满减')).toBeVisible();
        if (storage.screenshots) await shot(page, 'daily-zh');

        const book = await download(page, page.getByRole('link', { name: '下载该客服日报（Excel）' }));
        const summary = sheetRows(book.getWorksheet('日报汇总')!);
        expect(summary[0]).toMatchObject({ 工号: 'KF001', 姓名: '林小雨', 日期: lab.day, 询单: 3 });
        const team = await download(page, page.getByRole('link', { name: /^下载全队 .* 日报（Excel）$/ }));
        const rows = sheetRows(team.getWorksheet('团队日报')!);
        for (const code of ['KF001', 'KF002'] as const)
          expect(
            rows.find((row) => row['工号'] === code),
            `${code} in 团队日报`,
          ).toMatchObject({
            姓名: AGENTS[code].name,
            询单: INQUIRIES[code].length,
            成交: INQUIRIES[code].filter((i) => i.outcome === '成交').length,
          });
      });

      await test.step('询单分析: the products, worst conversion first, with their main loss reason', async () => {
        await nav.getByRole('link', { name: '询单分析' }).click();
        const products = page.getByRole('table', { name: /商品转化/ });
        await expect(products.getByRole('row').nth(1)).toContainText('翡翠平安扣吊坠');
        await expect(products.getByRole('row').nth(1)).toContainText('0.0%');
        await expect(products.getByRole('row').nth(1)).toContainText('价格');
        for (const product of ['貔貅手链 天然冰种', '和田玉吊坠 籽料', '玉石摆件 小号', '挂绳 3条装'])
          await expect(products).toContainText(product);
        const jade = products.locator('tbody tr').filter({ hasText: '和田玉吊坠 籽料' });
        await expect(jade).toContainText('50.0%');
        await expect(page.getByRole('img', { name: /折线图/ })).toBeVisible();
        if (storage.screenshots) await shot(page, 'analysis-zh');
      });

      if (storage.screenshots)
        await test.step('the same pages in English', async () => {
          await page.getByRole('button', { name: 'English' }).click();
          await nav.getByRole('link', { name: 'Team today' }).click();
          await expect(page.getByRole('rowheader', { name: 'KF002', exact: true })).toBeVisible();
          await shot(page, 'team-en');
          await nav.getByRole('link', { name: 'Daily logs' }).click();
          await page.getByRole('combobox', { name: /^Agent/ }).selectOption('KF001');
          await expect(page.locator('.page-meta')).toContainText('林小雨 · KF001');
          await expect(page.getByText('看过双十二活动和今天的满减')).toBeVisible();
          await shot(page, 'daily-en');
          await nav.getByRole('link', { name: 'Inquiry analysis' }).click();
          await expect(page.getByRole('img', { name: /Line chart/ })).toBeVisible();
          await expect(page.getByRole('table', { name: /Conversion by product/ })).toContainText(
            '翡翠平安扣吊坠',
          );
          await shot(page, 'analysis-en');
          await page.getByRole('button', { name: '中文' }).click();
        });
      expect(violations).toEqual([]);
      await context.close();
    });

    test('refusals: an agent’s token, another shop’s supervisor, forged cross-site POSTs', async ({
      browser,
    }, testInfo) => {
      skipUnlessRunnable(testInfo);
      test.setTimeout(180_000);
      const url = lab.server!.url;

      await test.step('an agent’s token: 仅限主管, no session, no data', async () => {
        const context = await consoleContext(browser);
        const page = await context.newPage();
        const answers: string[] = [];
        page.on('response', (response) => {
          if (response.url().includes('/console/api/') && !response.url().endsWith('/session'))
            answers.push(`${response.status()} ${response.url()}`);
        });
        await page.goto('/');
        await signIn(page, lab.tokens.KF001);
        await expect(page.getByRole('alert')).toContainText('仅限主管');
        await expect(page.getByRole('navigation')).toHaveCount(0);
        await expect(page.getByText('林小雨')).toHaveCount(0);
        expect(await context.cookies()).toEqual([]);
        const refused = await page.request.post(CONSOLE_PATHS.session, { data: { token: lab.tokens.KF002 } });
        expect(refused.status()).toBe(403);
        expect(await refused.json()).toMatchObject({ error: { code: 'supervisorsOnly' } });
        expect(refused.headers()['set-cookie']).toBeUndefined();
        const data = await page.request.get(CONSOLE_PATHS.teamToday);
        expect(data.status()).toBe(401);
        expect(await data.text()).not.toContain('KF002');
        expect(answers.filter((line) => line.startsWith('200'))).toEqual([]);
        await context.close();
      });

      await test.step('another shop’s supervisor sees nothing of this shop, in the API and the UI', async () => {
        const context = await consoleContext(browser);
        const page = await context.newPage();
        await page.goto('/');
        await signIn(page, lab.tokens.otherSupervisor);
        await expect(page.getByText('茶庄主管（KF001）')).toBeVisible();
        const team = page.getByRole('table', { name: '今日团队：每位客服一行' });
        await expect(team.getByRole('rowheader', { name: 'KF001', exact: true })).toBeVisible();
        await expect(team).not.toContainText('林小雨');
        await expect(team.getByRole('rowheader', { name: 'KF002', exact: true })).toHaveCount(0);
        await expect(team.locator('tfoot')).toContainText('团队合计');

        const today = teamTodayResponseSchema.parse(
          await (await page.request.get(CONSOLE_PATHS.teamToday)).json(),
        );
        expect(today.shopName).toBe(OTHER_SHOP);
        expect(today.agents.map((row) => [row.agentCode, row.name, row.inquiries])).toEqual([
          ['KF001', '茶庄主管', 0],
        ]);
        expect(today.totals.inquiries).toBe(0);
        const query = { from: lab.day, to: lab.day };
        const ours = await page.request.get(CONSOLE_PATHS.dailyLog, { params: { agent: 'KF002', ...query } });
        expect(ours.status()).toBe(404);
        expect(await ours.json()).toMatchObject({ error: { code: 'agentNotFound' } });
        const sameCode = dailyLogResponseSchema.parse(
          await (
            await page.request.get(CONSOLE_PATHS.dailyLog, { params: { agent: 'KF001', ...query } })
          ).json(),
        );
        expect(sameCode.agent).toEqual({ code: 'KF001', name: '茶庄主管' });
        expect(sameCode.logs).toEqual([]);
        const analysis = inquiryAnalysisResponseSchema.parse(
          await (await page.request.get(CONSOLE_PATHS.inquiryAnalysis, { params: query })).json(),
        );
        expect([analysis.products, analysis.byAgentDay, analysis.returningNotBought]).toEqual([[], [], []]);
        const agents = agentsResponseSchema.parse(
          await (await page.request.get(CONSOLE_PATHS.agents)).json(),
        );
        expect(agents.agents.map((agent) => agent.code)).toEqual(['KF001']);
        const xlsx = await page.request.get(CONSOLE_PATHS.teamReportXlsx, { params: { day: lab.day } });
        expect(xlsx.status()).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
        const rows = sheetRows(book.getWorksheet('团队日报')!);
        expect(rows.map((row) => row['姓名'])).not.toContain('林小雨');
        expect(rows.map((row) => row['工号'])).not.toContain('KF002');

        await page.getByRole('navigation').getByRole('link', { name: '询单分析' }).click();
        await expect(page.getByText('所选日期没有询单').first()).toBeVisible();
        await expect(page.locator('body')).not.toContainText('翡翠平安扣吊坠');
        await context.close();
      });

      await test.step('forged cross-site POSTs from another origin, in signed-in browsers, change nothing', async () => {
        // The admin (who may change agents and tokens) and the supervisor are signed in.
        const admin = await consoleContext(browser);
        const adminPage = await admin.newPage();
        await adminPage.goto('/');
        await signIn(adminPage, lab.tokens.admin);
        await expect(adminPage.getByText('吴店长（KF009）')).toBeVisible();
        const before = agentsResponseSchema.parse(
          await (await adminPage.request.get(CONSOLE_PATHS.agents)).json(),
        );
        const kf001Token = before.agents.find((agent) => agent.code === 'KF001')!.tokens[0]!.id;

        // Pages on another site, in the admin's browser: an auto-submitting form each (text/plain,
        // shaped as JSON) to create an admin, promote KF001 and revoke KF001's token, and a fetch
        // with the browser's credentials to end the session.
        const forms = {
          create: { path: CONSOLE_PATHS.agents, fields: '{"code":"KF666","name":"假冒","role":"admin"' },
          role: { path: agentRolePath('KF001'), fields: '{"role":"admin"' },
          revoke: { path: revokeTokenPath(kf001Token), fields: '{"reason":"x"' },
        };
        const pageOf = (id: string) => {
          if (id === 'fetch')
            return `<script>
              window.attack = fetch(${JSON.stringify(url + CONSOLE_PATHS.sessionEnd)}, {
                method: 'POST', mode: 'no-cors', credentials: 'include',
                headers: { 'content-type': 'text/plain' }, body: '{}',
              }).then(() => 'sent', (error) => 'failed: ' + error.message);
            </script>`;
          const { path, fields } = forms[id as keyof typeof forms];
          return `<form id="f" method="POST" action="${url}${path}" enctype="text/plain">
              <input name='${fields},"x":"' value='"}'>
            </form>
            <script>document.getElementById('f').submit();</script>`;
        };
        await admin.route(`${EVIL_ORIGIN}/**`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><title>领券</title>${pageOf(new URL(route.request().url()).pathname.slice(1))}`,
          }),
        );
        const answers: { path: string; status: number; body: string }[] = [];
        const blocked: string[] = [];
        admin.on('response', (response) => {
          if (response.request().method() === 'POST' && response.url().startsWith(url))
            void response
              .text()
              .catch(() => '')
              .then((body) =>
                answers.push({ path: response.url().slice(url.length), status: response.status(), body }),
              );
        });
        admin.on('requestfailed', (request) => {
          if (request.url().startsWith(url))
            blocked.push(`${request.url()}: ${request.failure()?.errorText}`);
        });
        const evil = await admin.newPage();
        await evil.goto(`${EVIL_ORIGIN}/fetch`);
        const fetched = await evil.evaluate(() => (window as unknown as { attack: Promise<string> }).attack);
        for (const id of Object.keys(forms)) {
          const settled = answers.length + blocked.length;
          await evil.goto(`${EVIL_ORIGIN}/${id}`);
          await expect.poll(() => answers.length + blocked.length - settled, { timeout: 30_000 }).toBe(1);
        }
        await expect.poll(() => answers.length + blocked.length, { timeout: 30_000 }).toBe(4);
        console.log(
          `[console-team-day] forged POSTs: fetch ${fetched}; server answers ${JSON.stringify(answers)}; blocked by Chromium ${JSON.stringify(blocked)}`,
        );
        // The three form posts (top-level navigations) reached the server, which refused each as
        // cross-site; the fetch was either blocked by Chromium or refused the same way.
        expect(answers.map((answer) => answer.path)).toEqual(
          expect.arrayContaining(Object.values(forms).map(({ path }) => encodeURI(path))),
        );
        for (const answer of answers) {
          expect(answer.status, answer.path).toBe(403);
          expect(JSON.parse(answer.body), answer.path).toMatchObject({ error: { code: 'crossSite' } });
        }

        // Nothing changed: no new agent, KF001 still an agent with a live token, the admin still signed in.
        const after = agentsResponseSchema.parse(
          await (await adminPage.request.get(CONSOLE_PATHS.agents)).json(),
        );
        expect(
          after.agents.map((agent) => [agent.code, agent.role, agent.tokens.map((t) => t.revokedAt)]),
        ).toEqual(
          before.agents.map((agent) => [agent.code, agent.role, agent.tokens.map((t) => t.revokedAt)]),
        );
        expect(after.audit).toEqual(before.audit);
        await adminPage.reload();
        await expect(adminPage.getByText('吴店长（KF009）')).toBeVisible();
        await syncNow(lab.desks.KF001!);

        // The server refuses it even from a browser that sends the cookie: a foreign Origin, or no CSRF token.
        const cookie = (await admin.cookies(url)).map((c) => `${c.name}=${c.value}`).join('; ');
        expect(cookie).toContain('kefu_console=');
        const forged = await fetch(url + CONSOLE_PATHS.agents, {
          method: 'POST',
          headers: { cookie, origin: EVIL_ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify({ code: 'KF667', name: '假冒', role: 'admin' }),
        });
        expect(forged.status).toBe(403);
        expect(await forged.json()).toMatchObject({ error: { code: 'crossSite' } });
        const noCsrf = await fetch(url + CONSOLE_PATHS.agents, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ code: 'KF668', name: '假冒', role: 'admin' }),
        });
        expect(noCsrf.status).toBe(403);
        expect(await noCsrf.json()).toMatchObject({ error: { code: 'csrf' } });
        const session = sessionResponseSchema.parse(
          await (await adminPage.request.get(CONSOLE_PATHS.session)).json(),
        );
        expect(session.csrfToken.length).toBeGreaterThan(10);
        const final = agentsResponseSchema.parse(
          await (await adminPage.request.get(CONSOLE_PATHS.agents)).json(),
        );
        expect(final.agents.map((agent) => agent.code)).toEqual(before.agents.map((agent) => agent.code));
        await admin.close();
      });
    });
  });
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `console-team-day-${name}.png`), fullPage: true });

// ---------------------------------------------------------------------------------------------
// `npm run server`, then http://127.0.0.1:8787/

test('`npm run server` on a fresh data folder serves the console’s sign-in page at /', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs `npm run server` of its own');
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-npm-run-server-'));
  let port = 8787;
  if (!(await portIsFree(port))) {
    port = await freePort();
    console.warn(
      `[console-team-day] LOUD: port 8787 is taken on this machine; \`npm run server\` runs with --port ${port} instead (the same command, one option more).`,
    );
  }
  const args = ['run', 'server', ...(port === 8787 ? [] : ['--', '--port', String(port)])];
  const { DATABASE_URL: _unused, ...env } = process.env;
  let output = '';
  // Its own process group, so npm, its shell and the server stop together.
  const child: ChildProcess = spawn('npm', args, {
    cwd: root,
    env: { ...env, KEFU_SERVER_DATA: dataDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        async () => {
          if (child.exitCode !== null)
            throw new Error(`npm run server exited (${child.exitCode}):\n${output}`);
          return fetch(`${base}/v1/health`)
            .then((answer) => answer.ok)
            .catch(() => false);
        },
        { timeout: 180_000, intervals: [500] },
      )
      .toBe(true);
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");

    const page = await browser.newPage({ viewport: SIZE, locale: 'zh-CN' });
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { name: '主管后台' })).toBeVisible();
    await expect(page.getByLabel('令牌')).toBeVisible();
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
    await page.close();
  } finally {
    if (child.exitCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
});
