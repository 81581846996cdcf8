/**
 * 询单 editing in the web host: an inquiry logged from the reply panel is corrected from the day
 * table (keyboard only: 编辑, fields, Ctrl+Enter; 未成交 without a reason is refused on its field)
 * and again from the buyer's page, where switching to 成交 clears the loss reason.
 */
import { expect, test } from './app-fixture';
import { setUpInChinese } from './support/first-run';

const NICK = '爱喝乌龙的猫';
const PANEL_SIZE = { width: 640, height: 440 };
const MAIN_SIZE = { width: 1280, height: 800 };

test('inquiries: edit product, outcome, loss reason and note from the day table and the buyer page', async ({
  app,
}) => {
  const { page } = app;
  await setUpInChinese(page);

  await test.step('reply panel: Ctrl+I logs a converted inquiry', async () => {
    await page.setViewportSize(PANEL_SIZE);
    await page.goto('/#/panel');
    const search = page.getByRole('searchbox');
    await expect(search).toBeFocused();
    await page.getByRole('group', { name: '当前买家' }).getByPlaceholder('旺旺昵称').fill(NICK);
    await search.focus();
    await page.keyboard.press('Control+i');
    const form = page.getByRole('form', { name: '记录询单' });
    await form.getByLabel('咨询商品').fill('冻顶乌龙 250g');
    await form.getByLabel('备注').fill('问了保质期');
    await form.getByLabel('备注').press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: '已记录询单' })).toBeVisible();
  });

  await test.step('询单记录: edit the row by keyboard; 未成交 needs a reason', async () => {
    await page.setViewportSize(MAIN_SIZE);
    await page.goto('/#/customers/inquiries');
    const day = page.getByRole('table', { name: /询单记录/ });
    const row = day.locator('tbody tr').filter({ hasText: NICK });
    await expect(row).toContainText('冻顶乌龙 250g');
    await expect(row).toContainText('成交');

    const editButton = row.getByRole('button', { name: '编辑询单：冻顶乌龙 250g' });
    await editButton.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: '修改询单' });
    await expect(form.getByLabel('咨询商品')).toBeFocused();
    await expect(form.getByLabel('咨询商品')).toHaveValue('冻顶乌龙 250g');
    await expect(form.getByLabel('备注')).toHaveValue('问了保质期');
    await expect(form.getByRole('radio', { name: '成交', exact: true })).toBeChecked();

    await form.getByLabel('咨询商品').fill('冻顶乌龙 500g 礼盒');
    await form.getByRole('radio', { name: '未成交' }).check();
    await form.getByLabel('备注').fill('礼盒断货，下周补');
    await page.keyboard.press('Control+Enter');
    // Refused on the field it concerns, which takes the focus; nothing is saved.
    await expect(form.getByText('未成交时请选择流失原因')).toBeVisible();
    await expect(form.getByLabel('流失原因')).toBeFocused();

    await form.getByLabel('流失原因').selectOption({ label: '缺货' });
    await page.keyboard.press('Control+Enter');
    await expect(form).toHaveCount(0);
    const edited = day.locator('tbody tr').filter({ hasText: NICK });
    await expect(edited).toContainText('冻顶乌龙 500g 礼盒');
    await expect(edited).toContainText('未成交');
    await expect(edited).toContainText('缺货');
    await expect(edited).toContainText('礼盒断货，下周补');
    // Focus is back on the row's 编辑, ready for the next correction.
    await expect(edited.getByRole('button', { name: '编辑询单：冻顶乌龙 500g 礼盒' })).toBeFocused();
    await app.snap('inquiry-edited-day-zh');
  });

  await test.step('客户: edit it again on the buyer page; 成交 clears the loss reason', async () => {
    await page.goto('/#/customers');
    await page.getByRole('searchbox', { name: '搜索客户' }).fill(NICK);
    await page.getByRole('button', { name: new RegExp(NICK) }).click();
    const detail = page.getByRole('article', { name: '客户详情' });
    const inquiries = detail.locator('.customer-inquiries');
    await expect(inquiries).toContainText('冻顶乌龙 500g 礼盒');
    await expect(inquiries).toContainText('缺货');

    await inquiries.getByRole('button', { name: '编辑询单：冻顶乌龙 500g 礼盒' }).click();
    const form = detail.getByRole('form', { name: '修改询单' });
    await expect(form.getByLabel('流失原因')).toHaveValue('outOfStock');
    await form.getByRole('radio', { name: '成交', exact: true }).check();
    await expect(form.getByLabel('流失原因')).toHaveCount(0);
    await form.getByLabel('备注').fill('补货后已下单');
    await app.snap('inquiry-edit-form-zh');
    await form.getByRole('button', { name: '保存询单' }).click();
    await expect(form).toHaveCount(0);
    await expect(inquiries).toContainText('成交');
    await expect(inquiries).not.toContainText('未成交');
    await expect(inquiries).not.toContainText('缺货');
    await expect(inquiries).toContainText('补货后已下单');
    await app.snap('inquiry-edited-customer-zh');

    // The day's figures follow the edit.
    await page.goto('/#/customers/inquiries');
    const row = page
      .getByRole('table', { name: /询单记录/ })
      .locator('tbody tr')
      .filter({ hasText: NICK });
    await expect(row).toContainText('补货后已下单');
    await expect(row).not.toContainText('缺货');
  });
});
