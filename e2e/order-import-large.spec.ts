/**
 * A month's export through the 导入订单 dialog, on a web host of its own (the shared host's order
 * counts belong to the other specs): 4,000 orders, 1.2 MB of GBK, so the file goes in two pieces.
 * The dry run counts every change and lists the first 500 with a note saying so; the write
 * imports all 4,000.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyTaobaoOrders } from '../electron/core/test-support/taobao-orders';
import { startHostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';
import { webProjectOnly } from './support/web-only';

const ORDERS = 4000;

test('a big order export through the dialog: counted in full, listed in part, imported whole', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a web host of its own');
  const dir = mkdtempSync(join(tmpdir(), 'kefu-e2e-import-'));
  const file = join(dir, 'ExportOrderList.csv');
  const bytes = manyTaobaoOrders(ORDERS);
  expect(bytes.length).toBeGreaterThan(1 << 20);
  writeFileSync(file, bytes);
  const host = await startHostProcess(join(dir, 'data'));
  try {
    const page = await browser.newPage({
      baseURL: host.url,
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    await page.goto('/');
    await setUpInChinese(page);
    await page.goto('/#/orders');
    await page.locator('.order-import input[type=file]').setInputFiles(file);

    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report.locator('.import-counts')).toContainText('新增 4000');
    await expect(report).toContainText('变更较多，新增与更新各只列出按行号的前 500 条。');
    const listed = report.locator('.report-table tbody tr');
    await expect(listed).toHaveCount(500);
    await expect(listed.last()).toContainText('501');
    await page.screenshot({ path: join(ARTIFACTS, 'web-import-large-zh.png') });
    // The same report in English, then back: the dry run stays while the language changes.
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Order import preview' })).toContainText(
      'only the first 500 of the added and of the updated orders are listed',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-import-large-en.png') });
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();

    await report.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toContainText('新增 4000，更新 0');
    await expect(page.getByText('第 1 / 80 页，共 4000 条')).toBeVisible();
  } finally {
    await host.stop();
  }
});
