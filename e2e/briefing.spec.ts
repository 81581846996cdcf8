/**
 * 每日早会 and 岗位 through two desks and one shop server: 周主管 (supervisor, desk B) writes and
 * publishes today's briefing with a pushed phrase; it reaches 林小雨 (agent, desk A), whose 今日
 * opens with it; she copies the phrase and marks it 已读, the card folds to one line; back on B the
 * supervisor sees her among those who read it. Before that, 林小雨 picks 订单专员 in the welcome
 * and her checklist becomes the order desk's. Screenshots zh and en in docs/screenshots/briefing-*.png.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { HostProcess } from '../electron/webhost/test-support/host-process';
import { expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { connect, openDesk, syncedDesk, syncNow, toChinese, toEnglish, twoDesks } from './support/two-desks';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const SIZE = { width: 1280, height: 900 };

const lab = twoDesks('briefing', {
  agent: { code: 'KF007', name: '林小雨', role: 'agent' },
  supervisor: { code: 'KF001', name: '周主管', role: 'supervisor' },
});

/** The page, or one part of it taller than the window (the element is shot whole). */
const snap = (page: Page, name: string, part = page.locator('.app-main')) =>
  part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

test('the supervisor publishes the morning briefing; the agent reads it on 今日 and the supervisor sees it read', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs two web hosts and a server of its own');
  const [hostA, hostB] = lab.hosts as [HostProcess, HostProcess];

  const deskA = await openDesk(browser, hostA, { name: '林小雨', code: 'KF007' }, { viewport: SIZE });
  await test.step('the agent picks 订单专员 in the welcome: her checklist is the order desk’s', async () => {
    const welcome = deskA.locator('.today-welcome');
    await welcome.getByLabel('你的岗位是？今日清单会按岗位准备：').selectOption({ label: '订单专员' });
    await welcome.getByRole('button', { name: '保存岗位' }).click();
    await expect(welcome.getByRole('status')).toHaveText('岗位已保存');
    const steps = deskA.getByRole('region', { name: '今日步骤' });
    await expect(steps).toContainText('漏单排查');
    await expect(steps).toContainText('缺货电话呼出');
    await expect(steps).not.toContainText('催付');
  });
  await connect(deskA, lab.server!.url, lab.tokens.agent);
  await syncNow(deskA);

  const deskB = await syncedDesk(browser, lab, hostB, 'supervisor', { viewport: SIZE });

  await test.step('the supervisor writes and publishes today’s briefing with a phrase to push', async () => {
    await deskB.goto('/#/today');
    const editor = deskB.getByRole('region', { name: /今日早会（/ });
    await expect(editor).toContainText('尚未编写');
    await editor.getByLabel('活动').fill('双十二预热：全店满 299 减 30，今天 20:00 开始');
    await editor.getByLabel('重点商品').fill('北欧实木餐桌 1.4 米款');
    await editor.getByLabel('注意事项').fill('退款一律走平台，不私下转账');
    // Keyboard: Enter in the phrase search picks the first phrase found, and publishes nothing.
    const search = editor.getByRole('searchbox', { name: '推送话术' });
    await search.fill('发货时间');
    await search.press('Enter');
    await expect(editor.getByRole('checkbox', { name: /发货时间/ })).toBeChecked();
    await expect(editor).toContainText('尚未编写');
    await expect(editor).toContainText('已选 1 条，最多 20 条');
    await editor.getByRole('button', { name: '发布早会' }).click();
    await expect(editor).toContainText(/已于 \d\d:\d\d 发布/);
    await expect(editor.locator('.briefing-reads')).toContainText('已读 0 人');
    await snap(deskB, 'briefing-editor-zh', deskB.locator('.briefing-editor'));
    await syncNow(deskB);
  });

  await test.step('the agent’s 今日 opens with it; she copies the phrase and marks it read', async () => {
    await syncNow(deskA);
    await deskA.goto('/#/orders');
    await deskA.goto('/#/today');
    const card = deskA.getByRole('region', { name: '今日早会' });
    await expect(card).toContainText('双十二预热：全店满 299 减 30', { timeout: 15_000 });
    await expect(card).toContainText('北欧实木餐桌 1.4 米款');
    await expect(card).toContainText('退款一律走平台');
    await card.getByRole('button', { name: /发货时间/ }).click();
    await expect(card.getByRole('status')).toHaveText('已复制，可在聊天窗口粘贴');
    await snap(deskA, 'briefing-card-zh');
    await toEnglish(deskA);
    await expect(deskA.getByRole('region', { name: 'Morning briefing' })).toContainText('Focus products');
    await snap(deskA, 'briefing-card-en');
    await toChinese(deskA);

    const read = card.getByRole('button', { name: '已读' });
    await read.focus();
    await deskA.keyboard.press('Enter');
    await expect(card).toContainText(/已读 \d\d:\d\d/);
    await expect(card).not.toContainText('北欧实木餐桌');
    await card.getByRole('button', { name: '展开' }).click();
    await expect(card).toContainText('北欧实木餐桌 1.4 米款');
    await card.getByRole('button', { name: '收起' }).click();
    await snap(deskA, 'briefing-read-zh');
    await syncNow(deskA);
  });

  await test.step('the supervisor sees her among those who read it', async () => {
    await syncNow(deskB);
    await deskB.goto('/#/orders');
    await deskB.goto('/#/today');
    const reads = deskB.locator('.briefing-reads');
    await expect(reads).toContainText('已读 1 人', { timeout: 15_000 });
    await expect(reads).toContainText('林小雨（KF007）');
    await snap(deskB, 'briefing-reads-zh', deskB.locator('.briefing-editor'));
    await toEnglish(deskB);
    await expect(deskB.locator('.briefing-reads')).toContainText('1 read');
    await snap(deskB, 'briefing-reads-en', deskB.locator('.briefing-editor'));
    await toChinese(deskB);
  });
});
