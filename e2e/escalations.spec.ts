/**
 * 升级处理 through two desks and one shop server: 林小雨 (agent, desk A) escalates a complaint
 * task to the supervisor with the reason and what the buyer wants; 周主管 (supervisor, desk B)
 * finds it in the 升级 queue (with the badge), answers with an instruction; back on A the task
 * shows the answer, the 升级 page lists it answered and she closes it; then she escalates an order
 * from its detail and a return case from its row, each then showing the case waiting. Screenshots zh and en in
 * docs/screenshots/escalations-*.png.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { HostProcess } from '../electron/webhost/test-support/host-process';
import { expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { syncedDesk, syncNow, toChinese, toEnglish, twoDesks } from './support/two-desks';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const SIZE = { width: 1280, height: 900 };
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');

const lab = twoDesks('escalations', {
  agent: { code: 'KF007', name: '林小雨', role: 'agent' },
  supervisor: { code: 'KF001', name: '周主管', role: 'supervisor' },
});

const snap = (page: Page, name: string, part = page.locator('.app-main')) =>
  part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

test('the agent escalates a complaint; the supervisor answers; the agent sees the answer and closes it', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs two web hosts and a server of its own');
  const [hostA, hostB] = lab.hosts as [HostProcess, HostProcess];

  const deskA = await syncedDesk(browser, lab, hostA, 'agent', { viewport: SIZE });
  const deskB = await syncedDesk(browser, lab, hostB, 'supervisor', { viewport: SIZE });

  const complaint = deskA.locator('.task-row').filter({ hasText: '买家投诉发错颜色' });
  await test.step('the agent escalates a complaint task with the reason and what the buyer wants', async () => {
    await deskA.goto('/#/tasks');
    await deskA.getByRole('button', { name: '新建任务' }).click();
    const form = deskA.locator('form.task-form');
    await form.getByLabel('任务内容').fill('买家投诉发错颜色');
    await form.getByLabel('类型').selectOption({ label: '投诉' });
    await form.getByRole('button', { name: '创建任务' }).click();
    await complaint.getByRole('checkbox', { name: '让买家发泄' }).click();
    await expect(complaint.getByRole('checkbox', { name: '让买家发泄' })).toBeChecked();

    await complaint.getByRole('button', { name: '升级' }).click();
    const dialog = deskA.getByRole('dialog', { name: '升级给主管' });
    await expect(dialog.getByLabel('升级原因')).toBeFocused();
    // Reason is required: refused, named, nothing written.
    await dialog.getByRole('button', { name: '提交升级' }).click();
    await expect(dialog).toContainText('请填写升级原因');
    await dialog.getByLabel('升级原因').fill('买家要求三倍赔偿，超出我的权限');
    await dialog.getByLabel('买家诉求').fill('退款并赔偿');
    await snap(deskA, 'escalations-form-zh', dialog);
    await deskA.keyboard.press('Control+Enter');
    await expect(dialog).toHaveCount(0);
    await expect(complaint.locator('.source-escalation')).toContainText('待处理');
    await expect(complaint.locator('.source-escalation')).toContainText('等待主管处理');
    await syncNow(deskA);
  });

  await test.step('the supervisor finds it in the queue, with the badge, and answers', async () => {
    await syncNow(deskB);
    await deskB.goto('/#/escalations');
    const navItem = deskB.locator('.nav-item', { hasText: '升级' });
    await expect(navItem.locator('.nav-badge')).toHaveText('1', { timeout: 15_000 });
    const item = deskB.locator('.escalation-item').filter({ hasText: '买家要求三倍赔偿' });
    await expect(item).toContainText('待处理');
    await expect(item).toContainText('退款并赔偿');
    await expect(item).toContainText('投诉处理进度1/6 步');
    await expect(item).toContainText('客服：');
    await item.getByLabel('回复').fill('同意补偿 20 元无门槛券，先安抚买家');
    await snap(deskB, 'escalations-queue-zh');
    await item.getByRole('button', { name: '发送处理意见' }).click();
    await expect(item).toContainText('已回复');
    await expect(item).toContainText('主管意见：同意补偿 20 元无门槛券');
    await expect(navItem.locator('.nav-badge')).toHaveCount(0);
    await toEnglish(deskB);
    await expect(deskB.getByRole('heading', { name: 'Escalation queue' })).toBeVisible();
    await snap(deskB, 'escalations-queue-en');
    await toChinese(deskB);
    await syncNow(deskB);
  });

  await test.step('the agent’s task shows the answer; the 升级 page lists it and she closes it', async () => {
    await syncNow(deskA);
    await deskA.goto('/#/orders');
    await deskA.goto('/#/tasks');
    await expect(complaint.locator('.source-escalation')).toContainText('主管意见：同意补偿 20 元无门槛券', {
      timeout: 15_000,
    });
    await expect(complaint.locator('.source-escalation')).toContainText('已回复');
    await snap(deskA, 'escalations-task-answer-zh', complaint);
    await complaint.getByRole('link', { name: /升级处理/ }).click();
    const item = deskA.locator('.escalation-item').filter({ hasText: '买家要求三倍赔偿' });
    await expect(item).toContainText('已回复');
    await expect(item.getByLabel('回复')).toHaveCount(0);
    await toEnglish(deskA);
    await expect(deskA.getByRole('heading', { name: 'My escalations' })).toBeVisible();
    await snap(deskA, 'escalations-mine-en');
    await toChinese(deskA);
    await item.getByRole('button', { name: '关闭' }).click();
    await expect(item).toContainText('已关闭');
    await syncNow(deskA);
  });

  await test.step('an order is escalated from its detail and shows its status there', async () => {
    await deskA.goto('/#/orders');
    await deskA.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    await deskA
      .getByRole('region', { name: '订单导入预览' })
      .getByRole('button', { name: '确认导入' })
      .click();
    await deskA.getByRole('button', { name: '3321009876543210002' }).click();
    const detail = deskA.getByRole('complementary', { name: '订单详情' });
    const section = detail.getByRole('region', { name: '升级处理' });
    await section.getByRole('button', { name: '升级' }).click();
    const dialog = deskA.getByRole('dialog', { name: '升级给主管' });
    await dialog.getByLabel('升级原因').fill('买家要改地址到外省，已发货');
    await dialog.getByRole('button', { name: '提交升级' }).click();
    await expect(section).toContainText('待处理');
    await expect(section).toContainText('等待主管处理');
  });

  await test.step('a return case is escalated from its row in the day’s register', async () => {
    await deskA.goto('/#/orders/returns');
    await deskA.getByRole('button', { name: '登记退换货' }).click();
    const form = deskA.locator('form.return-form');
    await form.getByLabel('订单号').fill('3321009876543210003');
    await form.getByLabel('原因').fill('颜色与图片不符');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    const row = deskA.locator('.return-table tbody tr').filter({ hasText: '颜色与图片不符' });
    await row.getByRole('button', { name: '升级' }).click();
    const dialog = deskA.getByRole('dialog', { name: '升级给主管' });
    await dialog.getByLabel('升级原因').fill('买家坚持全额退款不退货');
    await dialog.getByLabel('买家诉求').fill('仅退款');
    await dialog.getByLabel('买家诉求').press('Control+Enter');
    await expect(row).toContainText('升级处理 · 待处理');
    await snap(deskA, 'escalations-return-zh', deskA.locator('.return-table'));
  });
});
