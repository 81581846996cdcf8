/**
 * The question hotkey in Settings → 全局热键 (issue 15): beside the panel's, Alt+Q by default,
 * checked like the others (a clash with the panel's keys is refused under its field, naming the
 * panel), saved, and listed among the registrations with its state. zh screenshot of the card.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

test('Settings: the question hotkey sits beside the panel’s, refuses the panel’s keys and saves', async ({
  app,
}) => {
  const { page } = app;
  await setUpInChinese(page);
  await page.goto('/#/settings');
  const card = page.getByRole('region', { name: '全局热键' });
  const panelKey = card.getByLabel('快捷回复面板', { exact: true });
  const questionKey = card.getByLabel('买家问题（剪贴板）');
  await expect(questionKey).toHaveValue('Alt+Q');
  // Side by side: the same row, the question's field to the right of the panel's.
  const [panelBox, questionBox] = [await panelKey.boundingBox(), await questionKey.boundingBox()];
  expect(Math.abs(panelBox!.y - questionBox!.y)).toBeLessThan(2);
  expect(questionBox!.x).toBeGreaterThan(panelBox!.x + panelBox!.width);

  await test.step('the panel’s keys are refused for the question, under its field', async () => {
    await questionKey.fill(await panelKey.inputValue());
    await card.getByRole('button', { name: '保存热键' }).click();
    await expect(questionKey).toHaveAttribute('aria-invalid', 'true');
    await expect(card.getByText('与“快捷回复面板”的热键重复')).toBeVisible();
  });

  await test.step('another key saves and is listed with its state', async () => {
    await questionKey.fill('Ctrl+Shift+Q');
    await card.getByRole('button', { name: '保存热键' }).click();
    await expect(card.getByRole('status')).toHaveText('已保存');
    const listed = card.locator('.hotkey-list li', { hasText: '买家问题推荐话术' });
    await expect(listed).toContainText('Ctrl+Shift+Q');
    // The web host has no global hotkeys; the desktop app says whether the OS gave it the keys.
    await expect(listed).toContainText(app.shell === 'web' ? '网页版不支持全局热键' : /已启用|被占用/);
    // The whole card in view: an element taller than the window would be shot with a blank top.
    await page.setViewportSize({ width: 1280, height: 1600 });
    const shot = join(ARTIFACTS, 'web-settings-question-hotkey-zh.png');
    await card.screenshot({ path: shot });
    copyFileSync(shot, join(SCREENSHOTS, 'settings-question-hotkey-zh.png'));
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // The shared web host keeps its settings for the specs after this one.
  await questionKey.fill('Alt+Q');
  await card.getByRole('button', { name: '保存热键' }).click();
  await expect(card.getByRole('status')).toHaveText('已保存');
});
