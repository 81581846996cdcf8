/**
 * First run by joining the shop (issue 14, item 14): the first-run screen offers 加入店铺（服务器地址 +
 * 令牌） beside 单机使用. A new desk (its own web host) joins a real `kefu-server` with 林小雨's
 * token: a wrong token is refused under its field and nothing is set up; the right one sets the
 * desk up as the server's KF007 of 小鹿家居旗舰店 and syncs, so the phrase the supervisor added
 * from her own desk (`kefu join`, `kefu phrases import`, `kefu sync`) is in the panel. Screenshots
 * of the join choice in zh and en.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { createShopServer, type ShopServer } from './support/shop-server';
import { webProjectOnly } from './support/web-only';

const KEFU_BIN = fileURLToPath(new URL('../bin/kefu.js', import.meta.url));
const SIZE = { width: 1280, height: 800 };

const lab = {
  server: null as ShopServer | null,
  hosts: [] as HostProcess[],
  agentToken: '',
};

/** The supervisor's desk, as she prepares it from a terminal. */
function kefu(dataDir: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, [KEFU_BIN, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kefu ${args.join(' ')} failed:\n${run.stderr}`);
}

test.beforeAll(async ({ browserName }, testInfo) => {
  if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
  const server = await createShopServer();
  server.createShop('小鹿家居旗舰店');
  lab.agentToken = server.createAgent('小鹿家居旗舰店', 'KF007', '林小雨', 'agent');
  const supervisorToken = server.createAgent('小鹿家居旗舰店', 'KF001', '周主管', 'supervisor');
  await server.start();
  lab.server = server;

  const supervisorDesk = mkdtempSync(join(tmpdir(), 'kefu-e2e-join-supervisor-'));
  const phrases = join(supervisorDesk, '团队话术.csv');
  writeFileSync(phrases, '分组,快捷编码,短语内容\n售前,mb199,亲，本店满199元包邮，可以再看看搭配哦\n');
  kefu(supervisorDesk, 'join', '--server', server.url, '--token', supervisorToken);
  kefu(supervisorDesk, 'phrases', 'import', phrases);
  kefu(supervisorDesk, 'sync');

  for (const name of ['zh', 'en'])
    lab.hosts.push(await startHostProcess(mkdtempSync(join(tmpdir(), `kefu-e2e-join-${name}-`))));
});

test.afterAll(async () => {
  for (const host of lab.hosts) await host.stop();
  await lab.server?.stop();
});

async function openFirstRun(browser: Browser, host: HostProcess, locale: string): Promise<Page> {
  const page = await browser.newPage({ baseURL: host.url, viewport: SIZE, locale });
  await page.goto('/');
  await page.locator('.first-run').waitFor();
  return page;
}

const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });

test('first run: join the shop with the server address and a token; the desk is the server’s KF007, synced', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a web host and a server of its own');
  const [zhHost, enHost] = lab.hosts as [HostProcess, HostProcess];
  const page = await openFirstRun(browser, zhHost, 'zh-CN');

  await test.step('the choice: 加入店铺 or 单机使用 (the profile form)', async () => {
    const alone = page.getByRole('radio', { name: '单机使用' });
    await expect(alone).toBeChecked();
    await expect(page.getByLabel('工号')).toBeVisible();
    await page.getByRole('radio', { name: '加入店铺（服务器地址 + 令牌）' }).check();
    await expect(page.getByLabel('工号')).toHaveCount(0);
    await expect(page.getByLabel('服务器地址', { exact: true })).toBeVisible();
    await snap(page, 'first-run-join-zh');
  });

  await test.step('a wrong token is refused under its field; the desk stays new', async () => {
    await page.getByLabel('服务器地址', { exact: true }).fill(lab.server!.url);
    await page.getByLabel('令牌', { exact: true }).fill('not-a-token');
    await page.getByRole('button', { name: '加入店铺' }).click();
    await expect(page.locator('#join-token-error')).toContainText('服务器不接受此令牌');
    await expect(page.locator('.first-run')).toBeVisible();
    expect(await zhHost.call('settings.get')).toMatchObject({ ok: true, value: { agent: null } });
  });

  await test.step('the right token: set up as the server says, on 今日, synced', async () => {
    await page.getByLabel('令牌', { exact: true }).fill(lab.agentToken);
    await page.getByRole('button', { name: '加入店铺' }).click();
    await page.locator('.app-shell').waitFor();
    const sidebar = page.locator('.sidebar');
    await expect(sidebar.locator('.agent-name')).toHaveText('林小雨');
    await expect(sidebar).toContainText('KF007');
    await expect(page.locator('.sync-pill')).toContainText('已同步');
    expect(await zhHost.call('settings.get')).toMatchObject({
      ok: true,
      value: {
        agent: { agentCode: 'KF007', name: '林小雨', role: 'agent' },
        shop: { name: '小鹿家居旗舰店' },
      },
    });
  });

  await test.step('the supervisor’s phrase came with the first sync', async () => {
    await page.goto('/#/panel');
    await page.getByRole('searchbox').fill('mb199');
    await expect(page.getByRole('option').first()).toContainText('满199元包邮');
  });

  await test.step('the same choice in English', async () => {
    expect(await enHost.call('settings.setLanguage', { language: 'en-US' })).toMatchObject({ ok: true });
    const english = await openFirstRun(browser, enHost, 'en-US');
    await english.getByRole('radio', { name: 'Join a shop (server address + token)' }).check();
    await expect(english.getByLabel('Server address', { exact: true })).toBeVisible();
    await expect(english.getByRole('button', { name: 'Join the shop' })).toBeVisible();
    await snap(english, 'first-run-join-en');
  });
});
