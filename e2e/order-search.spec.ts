/**
 * 订单 search (issue 14, item 2): a buyer nick, a receiver's name, the head of an order number or
 * any part of a phone narrows the list on Enter and as the agent types; the status filter keeps
 * the text; Esc clears it. zh and en screenshots.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
/** tb_88213's paid order: receiver 周一鸣, phone 13800000002. */
const PAID_ORDER = '3321009876543210002';

/** Imports the export through 订单; on a host that already has it, the dry run finds nothing new. */
async function importOrders(page: Page) {
  await page.goto('/#/orders');
  await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
  const report = page.getByRole('region', { name: '订单导入预览' });
  const confirm = report.getByRole('button', { name: '确认导入' });
  await expect(report.locator('.import-counts')).toBeVisible();
  if (await confirm.isEnabled()) {
    await confirm.click();
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  } else {
    await report.getByRole('button', { name: '取消' }).click();
  }
}

test('orders: search by nick, receiver, order-number head or phone part, on Enter and as you type', async ({
  app,
}) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  await setUpInChinese(page);
  await importOrders(page);
  const rows = page.getByRole('table', { name: '订单列表' }).locator('tbody tr');
  const search = page.getByRole('searchbox', { name: '搜索' });

  await test.step('a buyer nick and Enter narrow the list to that buyer’s order', async () => {
    await search.fill('tb_88213');
    await search.press('Enter');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(PAID_ORDER);
    await app.snap('order-search-zh');
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
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(8);
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    const searchEn = page.getByRole('searchbox', { name: 'Search' });
    await searchEn.fill('周一鸣');
    await searchEn.press('Enter');
    await expect(page.getByRole('table', { name: 'Order list' }).locator('tbody tr')).toHaveCount(1);
    await app.snap('order-search-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
