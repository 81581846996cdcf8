/** First-run setup in Chinese, as a new agent fills it in: profile, shop, cut-off time. */
import { expect, type Page } from '@playwright/test';

export interface NewAgent {
  name: string;
  code: string;
  role?: '客服' | '主管';
}

/** Fills the first-run form without submitting it (a screenshot may come first). */
export async function fillFirstRun(page: Page, { name, code, role }: NewAgent): Promise<void> {
  await page.getByLabel('客服姓名').fill(name);
  await page.getByLabel('工号').fill(code);
  await page.getByLabel('店铺名称').fill('小鹿家居旗舰店');
  await page.getByLabel('默认快递').fill('中通');
  await page.getByLabel('包邮门槛').fill('99');
  await page.getByLabel('截单时间').fill('16:30');
  if (role) await page.getByLabel('角色').selectOption({ label: role });
}

export async function submitFirstRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始使用' }).click();
  await page.locator('.app-shell').waitFor();
}

/**
 * The shared web host is set up by whichever spec runs first (and may be left in English):
 * first-run if needed, then Chinese.
 */
export async function setUpInChinese(page: Page): Promise<void> {
  await page.locator('.first-run, .app-shell').first().waitFor();
  if (await page.locator('.first-run').isVisible()) {
    await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
    await submitFirstRun(page);
  }
  await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
}
