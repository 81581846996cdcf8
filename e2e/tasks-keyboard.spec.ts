/**
 * 任务 by keyboard only (issue 14, item 6): after D (完成) or S (延后) the next task is selected
 * and focused, so ↓/D/S go on working; after R → reply panel → Esc the task the agent was on is
 * selected again, not the first one. zh and en screenshots at 1024×640.
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

/** The id of the focused task row, or null when focus is not on a task. */
const focusedTask = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.task-row')?.getAttribute('data-task-id') ?? null);
const openTaskIds = (page: Page) =>
  page
    .locator('.task-group-overdue .task-row, .task-group-today .task-row, .task-group-upcoming .task-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')));
const selectedTask = (page: Page) => page.locator('.task-row-selected').getAttribute('data-task-id');

test('tasks: the keyboard loop keeps its place through D, S and a reply', async ({ app }) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  await page.setViewportSize(SMALL);
  await setUpInChinese(page);
  await importOrders(page);
  await page.goto('/#/tasks');
  await expect(page.getByRole('heading', { name: '任务', level: 1 })).toBeVisible();
  await expect.poll(async () => (await openTaskIds(page)).length).toBeGreaterThan(4);
  await expect.poll(() => focusedTask(page)).not.toBeNull();

  await test.step('↓ then D: the task after the done one is selected and has focus', async () => {
    await page.keyboard.press('ArrowDown');
    const ids = await openTaskIds(page);
    expect(await focusedTask(page)).toBe(ids[1]);
    await page.keyboard.press('d');
    await expect(page.locator(`[data-task-id="${ids[1]}"]`)).toHaveCount(0);
    await expect.poll(() => focusedTask(page)).toBe(ids[2]);
    expect(await selectedTask(page)).toBe(ids[2]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedTask(page)).toBe(ids[3]);
    await app.snap('tasks-keyboard-zh');
  });

  await test.step('S snoozes it and the loop goes on from the next task', async () => {
    const ids = await openTaskIds(page);
    const at = ids.indexOf(await focusedTask(page));
    await page.keyboard.press('s');
    await expect(page.locator(`.task-group-snoozed [data-task-id="${ids[at]}"]`)).toBeVisible();
    await expect.poll(() => focusedTask(page)).toBe(ids[at + 1]);
  });

  await test.step('R → panel → Esc comes back to the same task', async () => {
    await page.keyboard.press('ArrowDown');
    const onTask = await focusedTask(page);
    const ids = await openTaskIds(page);
    expect(ids.indexOf(onTask)).toBeGreaterThan(0);
    await page.keyboard.press('r');
    await expect(page).toHaveURL(/#\/panel\?/);
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/tasks/);
    await expect.poll(() => focusedTask(page)).toBe(onTask);
    expect(await selectedTask(page)).toBe(onTask);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedTask(page)).toBe(ids[ids.indexOf(onTask) + 1]);
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await page.locator('.task-row-selected').focus();
    await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
    await app.snap('tasks-keyboard-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
