/**
 * 订单 / 任务 / 客户 / 退换货 in the web host, as an agent's day goes: import the Taobao "已卖出的宝贝"
 * export through the UI (dry run, then 确认导入) → the rules create 催付 / 核对收件信息 / 物流跟进
 * tasks → flag an order red with a reason and see 工号 and time in its history → complete a task →
 * log an inquiry from the reply panel with Ctrl+I → it is on the buyer's page; a return is
 * registered in the day table; zh and en screenshots.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');

const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };
const DATE_TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/;

const openTasks = async (page: Page) => {
  await page.goto('/#/tasks');
  await expect(page.getByRole('heading', { name: '任务', level: 1 })).toBeVisible();
};

/** The page area scrolls, not the window: back to the top before a full-window screenshot. */
const scrollToTop = (page: Page) => page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));

const taskRow = (page: Page, kind: string, orderNo: string) =>
  page.locator('.task-row').filter({ hasText: kind }).filter({ hasText: orderNo });

test('orders, tasks, customers and returns: import, rules, remark flag, inquiry from the panel', async ({
  app,
}) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) {
    throw new Error(
      `The Taobao order fixture is missing: expected ${FIXTURE} (../shared/fixtures from the repo)`,
    );
  }
  await setUpInChinese(page);

  await test.step('订单: import the Taobao export through the dry run; 8 orders are listed', async () => {
    await page.goto('/#/orders');
    await expect(page.getByRole('heading', { name: '订单', level: 1 })).toBeVisible();
    await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report).toBeVisible();
    await expect(report.locator('.import-counts')).toContainText('新增 8');
    await expect(report.locator('.import-counts')).toContainText('无效 0');
    await report.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toContainText('新增 8');
    const rows = page.getByRole('table', { name: '订单列表' }).locator('tbody tr');
    await expect(rows).toHaveCount(8);
    await expect(rows.filter({ hasText: '3321009876543210001' })).toContainText('待付款');
    await expect(rows.filter({ hasText: '3321009876543210001' })).toContainText('¥128.00');
    // The export's own remark "[红旗] 改地址 工号007 …" keeps its flag.
    await expect(rows.filter({ hasText: '3321009876543210004' })).toContainText('红旗');
    await scrollToTop(page);
    await app.snap('orders-zh');
    await page.getByRole('checkbox', { name: '未付款' }).check();
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('3321009876543210001');
    await page.getByRole('checkbox', { name: '未付款' }).uncheck();
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '已发货' });
    await expect(rows).toHaveCount(3);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(rows).toHaveCount(8);
  });

  await test.step('re-importing the same file changes nothing', async () => {
    await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report.locator('.import-counts')).toContainText('未变 8');
    await expect(report.getByRole('button', { name: '确认导入' })).toBeDisabled();
    await report.getByRole('button', { name: '取消' }).click();
  });

  await test.step('two exports joined: identical rows are skipped and counted as 重复行', async () => {
    const exported = readFileSync(FIXTURE);
    // GBK never uses CR or LF inside a character: the byte split is a line split.
    const bodyStart = exported.indexOf('\n') + 1;
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-orders-')), 'joined.csv');
    writeFileSync(file, Buffer.concat([exported, Buffer.from('\r\n'), exported.subarray(bodyStart)]));
    await page.locator('.order-import input[type=file]').setInputFiles(file);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report.locator('.import-counts')).toContainText('重复行 8（已跳过）');
    await expect(report.locator('.import-counts')).toContainText('未变 8');
    await expect(report.locator('.import-counts')).toContainText('无效 0');
    await report.getByRole('button', { name: '取消' }).click();
  });

  await test.step('a generic file: map its columns, see the broken row with row, column and reason', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-orders-')), 'hand-made.csv');
    writeFileSync(
      file,
      [
        '编号,客户,交易状态,金额',
        '9000000000000000001,手工买家,交易成功,12.50',
        '9000000000000000002,手工买家,待审核,8',
      ].join('\n'),
    );
    await page.locator('.order-import input[type=file]').setInputFiles(file);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report.getByRole('heading', { name: '对应列' })).toBeVisible();
    await expect(report.getByRole('button', { name: '按此对应预览' })).toBeDisabled();
    await report.getByLabel('订单编号').selectOption('编号');
    await report.getByLabel('订单状态').selectOption('交易状态');
    await report.getByLabel('买家昵称').selectOption('客户');
    await report.getByLabel('总金额').selectOption('金额');
    await report.getByRole('button', { name: '按此对应预览' }).click();
    await expect(report.locator('.import-counts')).toContainText('无效 1');
    const invalid = report.locator('.report-table').first().locator('tbody tr');
    await expect(invalid).toHaveCount(1);
    await expect(invalid).toContainText('3');
    await expect(invalid).toContainText('交易状态');
    await expect(invalid).toContainText('无法识别的订单状态“待审核”');
    await expect(report.getByRole('button', { name: '确认导入' })).toBeDisabled();
    await report.getByRole('button', { name: '取消' }).click();
    await expect(page.getByRole('table', { name: '订单列表' }).locator('tbody tr')).toHaveCount(8);
  });

  await test.step('任务: the rules made 催付, 核对收件信息 and 物流跟进 tasks; the sidebar counts them', async () => {
    await openTasks(page);
    await expect(taskRow(page, '催付', '3321009876543210001')).toBeVisible();
    await expect(taskRow(page, '核对收件信息', '3321009876543210002')).toBeVisible();
    await expect(taskRow(page, '物流跟进', '3321009876543210003')).toBeVisible();
    await expect(page.locator('.nav-badge')).toHaveText(/^\d+$/);
    await scrollToTop(page);
    await app.snap('tasks-zh');
  });

  await test.step('quick reply opens the panel searching the task’s phrases for its buyer', async () => {
    await taskRow(page, '催付', '3321009876543210001').getByRole('button', { name: '回复' }).click();
    await expect(page).toHaveURL(/#\/panel\?q=/);
    await expect(page.getByRole('searchbox')).toHaveValue('催付');
    await expect(page.getByRole('group', { name: '当前买家' }).getByRole('textbox').first()).toHaveValue(
      '小橘子爱喝茶',
    );
    await page.getByRole('searchbox').press('Escape');
    // Back on the list, on the task the reply was for.
    await expect(page).toHaveURL(/#\/tasks\?task=[\w-]+$/);
    await expect(taskRow(page, '催付', '3321009876543210001')).toBeFocused();
  });

  await test.step('备注 + 小红旗: flag an order red with a reason; the history shows 工号 and time', async () => {
    await page.goto('/#/orders');
    await page.getByRole('button', { name: '3321009876543210002' }).click();
    const detail = page.getByRole('complementary', { name: '订单详情' });
    await expect(detail.getByRole('heading', { name: '订单 3321009876543210002' })).toBeVisible();
    await detail.getByRole('radio', { name: '红旗' }).check();
    await detail.getByLabel('备注内容').fill('买家要求改发顺丰，已补运费差价');
    await detail.getByRole('button', { name: '保存备注' }).click();
    await expect(detail.getByText('请填写修改原因')).toBeVisible();
    await detail.getByLabel('修改原因').fill('买家旺旺要求改快递');
    await detail.getByRole('button', { name: '保存备注' }).click();
    const entry = detail.getByRole('list', { name: '修改记录' }).getByRole('listitem').first();
    await expect(entry).toContainText('工号 KF');
    await expect(entry).toContainText(DATE_TIME);
    await expect(entry).toContainText('原因：买家旺旺要求改快递');
    await expect(entry).toContainText('红旗');
    const row = page
      .getByRole('table', { name: '订单列表' })
      .locator('tbody tr', { hasText: '3321009876543210002' });
    await expect(row).toContainText('红旗');
    await detail.getByRole('button', { name: '核对收件信息' }).click();
    await expect(detail.locator('.verified-note')).toContainText(
      /已核对：KF\w+ · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
    );
    await scrollToTop(page);
    await detail.locator('.remark-editor').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await app.snap('order-detail-zh');
  });

  await test.step('a refused status change shows the host’s reason', async () => {
    await page.getByRole('button', { name: '3321009876543210006' }).click();
    const detail = page.getByRole('complementary', { name: '订单详情' });
    await expect(detail.getByRole('heading', { name: '订单 3321009876543210006' })).toBeVisible();
    await detail.getByLabel('改为').selectOption({ label: '已付款' });
    await detail.getByRole('button', { name: '更改状态' }).click();
    await expect(detail.getByRole('alert')).toContainText('交易关闭');
  });

  await test.step('complete a task with one click, snooze another with S', async () => {
    await openTasks(page);
    const urge = taskRow(page, '催付', '3321009876543210001');
    await urge.getByRole('button', { name: '完成' }).click();
    await expect(urge).toHaveCount(0);
    await page.getByLabel('显示已完成').check();
    await expect(
      page.locator('.task-group-closed .task-row').filter({ hasText: '3321009876543210001' }),
    ).toContainText('已完成');
    await page.getByLabel('显示已完成').uncheck();
    const logistics = taskRow(page, '物流跟进', '3321009876543210003');
    await logistics.click();
    await page.keyboard.press('s');
    await expect(
      page.locator('.task-group-snoozed .task-row').filter({ hasText: '3321009876543210003' }),
    ).toBeVisible();
  });

  await test.step('投诉: a complaint task walks the six steps in order; done only after the last', async () => {
    await page.getByRole('button', { name: '新建任务' }).click();
    const form = page.locator('form.task-form');
    await form.getByLabel('任务内容').fill('买家投诉发货慢，情绪激动');
    await form.getByLabel('类型').selectOption({ label: '投诉' });
    await form.getByLabel('优先级').selectOption({ label: '紧急' });
    await form.getByRole('button', { name: '创建任务' }).click();
    await expect(page.getByRole('status').filter({ hasText: '任务已创建' })).toBeVisible();
    const complaint = page.locator('.task-row').filter({ hasText: '买家投诉发货慢' });
    await expect(complaint.locator('.complaint-steps')).toContainText('0/6');
    await complaint.getByRole('button', { name: '完成' }).click();
    await expect(page.getByRole('alert')).toContainText('投诉处理六步还没有全部完成');
    // Controlled by the host's answer: a step out of order is refused and stays unticked.
    await complaint.getByRole('checkbox', { name: '真诚道歉' }).click();
    await expect(page.getByRole('alert')).toContainText('请按顺序处理投诉');
    await expect(complaint.getByRole('checkbox', { name: '真诚道歉' })).not.toBeChecked();
    for (const step of [
      '让买家发泄情绪',
      '真诚道歉',
      '收集信息、了解事实',
      '提出解决方案',
      '征求买家意见',
      '跟踪回访',
    ]) {
      await complaint.getByRole('checkbox', { name: step }).click();
      await expect(complaint.getByRole('checkbox', { name: step })).toBeChecked();
    }
    await expect(complaint.locator('.complaint-steps')).toContainText('6/6');
    await complaint.getByRole('button', { name: '完成' }).click();
    await expect(complaint).toHaveCount(0);
  });

  await test.step('reply panel: Ctrl+I logs an inquiry for the buyer in the context line', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto('/#/panel');
    const search = page.getByRole('searchbox');
    await expect(search).toBeFocused();
    await page.getByRole('group', { name: '当前买家' }).getByPlaceholder('旺旺昵称').fill('小橘子爱喝茶');
    await search.focus();
    await page.keyboard.press('Control+i');
    const form = page.getByRole('form', { name: '记录询单' });
    await expect(form).toBeVisible();
    await expect(form).toContainText('买家：小橘子爱喝茶');
    await expect(form.getByLabel('咨询商品')).toBeFocused();
    await form.getByLabel('咨询商品').fill('翡翠平安扣吊坠');
    await form.getByRole('radio', { name: '未成交' }).check();
    await form.getByLabel('流失原因').selectOption({ label: '价格' });
    await form.getByLabel('备注').fill('觉得贵，想等活动');
    await app.snap('panel-inquiry-zh');
    await form.getByLabel('备注').press('Control+Enter');
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '已记录询单' })).toBeVisible();
    await expect(search).toBeFocused();
  });

  await test.step('客户: the buyer’s page lists the inquiry, both orders and the tasks', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/customers/inquiries');
    const day = page.getByRole('table', { name: /询单记录/ });
    await expect(day.locator('tbody tr').filter({ hasText: '翡翠平安扣吊坠' })).toContainText('未成交');
    await expect(page.locator('.inquiry-counts')).toContainText('未成交 1');
    await page.goto('/#/customers');
    await page.getByRole('searchbox', { name: '搜索客户' }).fill('小橘子');
    await page.getByRole('button', { name: /小橘子爱喝茶/ }).click();
    const detail = page.getByRole('article', { name: '客户详情' });
    await expect(detail.getByRole('heading', { name: '小橘子爱喝茶' })).toBeVisible();
    const inquiries = detail.locator('.customer-inquiries');
    await expect(inquiries).toContainText('翡翠平安扣吊坠');
    await expect(inquiries).toContainText('未成交');
    await expect(inquiries).toContainText('价格');
    await expect(detail).toContainText('3321009876543210001');
    await expect(detail).toContainText('3321009876543210008');
    await detail.getByLabel('客户类型').selectOption({ label: '讲价型' });
    await detail.getByRole('checkbox', { name: '低价怕质量差' }).check();
    await detail.getByRole('button', { name: '保存资料' }).click();
    await expect(detail.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    await detail.getByRole('button', { name: '新建任务' }).click();
    const taskForm = page.locator('form.task-form');
    await taskForm.getByLabel('任务内容').fill('活动开始时提醒小橘子下单');
    await taskForm.getByLabel('类型', { exact: true }).selectOption({ label: '回访' });
    await taskForm.getByRole('button', { name: '创建任务' }).click();
    await expect(
      detail.locator('.record-list').filter({ hasText: '活动开始时提醒小橘子下单' }),
    ).toBeVisible();
    await scrollToTop(page);
    await app.snap('customer-zh');
  });

  await test.step('退换货登记: register a return; it is in today’s table', async () => {
    await page.goto('/#/orders/returns');
    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByLabel('订单号').fill('3321009876543210003');
    await page.getByLabel('类型').selectOption({ label: '退货' });
    await page.getByLabel('原因', { exact: true }).fill('尺寸不合适，买家七天无理由退货');
    await page.getByLabel('退回单号').fill('yt9000000000001');
    await page.getByLabel('退款金额').fill('56');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const row = page.locator('.return-table tbody tr').filter({ hasText: '3321009876543210003' });
    await expect(row).toContainText('雨后彩虹_');
    await expect(row).toContainText('YT9000000000001');
    await expect(row).toContainText('¥56.00');
    await expect(row).toContainText('KF');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await scrollToTop(page);
    await app.snap('returns-zh');
  });

  await test.step('新建订单 by hand: the order opens and the rules add its 催付 task', async () => {
    await page.goto('/#/orders');
    await page.getByRole('button', { name: '新建订单' }).click();
    const form = page.locator('form.order-form');
    await form.getByLabel('订单号').fill('9100000000000000001');
    await form.getByLabel('买家', { exact: true }).fill('电话下单的王阿姨');
    await form.getByLabel('总金额').fill('1o8');
    await form.getByRole('button', { name: '保存订单' }).click();
    await expect(form.getByText('请输入金额')).toBeVisible();
    await form.getByLabel('总金额').fill('108');
    await form.getByLabel('商品与数量').fill('和田玉手镯');
    await form.getByRole('button', { name: '保存订单' }).click();
    const detail = page.getByRole('complementary', { name: '订单详情' });
    await expect(detail.getByRole('heading', { name: '订单 9100000000000000001' })).toBeVisible();
    await expect(detail).toContainText('¥108.00');
    await openTasks(page);
    await expect(taskRow(page, '催付', '9100000000000000001')).toBeVisible();
  });

  await test.step('English: orders and tasks relabel live', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await page.goto('/#/orders');
    await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Order list' })).toContainText('Unpaid');
    await scrollToTop(page);
    await app.snap('orders-en');
    await page.goto('/#/tasks');
    await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
    await expect(page.locator('.task-row').first()).toBeVisible();
    await scrollToTop(page);
    await app.snap('tasks-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
