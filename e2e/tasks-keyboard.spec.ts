/**
 * 任务 by keyboard only (issue 14, item 6): after D (完成) or S (延后) the next task is selected
 * and focused, so ↓/D/S go on working; after R → reply panel → Esc the task the agent was on is
 * selected again, not the first one. zh and en screenshots at 1024×640.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const SMALL = { width: 1024, height: 640 };

/** Tasks of this spec's own, so the keys never complete a task another spec relies on. */
async function createTasks(page: Page, titles: string[]) {
  await page.goto('/#/tasks');
  for (const title of titles) {
    await page.getByRole('button', { name: '新建任务' }).click();
    await page.locator('form.task-form').getByLabel('任务内容').fill(title);
    await page.locator('form.task-form').getByRole('button', { name: '创建任务' }).click();
    await expect(page.locator('.task-row').filter({ hasText: title })).toBeVisible();
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
  await page.setViewportSize(SMALL);
  await setUpInChinese(page);
  await createTasks(
    page,
    ['核对赠品', '回访老客', '补发说明书', '改价提醒', '备注发票', '催评价', '补寄配件', '核对尺码'].map(
      (what) => `键盘：${what}`,
    ),
  );
  // Only 其他 (custom) tasks: the ones just made, and none of the rule tasks other specs check.
  await page.goto('/#/tasks?kind=custom');
  await page.reload();
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
    await expect(page).toHaveURL(/#\/tasks\?kind=custom&task=/);
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
