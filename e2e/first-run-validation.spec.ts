/**
 * First-run validation (issue 14, item 3), on a desk of its own so the form is a real first run:
 * one submit shows every problem at once with the message for its case (an empty 工号 asks for
 * one), an error goes away as soon as its field is fixed, and 包邮门槛 starts obviously empty.
 * zh and en screenshots.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';

let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
const errorOf = (page: Page, label: string) =>
  page
    .locator('.field')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.field-error');

test('first run: every error at once, the right message per case, cleared as the field is fixed', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a desk of its own for a real first run');
  host = await startHostProcess(mkdtempSync(join(tmpdir(), 'kefu-e2e-first-run-')));
  const page = await browser.newPage({ baseURL: host.url, viewport: { width: 1024, height: 640 } });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '欢迎使用客服台' })).toBeVisible();

  await test.step('包邮门槛 starts empty, with an example that does not look like a value', async () => {
    const threshold = page.getByLabel('包邮门槛');
    await expect(threshold).toHaveValue('');
    expect(await threshold.getAttribute('placeholder')).toMatch(/^例如/);
  });

  await test.step('one submit shows every problem, each with its own message', async () => {
    await page.getByLabel('客服姓名').fill('林小雨');
    await page.getByLabel('店铺名称').fill('小鹿家居旗舰店');
    await page.getByLabel('截单时间').fill('1630');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(errorOf(page, '工号')).toHaveText('请填写工号');
    await expect(errorOf(page, '包邮门槛')).toHaveText('请填写包邮门槛，全场包邮填 0');
    await expect(errorOf(page, '截单时间')).toHaveText('截单时间格式应为 24 小时制 HH:mm，例如 16:00');
    await expect(errorOf(page, '客服姓名')).toHaveCount(0);
    await expect(page.getByLabel('工号')).toBeFocused();
    await snap(page, 'first-run-errors-zh');
  });

  await test.step('an error goes away as its field becomes valid, the others stay', async () => {
    await page.getByLabel('工号').fill('KF007');
    await expect(errorOf(page, '工号')).toHaveCount(0);
    await expect(errorOf(page, '包邮门槛')).toBeVisible();
    await page.getByLabel('截单时间').fill('16:3');
    await expect(errorOf(page, '截单时间')).toBeVisible();
    await page.getByLabel('截单时间').fill('16:30');
    await expect(errorOf(page, '截单时间')).toHaveCount(0);
    await page.getByLabel('包邮门槛').fill('99.999');
    await expect(errorOf(page, '包邮门槛')).toHaveText('请输入金额，例如 99 或 99.00（最多两位小数）');
    await page.getByLabel('包邮门槛').fill('99');
    await expect(errorOf(page, '包邮门槛')).toHaveCount(0);
  });

  await test.step('a 工号 with a space has the format message; an emptied name asks for one', async () => {
    await page.getByLabel('工号').fill('KF 007');
    await page.getByLabel('客服姓名').fill('');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(errorOf(page, '工号')).toHaveText('工号只能包含字母、数字、- 或 _，最多 16 位');
    await expect(errorOf(page, '客服姓名')).toHaveText('请填写客服姓名');
  });

  await test.step('English: the same errors, in English', async () => {
    await page.getByLabel('界面语言').selectOption({ label: 'English' });
    await page.getByLabel('Staff ID').fill('');
    await page.getByLabel('Free-shipping threshold').fill('');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(errorOf(page, 'Staff ID')).toHaveText('Enter your staff ID');
    await expect(errorOf(page, 'Free-shipping threshold')).toHaveText(
      'Enter the free-shipping threshold; 0 if every order ships free',
    );
    await expect(errorOf(page, 'Agent name')).toHaveText("Enter the agent's name");
    await snap(page, 'first-run-errors-en');
    await page.getByLabel('Display language').selectOption({ label: '中文' });
  });

  await test.step('fixed, the setup is saved and the app opens', async () => {
    await page.getByLabel('客服姓名').fill('林小雨');
    await page.getByLabel('工号').fill('KF007');
    await page.getByLabel('包邮门槛').fill('99');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  });
});
