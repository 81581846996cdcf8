/**
 * English counts agree with their number (issue 14, item 11): "1 phrase", "1 day", "≥1 day", never
 * "1 phrases" or "day(s)"; Chinese has one form. en screenshots of the panel and 报表, zh of the panel.
 */
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const PANEL_SIZE = { width: 640, height: 440 };
const SMALL = { width: 1024, height: 640 };

test('plurals: English counts say 1 phrase, 1 day; Chinese keeps its one form', async ({ app }) => {
  const { page } = app;
  await setUpInChinese(page);

  await test.step('中文: the panel counts 1 条', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto('/#/panel');
    await page.getByRole('searchbox').fill('cf');
    await expect(page.getByRole('option')).toHaveCount(1);
    await expect(page.locator('.panel-count')).toHaveText('1 条');
    await app.snap('plural-panel-zh');
  });

  await page.setViewportSize(SMALL);
  await page.goto('/#/today');
  await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();

  await test.step('the panel: 1 phrase, then several phrases', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto('/#/panel');
    const search = page.getByRole('searchbox');
    await search.fill('cf');
    await expect(page.getByRole('option')).toHaveCount(1);
    await expect(page.locator('.panel-count')).toHaveText('1 phrase');
    await app.snap('plural-panel-en');
    await search.fill('fh');
    await expect(page.locator('.panel-count')).toHaveText(/^\d+ phrases$/);
    await expect(page.locator('.panel-count')).not.toHaveText(/^1 /);
  });

  await test.step('报表 for one day says 1 day', async () => {
    await page.setViewportSize(SMALL);
    await page.goto('/#/reports');
    await expect(page.locator('.report-heading')).toHaveText(/ · 1 day$/);
    await app.snap('plural-reports-en');
  });

  await test.step('the order filter: shipped ≥1 day, then ≥3 days', async () => {
    await page.goto('/#/orders');
    const days = page.getByLabel('Days', { exact: true });
    await days.fill('1');
    await expect(page.locator('.filter-checks')).toContainText('Shipped ≥1 day, not signed');
    await days.fill('3');
    await expect(page.locator('.filter-checks')).toContainText('Shipped ≥3 days, not signed');
  });

  await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
});
