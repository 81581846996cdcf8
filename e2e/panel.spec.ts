/**
 * The reply panel and the 短语库 page in the web host, as an agent meets them: type `fh`, Enter,
 * and the filled reply reaches the paste adapter (the web host records it in deliveries.jsonl);
 * an IME's Enter never pastes; missing variables are asked for; the linter flags 最 and 微信 in
 * the editor and in the panel; an import with a bad row is reported and writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

interface Delivery {
  text: string;
  mode: 'paste' | 'copy';
  at: number;
}

function deliveries(): Delivery[] {
  const dataDir = process.env.KEFU_E2E_DATA_DIR;
  if (!dataDir) throw new Error('playwright.config.ts exports KEFU_E2E_DATA_DIR');
  const file = join(dataDir, 'deliveries.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Delivery);
}

const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };

async function openPanel(page: Page) {
  await page.setViewportSize(PANEL_SIZE);
  await page.goto('/#/panel');
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  return search;
}

test('reply panel: search, paste, IME, variables, lint; 短语库 editor and import', async ({ app }) => {
  const { page } = app;
  await setUpInChinese(page);

  await test.step('typing fh ranks a 发货 phrase first and Enter pastes its filled text', async () => {
    const search = await openPanel(page);
    await search.fill('fh');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('发货');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    const preview = page.locator('.panel-preview .linted-text');
    // The cut-off time comes from the shop settings (another spec may have changed it).
    await expect(preview).toContainText(/\d{2}:\d{2}前付款/);
    const previewText = await preview.innerText();
    await app.snap('panel-zh');
    const before = deliveries().length;
    await search.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toBeVisible();
    await expect.poll(() => deliveries().length).toBe(before + 1);
    const delivered = deliveries().at(-1)!;
    expect(delivered.mode).toBe('paste');
    expect(delivered.text).toBe(previewText);
    expect(delivered.text).not.toMatch(/[{｛]/);
  });

  await test.step('Enter while an IME is composing pastes nothing', async () => {
    const search = await openPanel(page);
    await search.fill('');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'fa', selectionStart: 2, selectionEnd: 2 });
    const before = deliveries().length;
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await cdp.send('Input.insertText', { text: '发' });
    await expect(search).toHaveValue('发');
    // Give a wrongly handled Enter every chance to reach the host before checking.
    await page.waitForTimeout(500);
    expect(deliveries().length).toBe(before);
    await cdp.detach();
  });

  await test.step('a missing {买家昵称} opens the form; Enter there pastes with the typed nick', async () => {
    const search = await openPanel(page);
    await search.fill('cf');
    await expect(page.getByRole('option').first()).toContainText('催付');
    const before = deliveries().length;
    await search.press('Enter');
    const nick = page.locator('.panel-variables').getByLabel('买家昵称');
    await expect(nick).toBeFocused();
    expect(deliveries().length).toBe(before);
    await nick.fill('小鹿买家');
    await expect(page.locator('.panel-preview .linted-text')).toContainText('小鹿买家亲');
    await app.snap('panel-variables-zh');
    await nick.press('Enter');
    await expect.poll(() => deliveries().length).toBe(before + 1);
    const delivered = deliveries().at(-1)!;
    expect(delivered.text).toContain('小鹿买家');
    expect(delivered.text).not.toMatch(/[{｛]/);
  });

  await test.step('短语库: a personal group and a phrase with 最 and 微信 are flagged in the editor', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/phrases');
    await expect(page.getByRole('heading', { name: '短语库', level: 1 })).toBeVisible();
    await app.snap('phrases-zh');
    await page.getByRole('button', { name: '新建分组' }).click();
    await page.getByLabel('分组名称').fill('我的话术');
    await page.getByRole('button', { name: '创建分组' }).click();
    await expect(page.getByRole('option', { name: /我的话术/ })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: '新建短语' }).click();
    await page.getByLabel('标题').fill('最低价说明');
    await page.getByLabel('快捷编码').fill('zdj');
    await page.getByLabel('短语内容').fill('亲，这款是全网最低价，有问题可以加微信问我');
    const editorPreview = page.locator('.editor-preview');
    await expect(editorPreview.locator('.lint-mark').first()).toBeVisible();
    await expect(editorPreview.locator('.lint-findings')).toContainText('广告法极限词');
    await expect(editorPreview.locator('.lint-findings')).toContainText('引导站外交易');
    await page.getByRole('button', { name: '保存短语' }).click();
    await expect(page.locator('.phrase-editor').getByRole('status')).toHaveText('已保存');
    await app.snap('phrase-editor-lint-zh');
  });

  await test.step('the same warnings show in the panel preview', async () => {
    const search = await openPanel(page);
    await search.fill('zdj');
    await expect(page.getByRole('option').first()).toContainText('最低价说明');
    await expect(page.locator('.panel-preview .lint-mark').first()).toBeVisible();
    await expect(page.locator('.panel-preview .lint-findings')).toContainText('广告法极限词');
  });

  await test.step('an import with a bad row is reported by row and reason, and cancel writes nothing', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/phrases');
    const csv = [
      '分组,快捷编码,短语内容',
      '导入测试,drt,亲，这是一条导入的短语',
      '导入测试,BAD CODE!,亲，这一行的编码不对',
    ].join('\n');
    await page.getByLabel('导入文件…').setInputFiles({
      name: 'phrases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const report = page.getByRole('region', { name: '导入预览' });
    await expect(report.locator('.count-add')).toHaveText('新增 1');
    await expect(report.locator('.count-invalid')).toHaveText('无效 1');
    const invalidRow = report.locator('.report-table tbody tr').first();
    await expect(invalidRow.locator('td').first()).toHaveText('3');
    await expect(invalidRow).toContainText('快捷编码“BAD CODE!”无效');
    await expect(report.getByRole('button', { name: '确认导入' })).toBeDisabled();
    await app.snap('import-report-zh');
    await report.getByRole('button', { name: '取消' }).click();
    await expect(report).toBeHidden();
    await page.reload();
    await expect(page.getByRole('option', { name: /我的话术/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /导入测试/ })).toHaveCount(0);
    await page.getByLabel('筛选短语').fill('drt');
    await expect(page.getByText('这里还没有短语')).toBeVisible();
  });

  await test.step('English: the 短语库 page and the panel relabel live', async () => {
    await page.getByLabel('Filter phrases').or(page.getByLabel('筛选短语')).fill('');
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Phrase library', level: 1 })).toBeVisible();
    await app.snap('phrases-en');
    const search = await openPanel(page);
    await expect(search).toHaveAttribute('placeholder', 'Type words, a shortcut code or pinyin initials');
    await search.fill('fh');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.locator('.panel-footer')).toContainText('paste');
    await app.snap('panel-en');
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
