/**
 * The reply panel as a page of the main window (issue 14, item 7): after Enter pastes, the query
 * is selected so the next search replaces it; at a bare `#/panel` Esc (or 返回) leads back instead
 * of doing nothing; the sidebar opens the panel and shows its hotkey. zh and en screenshots.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const PANEL_SIZE = { width: 640, height: 440 };
const SMALL = { width: 1024, height: 640 };

const panelHotkey = (page: Page) =>
  page.evaluate(async () => {
    const socket = new WebSocket(`ws://${location.host}/api`);
    await new Promise((resolve) => socket.addEventListener('open', resolve));
    const answer = new Promise<string>((resolve) =>
      socket.addEventListener('message', (event) => {
        const reply = JSON.parse(String(event.data)) as {
          result: { value: { settings: { panel: string } } };
        };
        resolve(reply.result.value.settings.panel);
      }),
    );
    socket.send(JSON.stringify({ id: 1, method: 'hotkeys.get', input: {} }));
    const panel = await answer;
    socket.close();
    return panel;
  });

test('panel: the query is selected after a paste, Esc leads back, the sidebar opens it', async ({ app }) => {
  const { page } = app;
  await setUpInChinese(page);

  await test.step('after Enter pastes, typing starts a new search', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto('/#/panel');
    const search = page.getByRole('searchbox');
    await expect(search).toBeFocused();
    await search.fill('fh');
    await expect(page.getByRole('option').first()).toContainText('发货');
    await search.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴' })).toBeVisible();
    await expect(search).toBeFocused();
    await page.keyboard.type('tuihuo');
    await expect(search).toHaveValue('tuihuo');
    await expect(page.getByRole('option').first()).toContainText('退');
  });

  await test.step('at a bare #/panel, Esc leads back to the main window', async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page).toHaveURL(/#\/today$/);
  });

  await test.step('the sidebar opens the panel and shows its hotkey; 返回 goes back to the page', async () => {
    await page.setViewportSize(SMALL);
    await page.goto('/#/orders');
    const hotkey = await panelHotkey(page);
    const entry = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /快捷回复/ });
    await expect(entry).toContainText(hotkey);
    await app.snap('sidebar-panel-zh');
    await entry.click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await app.snap('panel-page-zh');
    await page.getByRole('button', { name: '返回' }).click();
    await expect(page).toHaveURL(/#\/orders$/);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: /快捷回复/ })
      .click();
    await page.getByRole('searchbox').press('Escape');
    await expect(page).toHaveURL(/#\/orders$/);
  });

  await test.step('English', async () => {
    await page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
    const entry = page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /Reply panel/ });
    await expect(entry).toBeVisible();
    await app.snap('sidebar-panel-en');
    await entry.click();
    await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
    await app.snap('panel-page-en');
    await page.getByRole('searchbox').press('Escape');
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
  });
});
