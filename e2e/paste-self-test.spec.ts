/**
 * 粘贴自检 as an agent meets it in Settings, through the real contract: the first-run page names
 * the panel hotkey of this OS and why; the self-test reports each check in Chinese, and where it
 * cannot paste (the web host) says so instead of pretending. The X11 loop itself runs in
 * paste-focus-x11.spec.ts.
 */
import { expect, test } from './app-fixture';

test('first run names the panel hotkey; Settings runs 粘贴自检 and copies its report', async ({ app }) => {
  const { page } = app;

  await test.step('first run: the panel hotkey of this OS, why it is not Alt+Space, and the question hotkey', async () => {
    const welcome = page.getByRole('heading', { name: '欢迎使用客服台' });
    if (!(await welcome.isVisible())) return;
    const note = page.getByRole('complementary', { name: '快捷回复面板热键' });
    await expect(note.locator('kbd')).toHaveText(['Ctrl+Alt+Space', 'Alt+Q']);
    await expect(note).toContainText('没有用 Alt+Space：它是 GNOME 的窗口菜单');
    await app.snap('first-run-hotkey-zh');
    await page.getByLabel('客服姓名').fill('林小雨');
    await page.getByLabel('工号').fill('KF007');
    await page.getByLabel('店铺名称').fill('小鹿家居旗舰店');
    await page.getByLabel('默认快递').fill('中通');
    await page.getByLabel('包邮门槛').fill('99');
    await page.getByLabel('截单时间').fill('16:30');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByRole('heading', { name: '今日', level: 1 })).toBeVisible();
  });

  await test.step('Settings: the self-test lists each check and the verdict', async () => {
    await page.goto('/#/settings');
    // Another spec on the same host may have left the UI in English.
    await page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
    const section = page.getByRole('region', { name: '粘贴自检' });
    await section.getByRole('button', { name: '运行粘贴自检' }).click();
    const checks = section.getByRole('list', { name: '粘贴自检' });
    await expect(checks).toContainText('网页版不能粘贴到其他窗口，跳过粘贴测试');
    await expect(checks.getByRole('listitem')).toHaveText([
      /全局热键 Ctrl\+Alt\+Space 在这里不可用/,
      /全局热键 Alt\+Q 在这里不可用/,
      /尚未设置同步令牌/,
      /网页版不能粘贴到其他窗口/,
    ]);
    await expect(section.getByText('结论：粘贴测试没有运行')).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await app.snap('settings-self-test-zh');
  });

  await test.step('the report copies as text for the supervisor', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const section = page.getByRole('region', { name: '粘贴自检' });
    await section.getByRole('button', { name: '复制结果' }).click();
    await expect(section.getByText('已复制，可发给主管')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^客服台粘贴自检 · 版本 /);
    expect(copied).toContain('– 网页版不能粘贴到其他窗口，跳过粘贴测试');
  });
});
