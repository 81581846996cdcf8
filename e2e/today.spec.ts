/**
 * 今日 in the web host: after the Taobao export is imported, the SOP steps show in order with live
 * counts (催付 counts the export's unpaid orders, computed from the file); checking a step with
 * pending items asks first (取消 leaves it unchecked, 仍然勾选 checks it and shows the time); the
 * progress bar moves; English shows the English titles; zh and en screenshots.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const MAIN_SIZE = { width: 1280, height: 800 };

/** The export's orders still waiting for payment (Taobao's 订单状态 等待买家付款), read from the GBK file. */
function unpaidOrdersInFixture(): number {
  const [header = '', ...rows] = new TextDecoder('gbk').decode(readFileSync(FIXTURE)).split(/\r?\n/);
  const statusColumn = header.split(',').indexOf('订单状态');
  expect(statusColumn).toBeGreaterThan(0);
  return rows.filter((row) => row.split(',')[statusColumn] === '等待买家付款').length;
}

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

const scrollToTop = (page: Page) => page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
const progressValue = async (page: Page) =>
  Number(await page.locator('.today-progress progress').getAttribute('value'));
const stepRow = (page: Page, title: string) =>
  page
    .locator('.today-step')
    .filter({ has: page.locator('.today-step-title').getByText(title, { exact: true }) });

