/**
 * 订单 search (issue 14, item 2): a buyer nick, a receiver's name, the head of an order number or
 * any part of a phone narrows the list on Enter and as the agent types; the status filter keeps
 * the text; Esc clears it. zh and en screenshots.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { fillFirstRun, submitFirstRun } from './support/first-run';
import { webProjectOnly } from './support/web-only';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
/** tb_88213's paid order: receiver 周一鸣, phone 13800000002. */
const PAID_ORDER = '3321009876543210002';

let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`) });

/** The export, imported on this spec's own desk: the shared host's first import is orders-tasks'. */
async function importOrders(page: Page) {
  await page.goto('/#/orders');
  await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
  const report = page.getByRole('region', { name: '订单导入预览' });
  await expect(report.locator('.import-counts')).toContainText('新增 8');
  await report.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
}

test('orders: search by nick, receiver, order-number head or phone part, on Enter and as you type', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it imports the export on a desk of its own');
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  host = await startHostProcess(mkdtempSync(join(tmpdir(), 'kefu-e2e-order-search-')));
  const page = await browser.newPage({ baseURL: host.url, viewport: { width: 1280, height: 800 } });
  await page.goto('/');
  await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
  await submitFirstRun(page);
  await importOrders(page);
  const rows = page.getByRole('table', { name: '订单列表' }).locator('tbody tr');
  const search = page.getByRole('searchbox', { name: '搜索' });

  await test.step('a buyer nick and Enter narrow the list to that buyer’s order', async () => {
    await search.fill('tb_88213');
    await search.press('Enter');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(PAID_ORDER);
    await snap(page, 'order-search-zh');
  });

  await test.step('the status filter keeps the text', async () => {
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '已付款' });
    await expect(rows).toHaveCount(1);
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '已发货' });
    await expect(page.locator('.orders-page .empty-state')).toBeVisible();
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '全部状态' });
    await expect(rows).toHaveCount(1);
  });

  await test.step('as you type, without Enter: a receiver’s name, a phone part, an order-number head', async () => {
    await search.fill('周一鸣');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(PAID_ORDER);
    await search.fill('0000002');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(PAID_ORDER);
    await search.fill('332100987654321000');
    await expect(rows.filter({ hasText: PAID_ORDER })).toHaveCount(1);
    await expect(rows).toHaveCount(8);
  });

  await test.step('Esc clears the search and the whole list is back', async () => {
    await search.fill('tb_88213');
    await expect(rows).toHaveCount(1);
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(rows).toHaveCount(8);
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    const searchEn = page.getByRole('searchbox', { name: 'Search' });
    await searchEn.fill('周一鸣');
    await searchEn.press('Enter');
    await expect(page.getByRole('table', { name: 'Order list' }).locator('tbody tr')).toHaveCount(1);
    await snap(page, 'order-search-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
