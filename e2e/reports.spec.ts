/**
 * 报表 in the web host: import the Taobao export, log two inquiries from the reply panel (成交
 * linked to a paid fixture order, 未成交 for 价格), open Reports for today and read the figures
 * (询单转化率 with one decimal, the loss reason, 客单价), then export XLSX, CSV and JSON as downloads
 * and parse each file; zh and en screenshots.
 *
 * The web host is shared by every spec of a run and other specs log inquiries today for the same
 * agent: the figures are read before and asserted as what this spec adds. Run alone (a fresh
 * host), that is exactly 询单 2, 成交 1, 50.0%, 价格 1, 客单价 ¥299.00.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const root = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = join(root, '../shared/fixtures/taobao-orders-sample.csv');
const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };
/** A paid (等待卖家发货) order of the fixture: ¥299.00 paid by tb_88213. */
const PAID_ORDER = '3321009876543210002';

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`);

async function openReports(page: Page) {
  await page.setViewportSize(MAIN_SIZE);
  await page.goto('/#/reports');
  await expect(page.locator('.report-figures').first()).toBeVisible();
}

async function readFigures(page: Page) {
  const lossTable = page.getByRole('table', { name: '流失原因' });
  const priceCount = lossTable.locator('tbody tr').filter({ hasText: '价格' }).locator('td').nth(1);
  return {
    inquiries: Number(await figure(page, 'inquiries').innerText()),
    converted: Number(await figure(page, 'converted').innerText()),
    price: Number(await priceCount.innerText()),
  };
}

async function logInquiry(
  page: Page,
  hash: string,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.setViewportSize(PANEL_SIZE);
  await page.goto(hash);
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.press('Control+i');
  const form = page.getByRole('form', { name: '记录询单' });
  await fill(form);
  await form.getByLabel('备注').press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: '已记录询单' })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ file: Download; path: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出' }).getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'kefu-report-')), file.suggestedFilename());
  await file.saveAs(path);
  return { file, path };
}

test('reports: today’s figures after two inquiries, and XLSX / CSV / JSON downloads that parse', async ({
  app,
}) => {
  const { page } = app;
  if (!existsSync(FIXTURE)) throw new Error(`The Taobao order fixture is missing: expected ${FIXTURE}`);
  await setUpInChinese(page);

  await test.step('订单: the Taobao export is imported (or already was)', async () => {
    await page.goto('/#/orders');
    await page.locator('.order-import input[type=file]').setInputFiles(FIXTURE);
    const report = page.getByRole('region', { name: '订单导入预览' });
    await expect(report).toBeVisible();
    const confirm = report.getByRole('button', { name: '确认导入' });
    if (await confirm.isEnabled()) {
      await confirm.click();
      await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
    } else {
      await report.getByRole('button', { name: '取消' }).click();
    }
    await expect(
      page.getByRole('table', { name: '订单列表' }).locator('tbody tr').filter({ hasText: PAID_ORDER }),
    ).toContainText('¥299.00');
  });

  await openReports(page);
  const before = await readFigures(page);

  await test.step('reply panel: one 成交 on a paid order, one 未成交 for 价格', async () => {
    await logInquiry(page, `/#/panel?buyer=tb_88213&order=${PAID_ORDER}`, async (form) => {
      await form.getByLabel('咨询商品').fill('天然乳胶枕');
      await form.getByRole('radio', { name: '成交', exact: true }).check();
    });
    await logInquiry(page, '/#/panel?buyer=嫌贵的熊', async (form) => {
      await form.getByLabel('咨询商品').fill('真丝四件套');
      await form.getByRole('radio', { name: '未成交' }).check();
      await form.getByLabel('流失原因').selectOption({ label: '价格' });
    });
  });

  await test.step('报表: today’s figures', async () => {
    await openReports(page);
    await expect(page.getByRole('heading', { name: '报表', level: 1 })).toBeVisible();
    await expect(figure(page, 'inquiries')).toHaveText(String(before.inquiries + 2));
    await expect(figure(page, 'converted')).toHaveText(String(before.converted + 1));
    const rate = `${(((before.converted + 1) / (before.inquiries + 2)) * 100).toFixed(1)}%`;
    await expect(figure(page, 'rate')).toHaveText(rate);
    const after = await readFigures(page);
    expect(after.price).toBe(before.price + 1);
    if (before.inquiries === 0) {
      await expect(figure(page, 'rate')).toHaveText('50.0%');
      await expect(figure(page, 'aov')).toHaveText('¥299.00');
    }
    const donut = page.getByRole('img', { name: /询单转化率/ });
    await expect(donut).toHaveAttribute(
      'aria-label',
      new RegExp(
        `询单 ${before.inquiries + 2}：成交 ${before.converted + 1}.*询单转化率 ${rate.replace('.', '\\.')}`,
      ),
    );
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await app.snap('reports-zh');
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await app.snap('reports-details-zh');
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
  });

  await test.step('导出 XLSX: one sheet per section, the inquiries counted in 概览', async () => {
    const { file, path } = await download(page, 'Excel (XLSX)');
    expect(file.suggestedFilename()).toMatch(/^日报-KF007-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '概览',
      '清单',
      '询单',
      '任务',
      '退换货',
      '短语使用',
    ]);
    const overview = book.getWorksheet('概览')!;
    const header = (overview.getRow(1).values as unknown[]).slice(1);
    const inquiriesColumn = header.indexOf('询单数') + 1;
    expect(inquiriesColumn).toBeGreaterThan(0);
    expect(overview.getRow(2).getCell(inquiriesColumn).value).toBe(before.inquiries + 2);
    const inquiries = book.getWorksheet('询单')!;
    const products: unknown[] = [];
    inquiries.eachRow((row) => products.push(...(row.values as unknown[])));
    expect(products).toContain('真丝四件套');
  });

  await test.step('导出 CSV: UTF-8 with BOM, sections by name', async () => {
    const { path } = await download(page, 'CSV');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    const sections = [...new Set(rows.map((row) => row[0]))];
    expect(sections).toEqual(['概览', '清单', '询单', '任务', '退换货', '短语使用']);
    const inquiryLines = rows.filter((row) => row[0] === '询单');
    expect(inquiryLines.slice(1).some((row) => row.includes('真丝四件套') && row.includes('价格'))).toBe(
      true,
    );
  });

  await test.step('导出 JSON: the documented top-level fields', async () => {
    const { path } = await download(page, 'JSON');
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      logs: { schemaVersion: number; day: string; agent: { agentCode: string } }[];
      summary: { from: string; to: string; days: number; inquiries: { total: number; converted: number } };
    };
    expect(Object.keys(report).sort()).toEqual(['logs', 'summary']);
    expect(report.logs).toHaveLength(1);
    expect(report.logs[0]!.schemaVersion).toBe(1);
    expect(report.logs[0]!.agent.agentCode).toBe('KF007');
    expect(report.summary.days).toBe(1);
    expect(report.summary.from).toBe(report.logs[0]!.day);
    expect(report.summary.inquiries.total).toBe(before.inquiries + 2);
    expect(report.summary.inquiries.converted).toBe(before.converted + 1);
  });

  await test.step('a range longer than 31 days is refused in words', async () => {
    await page.goto('/#/reports?from=2026-01-01&to=2026-03-01');
    await expect(page.getByRole('alert')).toContainText('最多导出 31 天');
    await expect(page.locator('.report-figures')).toHaveCount(0);
    await page.getByRole('button', { name: '今天' }).click();
    await expect(figure(page, 'inquiries')).toHaveText(String(before.inquiries + 2));
  });

  await test.step('English: the same page in the other language', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await expect(page.locator('[data-figure="rate"] dt')).toHaveText('Conversion rate');
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await app.snap('reports-en');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