test('today: SOP steps with live counts, confirm before checking a pending step, progress, English', async ({
  app,
}) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  const unpaidInFile = unpaidOrdersInFixture();
  expect(unpaidInFile).toBeGreaterThan(0);
  // Other specs sharing this host may have added unpaid orders by hand; the link below proves the count.
  let unpaid = 0;
  await page.setViewportSize(MAIN_SIZE);
  await setUpInChinese(page);
  await importOrders(page);

  await test.step('今日 is first in the sidebar and lists the SOP steps in order', async () => {
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link').first()).toHaveText(/今日/);
    await nav.getByRole('link', { name: /今日/ }).click();
    await expect(page).toHaveURL(/#\/today$/);
    await expect(page.getByRole('heading', { name: '今日', level: 1 })).toBeVisible();
    const steps = page.getByRole('region', { name: '今日步骤' }).locator('.today-step-title');
    // The list fills in as the day's items load; read it once the last step is there.
    await expect(steps.getByText('提交日报', { exact: true })).toBeVisible();
    const titles = await steps.allTextContents();
    const order = ['开工准备', '整理昨日未完成', '在线接待', '核对收件信息', '催付', '提交日报'].map(
      (title) => titles.indexOf(title),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  await test.step('催付 counts the unpaid orders of the export and opens the unpaid list', async () => {
    const count = stepRow(page, '催付').locator('.today-count');
    await expect(count).toHaveText(/^未付款订单 \d+$/);
    unpaid = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(unpaid).toBeGreaterThanOrEqual(unpaidInFile);
    await expect(page.locator('.today-progress')).toContainText(/已完成 0 \/ \d+/);
    await scrollToTop(page);
    await app.snap('today-zh');

    await count.click();
    await expect(page).toHaveURL(/#\/orders\?unpaid=1$/);
    await expect(page.getByRole('checkbox', { name: '未付款' })).toBeChecked();
    await expect(page.locator('.orders-page')).toContainText(`共 ${unpaid} 条`);
    await expect(page.locator('.orders-page tbody tr')).toHaveCount(Math.min(unpaid, 50));
    await page.goBack();
    await expect(page).toHaveURL(/#\/today$/);
  });

  await test.step('a task-kind link narrows 任务 to that kind, and 显示全部任务 widens it again', async () => {
    await page.goto('/#/tasks');
    await page.getByRole('button', { name: '立即检查规则' }).click();
    await expect(page.getByRole('status').filter({ hasText: '规则已检查' })).toBeVisible();
    await page.goto('/#/tasks?kind=urgePayment');
    await expect(page.locator('.tasks-kind-filter')).toContainText('只看：催付');
    const kinds = page.locator('.task-groups .task-kind');
    await expect(kinds.first()).toBeVisible();
    expect(new Set(await kinds.allTextContents())).toEqual(new Set(['催付']));
    await app.snap('tasks-kind-zh');
    await page.getByRole('link', { name: '显示全部任务' }).click();
    await expect(page).toHaveURL(/#\/tasks$/);
    await expect(page.locator('.tasks-kind-filter')).toHaveCount(0);
    await expect.poll(async () => new Set(await kinds.allTextContents()).size).toBeGreaterThan(1);
    await page.goto('/#/today');
  });

  await test.step('checking 催付 asks first: 取消 leaves it unchecked, 仍然勾选 checks it with the time', async () => {
    const before = await progressValue(page);
    const box = page.getByRole('checkbox', { name: '催付' });
    await box.click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(`还有 ${unpaid} 项待处理`);
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await app.snap('today-confirm-zh');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(box).not.toBeChecked();
    await box.click();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(box).not.toBeChecked();
    expect(await progressValue(page)).toBe(before);

    await box.click();
    await dialog.getByRole('button', { name: '仍然勾选' }).click();
    await expect(dialog).toBeHidden();
    await expect(box).toBeChecked();
    await expect(stepRow(page, '催付').locator('.today-checked-at')).toHaveText(/^✓ \d{2}:\d{2} 完成$/);
    expect(await progressValue(page)).toBe(before + 1);
    await expect(page.locator('.today-progress')).toContainText(`已完成 ${before + 1} /`);
  });

  await test.step('a step without a list checks at once with a note (Enter in the note); uncheck undoes it', async () => {
    const before = await progressValue(page);
    await page.getByLabel('「开工准备」备注').fill('看过双十二活动');
    await page.getByLabel('「开工准备」备注').press('Enter');
    await expect(page.getByRole('checkbox', { name: '开工准备' })).toBeChecked();
    await expect(stepRow(page, '开工准备')).toContainText('备注：看过双十二活动');
    expect(await progressValue(page)).toBe(before + 1);
    await page.getByRole('checkbox', { name: '开工准备' }).click();
    await expect(page.getByRole('checkbox', { name: '开工准备' })).not.toBeChecked();
    expect(await progressValue(page)).toBe(before);
  });

  await test.step('a supervisor edits the template: field errors in Chinese, add, reorder, remove', async () => {
    await expect(page.getByRole('region', { name: '编辑清单模板' })).toHaveCount(0);
    const setRole = async (role: string) => {
      await page.goto('/#/settings');
      await page.getByLabel('角色').selectOption({ label: role });
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByText('已保存')).toBeVisible();
    };
    await setRole('主管');
    await page.goto('/#/today');
    const editor = page.getByRole('region', { name: '编辑清单模板' });
    await editor.getByRole('button', { name: '添加步骤' }).click();
    await editor.getByLabel('中文标题').fill('午间巡检');
    await editor.getByLabel('英文标题').fill('Midday check');
    await editor.getByLabel('提醒时间').fill('25:00');
    await editor.getByLabel('关联数据').selectOption({ label: '未付款订单' });
    await editor.getByRole('button', { name: '保存' }).click();
    await expect(editor.locator('.field-error')).toHaveText('提醒时间格式应为 HH:mm，例如 15:30');
    await editor.getByLabel('提醒时间').fill('12:30');
    await editor.getByRole('button', { name: '保存' }).click();
    const steps = editor.locator('.today-editor-step-title');
    await expect(steps.last()).toHaveText('午间巡检');
    await expect(stepRow(page, '午间巡检').locator('.today-count')).toHaveText(`未付款订单 ${unpaid}`);
    await editor.getByRole('button', { name: '上移「午间巡检」' }).click();
    await expect(steps.nth((await steps.count()) - 2)).toHaveText('午间巡检');
    await editor.scrollIntoViewIfNeeded();
    await app.snap('today-editor-zh');
    await editor.getByRole('button', { name: '删除「午间巡检」' }).click();
    await expect(steps.filter({ hasText: '午间巡检' })).toHaveCount(0);
    await expect(stepRow(page, '午间巡检')).toHaveCount(0);
    await setRole('客服');
    await page.goto('/#/today');
  });

  await test.step('English shows the English titles and counts', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect(stepRow(page, 'Urge payment').locator('.today-count')).toHaveText(
      `Unpaid orders: ${unpaid}`,
    );
    await expect(stepRow(page, 'Get ready')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Urge payment' })).toBeChecked();
    await scrollToTop(page);
    await app.snap('today-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
