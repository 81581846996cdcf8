/**
 * 短语库 for an agent with only the team's groups (issue 14, item 8), on a desk of its own: 新建短语
 * is disabled, looks disabled and says why (team phrases are the supervisor's; create a personal
 * group); once a personal group exists it is enabled. zh and en screenshots at 1024×640.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { fillFirstRun, submitFirstRun } from './support/first-run';
import { webProjectOnly } from './support/web-only';

let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`) });
const looks = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { opacity: Number(style.opacity), cursor: style.cursor };
  });

test('phrases: 新建短语 in a team group is disabled, looks it, and says why', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a desk of its own, with no personal group yet');
  host = await startHostProcess(mkdtempSync(join(tmpdir(), 'kefu-e2e-phrases-')));
  const page = await browser.newPage({ baseURL: host.url, viewport: { width: 1024, height: 640 } });
  await page.goto('/');
  await fillFirstRun(page, { name: '林小雨', code: 'KF007', role: '客服' });
  await submitFirstRun(page);
  await page.goto('/#/phrases');
  const newPhrase = page.getByRole('button', { name: '新建短语' });

  await test.step('disabled, dimmed, with the reason as its tooltip', async () => {
    await expect(newPhrase).toBeDisabled();
    await expect(newPhrase).toHaveAttribute(
      'title',
      '团队分组的短语由主管维护；先新建个人分组，就能添加自己的短语',
    );
    expect(await looks(newPhrase)).toEqual({ opacity: 0.5, cursor: 'not-allowed' });
    await newPhrase.hover({ force: true });
    await snap(page, 'phrases-new-disabled-zh');
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'New phrase' })).toHaveAttribute(
      'title',
      'Team phrases are kept by the supervisor; create a personal group to add your own',
    );
    await snap(page, 'phrases-new-disabled-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });

  await test.step('with a personal group, 新建短语 is enabled and looks it', async () => {
    await page.getByRole('button', { name: '新建分组' }).click();
    await page.getByLabel('分组名称').fill('我的话术');
    await page.getByRole('button', { name: '创建分组' }).click();
    await expect(newPhrase).toBeEnabled();
    await expect(newPhrase).not.toHaveAttribute('title', /./);
    expect((await looks(newPhrase)).opacity).toBe(1);
  });
});
