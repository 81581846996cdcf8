/**
 * The reply panel's list and preview (issue 14, item 12): every row's group label sits at the
 * right edge; a 催付 phrase promising 今天就能发出, offered after today's 截单时间, is flagged in the
 * preview with what is true now. zh and en screenshots.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };
const SMALL = { width: 1024, height: 640 };

async function setCutoff(page: Page, time: string): Promise<string> {
  await page.setViewportSize(MAIN_SIZE);
  await page.goto('/#/settings');
  const field = page.getByLabel('截单时间');
  const before = await field.inputValue();
  await field.fill(time);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  return before;
}

async function openPanel(page: Page, query: string, size = PANEL_SIZE) {
  await page.setViewportSize(size);
  await page.goto('/#/panel');
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  await search.fill(query);
  await expect(page.getByRole('option').first()).toBeVisible();
}

test('panel: group labels right-aligned; a same-day promise after the cut-off is flagged', async ({
  app,
}) => {
  const { page } = app;
  await setUpInChinese(page);
  // 00:00: whenever this runs, today's cut-off has passed (23:59: it has not).
  const cutoffBefore = await setCutoff(page, '00:00');

  await test.step('every group label ends at the same right edge, in the panel and as a page', async () => {
    for (const size of [PANEL_SIZE, SMALL]) {
      await openPanel(page, '', size);
      const rights = await page
        .locator('.panel-row-group')
        .evaluateAll((labels) => labels.map((label) => Math.round(label.getBoundingClientRect().right)));
      expect(rights.length).toBeGreaterThan(3);
      expect(Math.max(...rights) - Math.min(...rights)).toBeLessThanOrEqual(1);
      const listRight = await page
        .locator('.panel-results')
        .evaluate((list) => list.getBoundingClientRect().right);
      expect(listRight - Math.max(...rights)).toBeLessThan(24);
    }
  });

  await test.step('催付 after the cut-off: 今天就能发出 is marked and explained', async () => {
    await openPanel(page, 'cf');
    await expect(page.getByRole('option').first()).toContainText('催付');
    const findings = page.locator('.panel-preview .lint-findings');
    await expect(findings).toContainText('已过截单时间');
    await expect(findings).toContainText('“今天就能发出”');
    await expect(findings).toContainText('今天 00:00 已截单，现在付款的订单明天才发出，请不要承诺今天发货');
    await expect(page.locator('.panel-preview .lint-mark').filter({ hasText: '今天就能发出' })).toBeVisible();
    await app.snap('panel-cutoff-zh');
  });

  await test.step('English', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/settings');
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await openPanel(page, 'cf');
    await expect(page.locator('.panel-preview .lint-findings')).toContainText(
      "Today's 00:00 cut-off has passed: orders paid now ship tomorrow, so do not promise shipping today",
    );
    await app.snap('panel-cutoff-en');
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/settings');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });

  await test.step('before the cut-off the same phrase is not flagged', async () => {
    await setCutoff(page, '23:59');
    await openPanel(page, 'cf');
    await expect(page.locator('.panel-preview .linted-text')).toContainText('今天就能发出');
    await expect(page.locator('.panel-preview')).not.toContainText('已过截单时间');
    await setCutoff(page, cutoffBefore);
  });
});
