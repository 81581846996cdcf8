/**
 * 发票 through two desks and one shop server (issue 17): 林小雨 (售前, desk A) has the paid order
 * 3321009876543210002 from the Taobao export in the reply panel's context, presses Ctrl+Shift+I and
 * collects a company invoice with a valid 税号; it syncs to 陈晓 (订单专员, desk B), whose 今日
 * checklist is the order desk's (发票汇总) and whose 发票 page lists it 待开; she registers it,
 * issues it (number + date) and emails it; 发票汇总 (day) counts it issued and its XLSX export
 * parses with the title, the 税号 and the invoice number; back on A the 发票 page shows it 已发送.
 * Screenshots zh (and the 发票 page on B in en) in docs/screenshots/invoices-team-*.png.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { creditCodeCheckCharacter } from '../common/invoices/tax-number';
import type { HostProcess } from '../electron/webhost/test-support/host-process';
import { expect, test } from './app-fixture';
import { webProjectOnly } from './support/web-only';
import { connect, openDesk, syncNow, toChinese, toEnglish, twoDesks } from './support/two-desks';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const SIZE = { width: 1280, height: 900 };
const PANEL_SIZE = { width: 640, height: 440 };
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');

/** The fixture's paid order (买家已付款，等待卖家发货, ¥299.00). */
const ORDER_NO = '3321009876543210002';
const BUYER = 'tb_88213';
const COMPANY = '南京一鸣文化传媒有限公司';
const TAX_HEAD = '91320106MA1W2X3Y4';
const TAX_NO = `${TAX_HEAD}${creditCodeCheckCharacter(TAX_HEAD)!}`;
const EMAIL = 'caiwu@yiming.example.cn';
const INVOICE_NO = '26322000000087654321';

const lab = twoDesks('invoices-team', {
  presale: { code: 'KF007', name: '林小雨', role: 'agent' },
  orderDesk: { code: 'KF008', name: '陈晓', role: 'agent' },
});

const snap = (page: Page, name: string, part: Locator | Page = page.locator('.app-main')) =>
  part.screenshot({ path: join(SCREENSHOTS, `invoices-team-${name}.png`) });

const scrollToTop = (page: Page) => page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));

/** The position picked in the 今日 welcome, as a new agent does on her first day. */
async function pickPosition(page: Page, position: '售前' | '订单专员'): Promise<void> {
  const welcome = page.locator('.today-welcome');
  await welcome.getByLabel('你的岗位是？今日清单会按岗位准备：').selectOption({ label: position });
  await welcome.getByRole('button', { name: '保存岗位' }).click();
  await expect(welcome.getByRole('status')).toHaveText('岗位已保存');
}

