/**
 * 同步问题 in the web host (issue #12): a desk whose database was written by an older version
 * holds a buyer message with a NUL byte in it. 立即同步: the server refuses that one change for its
 * value, the desk keeps the row and sets the change aside, and the change queued after it still
 * reaches the server; Settings → 同步 lists the issue (订单, 买家留言, why) with 修正后重发 and
 * 放弃本地修改, in Chinese and in English. 修正后重发 cleans the value and resends it: the list is
 * empty again and the server holds 周末送到. Screenshots of the issue in both languages.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { databaseFile } from '../electron/core/data-dir';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { TestDesk } from '../server/test-support/sync-client';
import { ARTIFACTS, expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { fillFirstRun, submitFirstRun } from './support/first-run';
import { createShopServer, type ShopServer } from './support/shop-server';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const POISONED_ORDER = '3321009876543210002';
const LATER_ORDER = '3321009876543210003';
const LATER_REMARK = '后面的修改照常同步';
const SIZE = { width: 1280, height: 800 };

const lab = {
  server: null as ShopServer | null,
  host: null as HostProcess | null,
  dataDir: '',
  token: '',
};

test.beforeAll(async ({ browserName }, testInfo) => {
  // The web project runs this spec (see the test's skip); the electron project starts nothing.
  if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
  const server = await createShopServer();
  server.createShop('小鹿家居旗舰店');
  lab.token = server.createAgent('小鹿家居旗舰店', 'KF007', '林小雨', 'agent');
  await server.start();
  lab.server = server;
  process.env.KEFU_SYNC_INTERVAL_MS = '1000';
  lab.dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-sync-issues-'));
  lab.host = await startHostProcess(lab.dataDir);
});

test.afterAll(async () => {
  await lab.host?.stop();
  await lab.server?.stop();
});

/**
 * Writes straight into the host's SQLite file, past every entry point, as a database written by
 * an older version holds it; the outbox triggers queue the change like any other (WAL lets this
 * second connection write while the host has the file open).
 */
function writeAsAnOlderVersion(sql: string): void {
  const sqlite = new Database(databaseFile(lab.dataDir));
  try {
    sqlite.pragma('busy_timeout = 5000');
    expect(sqlite.prepare(sql).run().changes).toBe(1);
  } finally {
    sqlite.close();
  }
}

/** What the server holds for an order, read by a pull of the agent's own token. */
async function orderOnServer(orderNo: string): Promise<Record<string, unknown> | undefined> {
  const rows = await new TestDesk(lab.server!.url, lab.token).pullAll();
  return rows.find((row) => row.table === 'orders' && row.data.order_no === orderNo)?.data;
}

/** Within the card's right edge: the issue table once pushed its buttons out of the card. */
async function expectWithin(inner: Locator, outer: Locator): Promise<void> {
  const [box, frame] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
}

