/**
 * 报表's task figures say what they count (issue 14, item 10): right after an import the rules made
 * tasks, and the 新建 column read 0 as if none had been made; it is 手动新建, with a note that rule
 * tasks are not in it, and a task made by hand is. zh and en screenshots at 1024×640.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const SMALL = { width: 1024, height: 640 };

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

const createdByHand = async (page: Page) =>
  Number(await page.getByRole('table', { name: '任务（按类型）' }).locator('tfoot td').nth(1).innerText());

test('reports: the task figure is labelled 手动新建 and says rule tasks are not in it', async ({ app }) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  await page.setViewportSize(SMALL);
  await setUpInChinese(page);
  await importOrders(page);
  await page.goto('/#/reports');
  const table = page.getByRole('table', { name: '任务（按类型）' });
  const section = page.locator('section').filter({ has: table });

  await test.step('the column and the total say 手动新建; the note names the rule tasks', async () => {
    await expect(table.locator('thead th').nth(1)).toHaveText('手动新建');
    await expect(section).toContainText('规则生成的任务（催付、核对收件信息等）不计入');
    await expect(page.locator('.task-chart')).toContainText('手动新建');
  });

  await test.step('a task made by hand is counted', async () => {
    const before = await createdByHand(page);
    await page.goto('/#/tasks');
    await page.getByRole('button', { name: '新建任务' }).click();
    await page.locator('form.task-form').getByLabel('任务内容').fill('提醒仓库补发赠品');
    await page.locator('form.task-form').getByRole('button', { name: '创建任务' }).click();
    await expect(page.getByRole('status').filter({ hasText: '任务已创建' })).toBeVisible();
    await page.goto('/#/reports');
    await expect.poll(() => createdByHand(page)).toBe(before + 1);
    await section.scrollIntoViewIfNeeded();
    await app.snap('report-tasks-zh');
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    const tableEn = page.getByRole('table', { name: 'Tasks by kind' });
    await expect(tableEn.locator('thead th').nth(1)).toHaveText('Created by hand');
    await tableEn.scrollIntoViewIfNeeded();
    await app.snap('report-tasks-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
