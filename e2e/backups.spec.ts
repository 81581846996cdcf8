/**
 * 备份与恢复 in Settings, on a web host of its own (it is restarted): 立即备份 lists a backup; a
 * phrase is added after it; 恢复 asks first (取消 leaves everything), then stages the backup and
 * says to restart; after the restart the phrase added later is gone and the replaced database
 * is listed as 恢复前的数据库.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { fillFirstRun, submitFirstRun } from './support/first-run';

const SIZE = { width: 1280, height: 800 };
let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

async function addPhrase(page: Page, title: string) {
  await page.goto('/#/phrases');
  await page.getByRole('button', { name: '新建短语' }).click();
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('快捷编码').fill('bfh');
  await page.getByLabel('短语内容').fill('亲，这条是备份之后加的～');
  await page.getByRole('button', { name: '保存短语' }).click();
  await expect(page.locator('.phrase-editor').getByRole('status')).toHaveText('已保存');
}

/** The 短语库 page filtered to `title`: its list. */
const phraseSearch = async (page: Page, title: string) => {
  await page.goto('/#/phrases');
  await page.getByRole('searchbox').fill(title);
  return page.locator('.phrase-list');
};

test('back up now, add a phrase, restore the backup and restart: the phrase is gone', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it restarts a web host of its own');
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-backups-'));
  host = await startHostProcess(dataDir);
  let page = await browser.newPage({ baseURL: host.url, viewport: SIZE, locale: 'zh-CN' });
  await page.goto('/');
  await fillFirstRun(page, { name: '林小雨', code: 'KF007', role: '主管' });
  await submitFirstRun(page);

  await page.goto('/#/settings');
  const card = page.getByRole('region', { name: '备份与恢复' });
  const rows = card.getByRole('table', { name: '备份与恢复' }).locator('tbody tr');
  // The list has loaded once the folder line shows (the host's start already made today's backup).
  await expect(card.locator('.backup-folder')).toBeVisible();
  const before = await rows.count();
  await card.getByRole('button', { name: '立即备份' }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('每日备份');
  await expect(rows.first()).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

  await addPhrase(page, '备份后新加的话术');
  await expect(await phraseSearch(page, '备份后新加的话术')).toContainText('备份后新加的话术');

  await page.goto('/#/settings');
  await rows.first().getByRole('button', { name: '恢复' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('恢复后，这之后的改动将被替换');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'web-backup-confirm-zh.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await rows.first().getByRole('button', { name: '恢复' }).click();
  await dialog.getByRole('button', { name: '恢复并重启' }).click();
  await expect(card.getByRole('status')).toContainText('请重新启动客服台完成恢复');

  await page.close();
  await host.stop();
  host = await startHostProcess(dataDir);
  page = await browser.newPage({ baseURL: host.url, viewport: SIZE, locale: 'zh-CN' });
  await page.goto('/');
  await page.locator('.app-shell').waitFor();
  await phraseSearch(page, '备份后新加的话术');
  await expect(page.getByRole('heading', { name: '短语库', level: 1 })).toBeVisible();
  // The search box holds the words as its value, not as text: the page shows no such phrase.
  await expect(page.locator('.app-main')).not.toContainText('备份后新加的话术');
  await page.goto('/#/settings');
  await expect(page.getByRole('region', { name: '备份与恢复' })).toContainText('恢复前的数据库');
  await page.getByRole('region', { name: '备份与恢复' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'web-backups-zh.png') });
});
