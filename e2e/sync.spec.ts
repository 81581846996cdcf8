/**
 * Two desks and one shop server (issue #6): 林小雨 (agent, desk A) and 周主管 (supervisor, desk
 * B), each a web host with its own database, connected in Settings → 同步. The server goes away;
 * A flags an order red with a remark and B adds a team phrase, both offline (离线 / 待同步). The
 * server comes back on the same address, and each change reaches the other desk. Screenshots of
 * the sync status offline and synced.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { HostProcess } from '../electron/webhost/test-support/host-process';
import { ARTIFACTS, expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { connect, openDesk, syncPill, twoDesks } from './support/two-desks';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const ORDER_NO = '3321009876543210002';
const SIZE = { width: 1280, height: 800 };

const lab = twoDesks('sync', {
  agent: { code: 'KF007', name: '林小雨', role: 'agent' },
  supervisor: { code: 'KF001', name: '周主管', role: 'supervisor' },
});

const pill = syncPill;
/** Only the click: offline, the pill never says 已同步. */
const syncNow = (page: Page) => pill(page).getByRole('button', { name: '立即同步' }).click();
const snap = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`) });

test('two desks: an offline remark on A and a supervisor phrase on B reach each other after reconnect', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs two web hosts and a server of its own');
  const [hostA, hostB] = lab.hosts as [HostProcess, HostProcess];

  const deskA = await openDesk(browser, hostA, { name: '林小雨', code: 'KF007' }, { viewport: SIZE });
  await connect(deskA, lab.server!.url, lab.tokens.agent);
  await expect(deskA.getByRole('region', { name: '同步' })).toContainText('工号 KF007 · 小鹿家居旗舰店');
  await deskA.goto('/#/orders');
  await deskA.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
  await deskA.getByRole('region', { name: '订单导入预览' }).getByRole('button', { name: '确认导入' }).click();
  await expect(deskA.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await expect(pill(deskA)).toContainText('已同步', { timeout: 15_000 });

  const deskB = await openDesk(browser, hostB, { name: '周主管', code: 'KF001' }, { viewport: SIZE });
  await connect(deskB, lab.server!.url, lab.tokens.supervisor);
  await expect(deskB.getByRole('region', { name: '同步' })).toContainText('主管');
  await deskB.goto('/#/orders');
  await expect(deskB.getByRole('button', { name: ORDER_NO })).toBeVisible({ timeout: 15_000 });

  await test.step('the server goes away: A flags an order, B adds a team phrase, both offline', async () => {
    await lab.server!.stop();

    await deskA.goto('/#/orders');
    await deskA.getByRole('button', { name: ORDER_NO }).click();
    const detail = deskA.getByRole('complementary', { name: '订单详情' });
    await detail.getByRole('radio', { name: '红旗' }).check();
    await detail.getByLabel('备注内容').fill('断网时改的：买家要求改发顺丰');
    await detail.getByLabel('修改原因').fill('买家旺旺要求改快递');
    await detail.getByRole('button', { name: '保存备注' }).click();
    await expect(detail.getByRole('list', { name: '修改记录' })).toContainText('断网时改的');
    await expect(pill(deskA)).toContainText(/离线 · 待同步 [1-9]/, { timeout: 15_000 });

    await deskB.goto('/#/phrases');
    await deskB.getByRole('button', { name: '新建短语' }).click();
    await deskB.getByLabel('标题').fill('双十二预售说明');
    await deskB.getByLabel('快捷编码').fill('sey');
    await deskB.getByLabel('短语内容').fill('亲，双十二预售商品 12 月 13 日起按付款顺序发货哦～');
    await deskB.getByRole('button', { name: '保存短语' }).click();
    await expect(deskB.locator('.phrase-editor').getByRole('status')).toHaveText('已保存');
    await expect(pill(deskB)).toContainText('离线', { timeout: 15_000 });

    await deskA.goto('/#/settings/sync');
    await expect(deskA.getByRole('region', { name: '同步' }).getByRole('status')).toContainText('离线');
    await snap(deskA, 'sync-offline-zh');
  });

  await test.step('the server is back on the same address: each change reaches the other desk', async () => {
    // B keeps the order list open: the remark shows up in it without navigating.
    await deskB.goto('/#/orders');
    const rowOnB = deskB.getByRole('table', { name: '订单列表' }).locator('tbody tr', { hasText: ORDER_NO });
    await expect(rowOnB).not.toContainText('红旗');
    await lab.server!.start();
    await syncNow(deskA);
    await syncNow(deskB);
    await expect(pill(deskA)).toContainText('已同步', { timeout: 15_000 });
    await expect(pill(deskB)).toContainText('已同步', { timeout: 15_000 });
    await expect(rowOnB).toContainText('红旗', { timeout: 15_000 });
    await rowOnB.getByRole('button', { name: ORDER_NO }).click();
    const detailB = deskB.getByRole('complementary', { name: '订单详情' });
    await expect(detailB.getByRole('list', { name: '修改记录' })).toContainText(
      '断网时改的：买家要求改发顺丰',
    );

    await deskA.goto('/#/phrases');
    await deskA.getByRole('searchbox').fill('双十二预售');
    await expect(deskA.locator('.phrase-list')).toContainText('双十二预售说明', { timeout: 15_000 });
    await deskA.goto('/#/settings/sync');
    await expect(deskA.getByRole('region', { name: '同步' }).getByRole('status')).toContainText('已同步');
    await snap(deskA, 'sync-synced-zh');
    await deskB.goto('/#/settings/sync');
    await snap(deskB, 'sync-supervisor-zh');
  });
});
