/**
 * 发票 (issue 17) on one desk through the web host: with a paid order in the reply panel's context,
 * Ctrl+Shift+I opens 发票收集; a company title with a wrong 税号 is refused under the 税号 field with
 * the expected check character, the right one is collected with the order's paid amount; on the
 * 发票 page the invoice is registered, issued (number + date) and emailed; 发票汇总 counts it and its
 * XLSX export parses with exceljs; in English a paper invoice is issued, posted with its tracking
 * number and voided with a reason. zh and en screenshots in docs/screenshots/invoices-*.png.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { creditCodeCheckCharacter } from '../common/invoices/tax-number';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { expect, test } from './app-fixture';
import { fillFirstRun, submitFirstRun } from './support/first-run';
import { webProjectOnly } from './support/web-only';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };

const ORDER_NO = '3321009876543219001';
const BUYER = 'tb_xiaolu88';
const COMPANY = '杭州小鹿家居用品有限公司';
/** A 统一社会信用代码 built with the standard's own check, and the same one with a wrong check character. */
const TAX_HEAD = '91330106MA2B3C4D5';
const TAX_CHECK = creditCodeCheckCharacter(TAX_HEAD)!;
const TAX_NO = `${TAX_HEAD}${TAX_CHECK}`;
const WRONG_CHECK = TAX_CHECK === '0' ? '1' : '0';
const INVOICE_NO = '26332000000012345678';
const PAPER_ORDER_NO = '3321009876543219002';

let host: HostProcess | null = null;

test.afterAll(async () => {
  await host?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `invoices-${name}.png`) });

const scrollToTop = (page: Page) => page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));

