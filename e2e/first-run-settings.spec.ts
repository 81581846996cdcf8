/**
 * The foundation's working slice, as an agent meets it: first-run setup with a mistyped 工号,
 * the fix, a reload, and switching the whole UI to English.
 */
import { expect, test } from './app-fixture';

test('first-run setup, validation, persistence and live language switch', async ({ app }) => {
  const { page } = app;

  await test.step('first run asks for the agent and shop', async () => {
    await expect(page.getByRole('heading', { name: '欢迎使用客服台' })).toBeVisible();
    await page.getByLabel('客服姓名').fill('林小雨');
    await page.getByLabel('工号').fill('客服 07');
    await page.getByLabel('店铺名称').fill('小鹿家居旗舰店');
    await page.getByLabel('默认快递').fill('中通');
    await page.getByLabel('包邮门槛').fill('99');
    await page.getByLabel('截单时间').fill('16:30');
    await app.snap('first-run-zh');
  });

  await test.step('an invalid 工号 is refused with a clear Chinese message', async () => {
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByText('工号只能包含字母、数字、- 或 _，最多 16 位')).toBeVisible();
    await expect(page.getByRole('heading', { name: '欢迎使用客服台' })).toBeVisible();
    await app.snap('first-run-error-zh');
  });

  await test.step('a wrong amount is caught before saving', async () => {
    await page.getByLabel('工号').fill('KF007');
    await page.getByLabel('包邮门槛').fill('99.999');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByText('请输入金额，例如 99 或 99.00（最多两位小数）')).toBeVisible();
    await page.getByLabel('包邮门槛').fill('99');
  });

  await test.step('corrected setup is saved and the app opens on 今日', async () => {
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByRole('heading', { name: '今日', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.goto('/#/settings');
    await expect(page.getByLabel('工号')).toHaveValue('KF007');
    await app.snap('settings-zh');
  });

  await test.step('everything is still there after a reload', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
    await expect(page.getByLabel('客服姓名')).toHaveValue('林小雨');
    await expect(page.getByLabel('工号')).toHaveValue('KF007');
    await expect(page.getByLabel('店铺名称')).toHaveValue('小鹿家居旗舰店');
    await expect(page.getByLabel('默认快递')).toHaveValue('中通');
    await expect(page.getByLabel('包邮门槛')).toHaveValue('99.00');
    await expect(page.getByLabel('截单时间')).toHaveValue('16:30');
  });

  await test.step('changing a setting shows 已保存 and survives a reload', async () => {
    await page.getByLabel('截单时间').fill('17:00');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('截单时间')).toHaveValue('17:00');
  });

  await test.step('switching to English relabels everything live and sticks', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
    await expect(page.getByLabel('Staff ID')).toHaveValue('KF007');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await app.snap('settings-en');
    await page.reload();
    await expect(page.getByLabel('Order cut-off time')).toHaveValue('17:00');
  });

  await test.step('English validation messages', async () => {
    await page.getByLabel('Staff ID').fill('no spaces allowed');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(
      page.getByText('The staff ID may contain only letters, digits, - or _, up to 16 characters'),
    ).toBeVisible();
    await app.snap('settings-error-en');
  });
});

test('the reply panel route opens with its search box focused', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => {
    window.location.hash = '#/panel';
  });
  await expect(page.getByRole('searchbox')).toBeFocused();
  await app.snap('panel');
});
