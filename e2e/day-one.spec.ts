/**
 * A new agent's first minutes, on a desk of its own: setup lands on 今日 with a welcome that says
 * what to do first (issue 14, item 5), and 今日 does not speak of a yesterday there was none of
 * (item 9). zh and en screenshots at 1024×640.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { fillFirstRun } from './support/first-run';
import { webProjectOnly } from './support/web-only';

const SMALL = { width: 1024, height: 640 };
let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`) });

test('day one: setup lands on 今日 with a true welcome', async ({ browser }, testInfo) => {
  webProjectOnly(testInfo, 'it runs a desk of its own for a real first run');
  host = await startHostProcess(mkdtempSync(join(tmpdir(), 'kefu-e2e-day-one-')));
  const page = await browser.newPage({ baseURL: host.url, viewport: SMALL, locale: 'zh-CN' });
  await page.goto('/');
  const hotkey = await host.call('hotkeys.get');
  if (!hotkey.ok) throw new Error('hotkeys.get failed');
  const panelHotkey = (hotkey.value as { settings: { panel: string } }).settings.panel;

  await test.step('setup lands on 今日, welcomed by name, with what to do first', async () => {
    await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page).toHaveURL(/#\/today$/);
    await expect(page.getByRole('heading', { name: '今日', level: 1 })).toBeVisible();
    const welcome = page.getByRole('region', { name: '设置完成，欢迎你，林小雨！' });
    await expect(welcome).toBeVisible();
    await expect(welcome).not.toContainText('后续版本');
    await expect(welcome).toContainText('导入订单');
    await expect(welcome).toContainText(panelHotkey);
    await expect(welcome.getByRole('link', { name: '导入订单' })).toHaveAttribute('href', '#/orders');
    await snap(page, 'welcome-today-zh');
  });

  await test.step('day one has no yesterday to have finished', async () => {
    const leftovers = page.getByRole('region', { name: '昨日遗留' });
    await expect(leftovers).toContainText('今天是第一天，还没有之前的步骤。');
    await expect(leftovers).not.toContainText('昨天的步骤都已完成');
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    const welcome = page.getByRole('region', { name: 'All set. Welcome, 林小雨!' });
    await expect(welcome).toContainText('Import orders');
    await expect(welcome).toContainText(panelHotkey);
    await expect(page.getByRole('region', { name: 'Left from yesterday' })).toContainText(
      'This is your first day: there are no earlier steps yet.',
    );
    await snap(page, 'welcome-today-en');
  });

  await test.step('知道了 puts the welcome away', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(page.getByRole('region', { name: /欢迎你/ })).toHaveCount(0);
  });
});