test('invoices: collect from the panel (Ctrl+Shift+I), register, issue and email on 发票, export 发票汇总', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs its own desk with its own order');
  host = await startHostProcess(mkdtempSync(join(tmpdir(), 'kefu-e2e-invoices-')));
  const page = await browser.newPage({
    baseURL: host.url,
    viewport: MAIN_SIZE,
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await page.goto('/');
  await fillFirstRun(page, { name: '林小雨', code: 'KF007' });
  await submitFirstRun(page);
  const saved = await host.call('orders.save', {
    orderNo: ORDER_NO,
    buyerNick: BUYER,
    status: 'paid',
    totalFen: 29900,
    paidFen: 29900,
    receiverName: '周一鸣',
    receiverAddress: '浙江省杭州市西湖区文三路 90 号',
    items: [{ title: '北欧实木餐桌 1.4 米', quantity: 1 }],
  });
  expect(saved.ok).toBe(true);
  const paperOrder = await host.call('orders.save', {
    orderNo: PAPER_ORDER_NO,
    buyerNick: BUYER,
    status: 'completed',
    totalFen: 12800,
    paidFen: 12800,
  });
  expect(paperOrder.ok).toBe(true);

  await test.step('panel: Ctrl+Shift+I opens 发票收集 for the order in context, prefilled with ¥299.00', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto(`/#/panel?buyer=${BUYER}&order=${ORDER_NO}`);
    const search = page.getByRole('searchbox');
    await expect(search).toBeFocused();
    await expect(page.locator('.panel-hints')).toContainText('Ctrl+Shift+I');
    await page.keyboard.press('Control+Shift+I');
    const form = page.getByRole('form', { name: '发票收集' });
    await expect(form).toBeVisible();
    await expect(form).toContainText(`订单 ${ORDER_NO}`);
    await expect(form.getByLabel('抬头', { exact: true })).toBeFocused();
    await expect(form.getByLabel('开票金额')).toHaveValue('299.00');
  });

  const form = page.getByRole('form', { name: '发票收集' });

  await test.step('a wrong 税号 is caught as typed and refused on Enter, naming 税号 and the check character', async () => {
    await form.getByRole('radio', { name: '单位' }).check();
    await form.getByLabel('抬头', { exact: true }).fill(COMPANY);
    const tax = form.getByLabel('税号');
    await tax.fill(TAX_HEAD.slice(0, 8));
    await expect(form.getByRole('status')).toHaveText('已输入 8 位，统一社会信用代码共 18 位');
    await tax.fill(`${TAX_HEAD}${WRONG_CHECK}`);
    await expect(form.getByRole('status')).toHaveText(
      `税号校验位不对：第 18 位应为 ${TAX_CHECK}，填的是 ${WRONG_CHECK}`,
    );
    await form.getByLabel('邮箱').fill('finance@xiaolu.example.cn');
    await page.keyboard.press('Enter');
    const error = form
      .locator('.field-invalid')
      .filter({ has: page.getByLabel('税号') })
      .locator('.field-error');
    await expect(error).toContainText('税号');
    await expect(error).toContainText(`第 18 位应为 ${TAX_CHECK}，填的是 ${WRONG_CHECK}`);
    await expect(tax).toBeFocused();
    await shot(page, 'panel-tax-error-zh');
  });

  await test.step('the right 税号 is collected: the panel says so and goes back to the search', async () => {
    await form.getByLabel('税号').fill(TAX_NO.toLowerCase());
    await expect(form.getByRole('status')).toHaveText('税号校验通过');
    await shot(page, 'panel-form-zh');
    await form.getByLabel('税号').press('Enter');
    await expect(form).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: '已记下发票申请（待开）' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  const rows = page.getByRole('table', { name: '发票列表' }).locator('tbody tr');
  const detail = page.getByRole('complementary', { name: '发票详情' });

  await test.step('发票: the request is 待开 on the list; ↓ opens it beside the list', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/invoices');
    await expect(page.getByRole('heading', { name: '发票', level: 1 })).toBeVisible();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(ORDER_NO);
    await expect(rows.first()).toContainText(COMPANY);
    await expect(rows.first()).toContainText('¥299.00');
    await expect(rows.first()).toContainText('待开');
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '已开' });
    await expect(page.getByText('没有符合条件的发票')).toBeVisible();
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '待开' });
    await expect(rows).toHaveCount(1);
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '全部状态' });
    await page.getByRole('searchbox', { name: '搜索' }).fill('小鹿家居');
    await expect(rows).toHaveCount(1);
    await page.getByRole('searchbox', { name: '搜索' }).press('ArrowDown');
    await expect(detail).toBeVisible();
    await expect(detail).toContainText(TAX_NO);
    await expect(detail).toContainText('finance@xiaolu.example.cn');
  });

  await test.step('登记, then 开票 with the number and date, then 发送 to the collected email', async () => {
    const steps = detail.getByRole('group', { name: '下一步' });
    await steps.getByRole('button', { name: '登记' }).click();
    await detail.getByRole('button', { name: '确认登记' }).click();
    await expect(detail.getByRole('status')).toHaveText('已完成：登记');
    await expect(steps.getByRole('button', { name: '登记' })).toHaveCount(0);

    await steps.getByRole('button', { name: '开票' }).click();
    await detail.getByLabel('发票号码').fill('');
    await detail.getByLabel('发票号码').press('Enter');
    await expect(detail.locator('.field-error')).toHaveText('请填写发票号码');
    await detail.getByLabel('发票号码').fill(INVOICE_NO);
    await detail.getByLabel('发票号码').press('Enter');
    await expect(detail.getByRole('status')).toHaveText('已完成：开票');
    await expect(detail.locator('.chip')).toHaveText('已开');
    await expect(detail).toContainText(INVOICE_NO);

    await steps.getByRole('button', { name: '发送' }).click();
    await expect(detail.getByLabel('邮箱')).toHaveValue('finance@xiaolu.example.cn');
    await detail.getByRole('button', { name: '确认发送' }).click();
    await expect(detail.getByRole('status')).toHaveText('已完成：发送');
    await expect(detail.locator('.chip')).toHaveText('已发送');
    await expect(rows.first()).toContainText('已发送');
    await expect(detail.getByRole('group', { name: '下一步' }).getByRole('button')).toHaveText(['作废']);
    await scrollToTop(page);
    await shot(page, 'register-zh');
  });

  await test.step('订单: the order shows its invoice, and 申请发票 opens the same form, for paper too', async () => {
    const order = saved.ok ? (saved.value as { id: string }) : null;
    await page.goto(`/#/orders?id=${order!.id}`);
    const invoices = page.getByRole('region', { name: '发票' });
    await expect(invoices.locator('.order-invoice-row')).toContainText(COMPANY);
    await expect(invoices.locator('.order-invoice-row .chip')).toHaveText('已发送');
    await invoices.getByRole('button', { name: '申请发票' }).click();
    const request = invoices.getByRole('form', { name: '发票收集' });
    await expect(request.getByLabel('抬头', { exact: true })).toBeFocused();
    // Everything paid is already invoiced: nothing is left to prefill.
    await expect(request.getByLabel('开票金额')).toHaveValue('0.00');
    await request.getByLabel('发票类型').selectOption({ label: '纸质普票' });
    await expect(request.getByLabel('邮寄地址')).toBeVisible();
    await expect(request.getByLabel('邮箱')).toHaveCount(0);
    await request.getByLabel('抬头', { exact: true }).fill('周一鸣');
    await request.getByLabel('邮寄地址').fill('浙江省杭州市西湖区文三路 90 号');
    await request.getByLabel('邮寄地址').press('Enter');
    await expect(request.locator('.field-error')).toHaveText('开票金额要大于 0');
    await shot(page, 'order-zh');
    await request.getByLabel('邮寄地址').press('Escape');
    await expect(request).toBeHidden();
    await expect(invoices.getByRole('button', { name: '申请发票' })).toBeVisible();
    await page.goto('/#/invoices');
  });

  const summary = page.locator('.invoice-summary');

  await test.step('发票汇总: today counts the invoice collected and issued; XLSX export parses', async () => {
    await page.getByRole('link', { name: '发票汇总' }).click();
    await expect(page.getByRole('heading', { name: /^发票汇总/ })).toBeVisible();
    const figures = page.getByRole('list', { name: '汇总数字' });
    await expect(figures.locator('li').filter({ hasText: '收集' })).toContainText('1 张');
    await expect(figures.locator('li').filter({ hasText: '收集' })).toContainText('¥299.00');
    await expect(figures.locator('li').filter({ hasText: '开票' })).toContainText('1 张');
    await expect(
      page
        .getByRole('table', { name: /按状态/ })
        .locator('tr')
        .filter({ hasText: '已发送·已寄出' }),
    ).toContainText('¥299.00');
    await expect(
      page.getByRole('table', { name: '按类型' }).locator('tr').filter({ hasText: '电子普票' }),
    ).toContainText('1 张 · ¥299.00');

    await page.getByRole('radio', { name: '按周' }).click();
    await expect(
      page.getByRole('heading', { name: /^发票汇总 · \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/ }),
    ).toBeVisible();
    await expect(figures.locator('li').filter({ hasText: '收集' })).toContainText('1 张');
    await page.getByRole('radio', { name: '按日' }).click();
    const waiting = page.waitForEvent('download');
    await summary.getByRole('group', { name: '导出' }).getByRole('button', { name: 'Excel (XLSX)' }).click();
    const file = await waiting;
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(
      file.suggestedFilename(),
    );
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = join(mkdtempSync(join(tmpdir(), 'kefu-invoices-')), file.suggestedFilename());
    await file.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('发票抬头');
    expect(header).toContain('税号');
    expect(sheet.rowCount).toBe(2);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(cell('发票抬头')).toBe(COMPANY);
    expect(cell('税号')).toBe(TAX_NO);
    expect(cell('订单号')).toBe(ORDER_NO);
    expect(cell('发票号码')).toBe(INVOICE_NO);
    expect(String(cell('状态'))).toMatch(/已发送/);
    expect(Number(cell('开票金额（元）'))).toBe(299);
    await scrollToTop(page);
    await shot(page, 'summary-zh');
  });

  await test.step('English: the summary, the register and the panel form', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Figures' }).locator('li').filter({ hasText: 'Collected' }),
    ).toContainText('1 invoice');
    await shot(page, 'summary-en');
    await page.getByRole('link', { name: 'Register' }).click();
    await page.getByRole('table', { name: 'Invoice list' }).locator('tbody tr').first().click();
    await expect(page.getByRole('complementary', { name: 'Invoice detail' })).toContainText('Emailed');
    await shot(page, 'register-en');

    await page.setViewportSize(PANEL_SIZE);
    await page.goto(`/#/panel?buyer=${BUYER}&order=${ORDER_NO}`);
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Control+Shift+I');
    const english = page.getByRole('form', { name: 'Collect an invoice request' });
    await expect(english).toBeVisible();
    // The whole order is invoiced: nothing is left to prefill, and the cap says so.
    await expect(english.getByLabel('Amount')).toHaveValue('0.00');
    await english.getByRole('radio', { name: 'Company' }).check();
    await english.getByLabel('Invoice title', { exact: true }).fill(COMPANY);
    await english.getByLabel('Tax number').fill(`${TAX_HEAD}${WRONG_CHECK}`);
    await expect(english.getByRole('status')).toContainText(
      `the 18th should be ${TAX_CHECK}, not ${WRONG_CHECK}`,
    );
    await shot(page, 'panel-form-en');
    await page.keyboard.press('Escape');
    await expect(english).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  await test.step('English, a paper invoice: issued, posted with its tracking number, then voided with a reason', async () => {
    const collected = await host!.call('invoices.collect', {
      orderNo: PAPER_ORDER_NO,
      titleKind: 'personal',
      title: '周一鸣',
      kind: 'paper',
      postAddress: '浙江省杭州市西湖区文三路 90 号',
      source: 'order_page',
    });
    expect(collected.ok).toBe(true);
    const { invoice } = (collected as { ok: true; value: { invoice: { id: string } } }).value;
    await page.setViewportSize(MAIN_SIZE);
    await page.goto(`/#/invoices?id=${invoice.id}`);
    const paper = page.getByRole('complementary', { name: 'Invoice detail' });
    await expect(paper).toContainText('Paper invoice · ¥128.00');
    const steps = paper.getByRole('group', { name: 'Next step' });
    await steps.getByRole('button', { name: 'Issue' }).click();
    await paper.getByLabel('Invoice no.').fill('26332000000012345679');
    await paper.getByRole('button', { name: 'Confirm: Issue' }).click();
    await expect(paper.locator('.chip')).toHaveText('Issued');

    await steps.getByRole('button', { name: 'Post' }).click();
    await paper.getByLabel('Tracking no.').press('Enter');
    await expect(paper.locator('.field-error')).toHaveText('Tracking no. is required');
    await paper.getByLabel('Tracking no.').fill('yt 1234 5678 9012');
    await paper.getByLabel('Tracking no.').press('Enter');
    await expect(paper.locator('.chip')).toHaveText('Posted');
    await expect(paper).toContainText('YT123456789012');

    await steps.getByRole('button', { name: 'Void' }).click();
    await paper.getByRole('button', { name: 'Confirm: Void' }).click();
    await expect(paper.locator('.field-error')).toHaveText('Void reason is required');
    await paper.getByLabel('Void reason').fill('Wrong title, reissued');
    await paper.getByLabel('Void reason').press('Enter');
    await expect(paper.locator('.chip')).toHaveText('Void');
    await expect(paper).toContainText('Void: nothing more to do');
    await expect(paper).toContainText('Wrong title, reissued');
  });
});