test('售前 collects an invoice from the panel; the 订单专员 registers, issues and emails it; 发票汇总 exports it', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs two web hosts and a server of its own');
  const [hostA, hostB] = lab.hosts as [HostProcess, HostProcess];

  const deskA = await openDesk(
    browser,
    hostA,
    { name: '林小雨', code: 'KF007' },
    { viewport: SIZE, acceptDownloads: true },
  );
  await pickPosition(deskA, '售前');
  await connect(deskA, lab.server!.url, lab.tokens.presale);
  await syncNow(deskA);

  const deskB = await openDesk(
    browser,
    hostB,
    { name: '陈晓', code: 'KF008' },
    { viewport: SIZE, acceptDownloads: true },
  );
  await test.step('陈晓 picks 订单专员: her 今日 checklist is the order desk’s, 发票汇总 included', async () => {
    await pickPosition(deskB, '订单专员');
    const steps = deskB.getByRole('region', { name: '今日步骤' });
    await expect(steps).toContainText('发票汇总');
    // The checklist runs below the window and .app-main clips it: a taller window shoots it whole.
    await deskB.setViewportSize({ width: SIZE.width, height: 1500 });
    await expect(steps.getByText('发票汇总', { exact: true })).toBeVisible();
    await snap(deskB, 'checklist-zh', steps);
    await deskB.setViewportSize(SIZE);
  });
  await connect(deskB, lab.server!.url, lab.tokens.orderDesk);
  await syncNow(deskB);

  await test.step('desk A imports the Taobao export: the paid order is on the desk', async () => {
    await deskA.goto('/#/orders');
    await deskA.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    await deskA
      .getByRole('region', { name: '订单导入预览' })
      .getByRole('button', { name: '确认导入' })
      .click();
    await expect(deskA.getByRole('button', { name: ORDER_NO })).toBeVisible();
  });

  await test.step('panel on A: Ctrl+Shift+I, a company invoice with a valid 税号 is collected', async () => {
    await deskA.setViewportSize(PANEL_SIZE);
    await deskA.goto(`/#/panel?buyer=${BUYER}&order=${ORDER_NO}`);
    await expect(deskA.getByRole('searchbox')).toBeFocused();
    await deskA.keyboard.press('Control+Shift+I');
    const form = deskA.getByRole('form', { name: '发票收集' });
    await expect(form).toBeVisible();
    await expect(form).toContainText(`订单 ${ORDER_NO}`);
    await expect(form.getByLabel('开票金额')).toHaveValue('299.00');
    await form.getByRole('radio', { name: '单位' }).check();
    await form.getByLabel('抬头', { exact: true }).fill(COMPANY);
    await form.getByLabel('税号').fill(TAX_NO);
    await expect(form.getByRole('status')).toHaveText('税号校验通过');
    await form.getByLabel('邮箱').fill(EMAIL);
    await snap(deskA, 'panel-zh', deskA);
    await form.getByLabel('邮箱').press('Enter');
    await expect(form).toBeHidden();
    await expect(deskA.getByRole('status').filter({ hasText: '已记下发票申请（待开）' })).toBeVisible();
    await deskA.setViewportSize(SIZE);
    await deskA.goto('/#/invoices');
    await expect(deskA.getByRole('table', { name: '发票列表' }).locator('tbody tr')).toContainText(['待开']);
    await syncNow(deskA);
  });

  const rowsB = deskB.getByRole('table', { name: '发票列表' }).locator('tbody tr');
  const detailB = deskB.getByRole('complementary', { name: '发票详情' });

  await test.step('desk B: the 发票 page lists A’s request 待开', async () => {
    await syncNow(deskB);
    await deskB.goto('/#/orders');
    await deskB.goto('/#/invoices');
    await expect(deskB.getByRole('heading', { name: '发票', level: 1 })).toBeVisible();
    await expect(rowsB).toHaveCount(1, { timeout: 15_000 });
    await expect(rowsB.first()).toContainText(ORDER_NO);
    await expect(rowsB.first()).toContainText(COMPANY);
    await expect(rowsB.first()).toContainText('¥299.00');
    await expect(rowsB.first()).toContainText('待开');
    await rowsB.first().click();
    await expect(detailB).toContainText(TAX_NO);
    await expect(detailB).toContainText(EMAIL);
    // The list's 买家 column folds away beside the detail; the detail names the buyer.
    await expect(detailB.locator('dd').filter({ hasText: BUYER })).toBeVisible();
    await expect(detailB.locator('.chip')).toHaveText('待开');
    // 经过 names who collected it: desk B knows A's agent from the shop's roster.
    await expect(
      detailB.locator('.detail-grid-row').filter({ has: deskB.locator('dt', { hasText: /^收集$/ }) }),
    ).toContainText('林小雨 KF007');
    await scrollToTop(deskB);
    await snap(deskB, 'pending-zh');
    await toEnglish(deskB);
    await expect(deskB.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
    await expect(deskB.getByRole('complementary', { name: 'Invoice detail' })).toContainText(TAX_NO);
    await snap(deskB, 'pending-en');
    await toChinese(deskB);
    await expect(deskB.getByRole('heading', { name: '发票', level: 1 })).toBeVisible();
  });

  await test.step('desk B registers it, issues it (number + date) and emails it', async () => {
    const steps = detailB.getByRole('group', { name: '下一步' });
    await steps.getByRole('button', { name: '登记' }).click();
    await detailB.getByRole('button', { name: '确认登记' }).click();
    await expect(detailB.getByRole('status')).toHaveText('已完成：登记');

    await steps.getByRole('button', { name: '开票' }).click();
    await detailB.getByLabel('发票号码').fill(INVOICE_NO);
    await detailB.getByLabel('发票号码').press('Enter');
    await expect(detailB.getByRole('status')).toHaveText('已完成：开票');
    await expect(detailB.locator('.chip')).toHaveText('已开');
    await expect(detailB).toContainText(INVOICE_NO);

    await steps.getByRole('button', { name: '发送' }).click();
    await expect(detailB.getByLabel('邮箱')).toHaveValue(EMAIL);
    await detailB.getByRole('button', { name: '确认发送' }).click();
    await expect(detailB.getByRole('status')).toHaveText('已完成：发送');
    await expect(detailB.locator('.chip')).toHaveText('已发送');
    await expect(rowsB.first()).toContainText('已发送');
    // The detail whole, its history included (it runs below the window).
    await snap(deskB, 'sent-zh', detailB);
    await syncNow(deskB);
  });

  await test.step('发票汇总 on B: today counts it issued; the XLSX export has the title, 税号 and number', async () => {
    await deskB.getByRole('link', { name: '发票汇总' }).click();
    await expect(deskB.getByRole('heading', { name: /^发票汇总/ })).toBeVisible();
    await expect(deskB.getByRole('radio', { name: '按日' })).toBeChecked();
    const figures = deskB.getByRole('list', { name: '汇总数字' });
    await expect(figures.locator('li').filter({ hasText: '收集' })).toContainText('1 张');
    await expect(figures.locator('li').filter({ hasText: '开票' })).toContainText('1 张');
    await expect(figures.locator('li').filter({ hasText: '开票' })).toContainText('¥299.00');
    const summary = deskB.locator('.invoice-summary');
    const waiting = deskB.waitForEvent('download');
    await summary.getByRole('group', { name: '导出' }).getByRole('button', { name: 'Excel (XLSX)' }).click();
    const file = await waiting;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = join(mkdtempSync(join(tmpdir(), 'kefu-invoices-team-')), file.suggestedFilename());
    await file.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(2);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(cell('发票抬头')).toBe(COMPANY);
    expect(cell('税号')).toBe(TAX_NO);
    expect(cell('发票号码')).toBe(INVOICE_NO);
    expect(cell('订单号')).toBe(ORDER_NO);
    expect(String(cell('状态'))).toMatch(/已发送/);
    await scrollToTop(deskB);
    await snap(deskB, 'summary-zh');
  });

  await test.step('back on A, after sync, the 发票 page shows it 已发送 with B’s invoice number', async () => {
    await syncNow(deskA);
    await deskA.goto('/#/orders');
    await deskA.goto('/#/invoices');
    const rowsA = deskA.getByRole('table', { name: '发票列表' }).locator('tbody tr');
    await expect(rowsA).toHaveCount(1);
    await expect(rowsA.first()).toContainText('已发送', { timeout: 15_000 });
    await rowsA.first().click();
    const detailA = deskA.getByRole('complementary', { name: '发票详情' });
    await expect(detailA.locator('.chip')).toHaveText('已发送');
    await expect(detailA).toContainText(INVOICE_NO);
    await scrollToTop(deskA);
    await snap(deskA, 'sent-on-a-zh');
  });
});