const pill = (page: Page) => page.locator('.sync-pill');
const syncNow = (page: Page) => pill(page).getByRole('button', { name: '立即同步' }).click();
const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`) });
const language = (page: Page, name: 'English' | '中文') =>
  page.locator('.language-toggle').getByRole('button', { name }).click();

test('a value the server cannot store is set aside as a 同步问题, the queue goes on, 修正后重发 resends it cleaned', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a web host and a server of its own');
  const page = await browser.newPage({ baseURL: lab.host!.url, viewport: SIZE, locale: 'zh-CN' });
  await page.goto('/');
  await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
  await submitFirstRun(page);
  const card = page.getByRole('region', { name: '同步' });

  let messageBefore: unknown;
  await test.step('connect, import the Taobao export, everything synced', async () => {
    await page.goto('/#/settings/sync');
    await card.getByLabel('服务器地址').fill(lab.server!.url);
    await card.getByLabel('令牌').fill(lab.token);
    await card.getByRole('button', { name: '连接' }).click();
    await expect(card).toContainText('工号 KF007 · 小鹿家居旗舰店');
    await page.goto('/#/orders');
    await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    await page
      .getByRole('region', { name: '订单导入预览' })
      .getByRole('button', { name: '确认导入' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
    // 已同步 showed before the import too: the orders on the server tell when the push is done.
    await expect.poll(() => orderOnServer(POISONED_ORDER), { timeout: 15_000 }).toBeDefined();
    await expect(pill(page)).toContainText('已同步', { timeout: 15_000 });
    messageBefore = (await orderOnServer(POISONED_ORDER))!.buyer_message;
  });

  await test.step('a NUL byte from an older database: set aside, the change after it synced', async () => {
    writeAsAnOlderVersion(
      `update orders set buyer_message = '周末送' || char(0) || '到', updated_at = updated_at + 1
       where order_no = '${POISONED_ORDER}'`,
    );
    writeAsAnOlderVersion(
      `update orders set remark = '${LATER_REMARK}', updated_at = updated_at + 1
       where order_no = '${LATER_ORDER}'`,
    );
    await syncNow(page);
    await expect(pill(page)).toContainText('已同步', { timeout: 15_000 });
    await expect(pill(page)).toContainText('1 个问题');
    // The queue went on: the remark queued after the refused change is on the server.
    expect((await orderOnServer(LATER_ORDER))?.remark).toBe(LATER_REMARK);
    // The refused value never reached the server: it still has the imported message.
    expect((await orderOnServer(POISONED_ORDER))?.buyer_message).toBe(messageBefore);

    await page.goto('/#/settings/sync');
    const issues = card.getByRole('table', { name: '同步问题' });
    const row = issues.locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('订单 · 修改');
    await expect(row).toContainText('服务器无法保存其中的内容，本机已保留原样');
    await expect(row).toContainText('买家留言：含有无法保存的字符（控制字符或残缺的表情字符）');
    await expect(row.getByRole('button', { name: '修正后重发' })).toBeVisible();
    await expect(row.getByRole('button', { name: '放弃本地修改' })).toBeVisible();
    await expect(row.getByRole('button', { name: '知道了' })).toHaveCount(0);
    await expectWithin(row.getByRole('button', { name: '放弃本地修改' }), card);
    await issues.scrollIntoViewIfNeeded();
    await snap(page, 'sync-issue-zh');

    await language(page, 'English');
    const issuesEn = page.getByRole('region', { name: 'Sync' }).getByRole('table', { name: 'Sync issues' });
    const rowEn = issuesEn.locator('tbody tr');
    await expect(rowEn).toContainText('Order · changed');
    await expect(rowEn).toContainText('Buyer message: holds a character that cannot be stored');
    await expect(rowEn.getByRole('button', { name: 'Fix and resend' })).toBeVisible();
    await expect(rowEn.getByRole('button', { name: 'Discard local change' })).toBeVisible();
    await expectWithin(
      rowEn.getByRole('button', { name: 'Discard local change' }),
      page.getByRole('region', { name: 'Sync' }),
    );
    await expect(pill(page)).toContainText('issues: 1');
    await issuesEn.scrollIntoViewIfNeeded();
    await snap(page, 'sync-issue-en');
    await language(page, '中文');
    await expect(issues).toBeVisible();
  });

  await test.step('修正后重发: cleaned, resent, no issue left, the server holds 周末送到', async () => {
    await card.getByRole('table', { name: '同步问题' }).getByRole('button', { name: '修正后重发' }).click();
    await expect(card.getByRole('status').filter({ hasText: '已修正并重新排队同步' })).toHaveText(
      '已修正并重新排队同步：买家留言',
    );
    await expect(card).toContainText('没有同步问题。');
    await expect(pill(page)).toContainText('已同步', { timeout: 15_000 });
    await expect(pill(page)).not.toContainText('问题');
    await expect.poll(async () => (await orderOnServer(POISONED_ORDER))?.buyer_message).toBe('周末送到');

    await page.goto('/#/orders');
    await page.getByRole('button', { name: POISONED_ORDER }).click();
    const detail = page.getByRole('complementary', { name: '订单详情' });
    await expect(detail.locator('dd', { hasText: '周末送' })).toHaveText('周末送到');
  });
});
