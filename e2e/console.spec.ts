/**
 * The supervisor console (主管后台, issue 16) in Debian's Chromium against a real kefu-server
 * (embedded store) that serves the built page at `/` under its strict CSP. A week of two agents'
 * work arrives through the sync endpoint (support/console-seed.ts); then: an agent's token gets
 * 仅限主管 and no data; the supervisor signs in and every page shows figures (今日团队 live,
 * sortable, 林小雨 behind on 催付; 日报; 询单分析 with charts and a before/after; 话术; 客服与令牌
 * read-only); the admin creates an agent and sees the token once; sign-out. No CSP violation on
 * any page. Screenshots zh-CN and en-US of each page at 1280×800 and 今日团队 at 390 px, into
 * docs/screenshots/console-*.png. The two-desk day with real desks is another spec's.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { addDays } from '../common/time/zoned-time';
import { expect, test } from './app-fixture';
import { seedConsoleShop, type SeededShop } from './support/console-seed';
import { createShopServer, type ShopServer } from './support/shop-server';
import { webProjectOnly } from './support/web-only';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SHOP = '小鹿家居旗舰店';

const lab = {
  server: null as ShopServer | null,
  seeded: null as SeededShop | null,
  tokens: { admin: '', supervisor: '', agent: '', agent2: '' },
};

test.beforeAll(async ({ browserName }, testInfo) => {
  if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
  testInfo.setTimeout(180_000);
  // What `npm run server` does first: the page the server serves, built when stale.
  execFileSync(process.execPath, [join(root, 'scripts/build-console-if-stale.mjs')], { stdio: 'inherit' });
  const server = await createShopServer();
  server.createShop(SHOP);
  lab.tokens = {
    admin: server.createAgent(SHOP, 'KF000', '吴店长', 'admin'),
    supervisor: server.createAgent(SHOP, 'KF001', '周主管', 'supervisor'),
    agent: server.createAgent(SHOP, 'KF007', '林小雨', 'agent'),
    agent2: server.createAgent(SHOP, 'KF008', '陈晓', 'agent'),
  };
  await server.start();
  lab.server = server;
  lab.seeded = await seedConsoleShop(
    server.url,
    { token: lab.tokens.supervisor, code: 'KF001', name: '周主管' },
    [
      { token: lab.tokens.agent, code: 'KF007', name: '林小雨' },
      { token: lab.tokens.agent2, code: 'KF008', name: '陈晓' },
    ],
  );
});

test.afterAll(async () => {
  await lab.server?.stop();
});

/** A page on the console that remembers every CSP violation Chromium reports. */
async function openConsole(browser: Browser, locale: string, viewport = DESK) {
  const page = await browser.newPage({ baseURL: lab.server!.url, viewport, locale });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  return { page, violations };
}

async function signIn(page: Page, token: string, submit = '登录') {
  await page.getByLabel(/^令牌$|^Token$/).fill(`token ${token}\n`);
  await page.getByRole('button', { name: submit, exact: true }).click();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });

const nav = (page: Page) => page.getByRole('navigation');

test('an agent’s token is refused with 仅限主管 and shows no data', async ({ browser }, testInfo) => {
  webProjectOnly(testInfo, 'it runs a kefu-server of its own');
  const { page, violations } = await openConsole(browser, 'zh-CN');
  await expect(page.getByRole('heading', { name: '主管后台' })).toBeVisible();
  // The CSP is on and the listener hears it: an inline style attribute is refused and reported.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(() => violations.length).toBe(1);
  violations.length = 0;
  await signIn(page, lab.tokens.agent);
  await expect(page.getByRole('alert')).toContainText('仅限主管');
  await expect(nav(page)).toHaveCount(0);
  await shot(page, 'sign-in-zh');
  await page.getByLabel('令牌').fill('not-a-real-token');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('令牌无效或已被吊销');
  expect(violations).toEqual([]);
  await page.close();
});

test('the supervisor signs in and every page shows the team’s figures, zh-CN then en-US', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a kefu-server of its own');
  test.setTimeout(150_000);
  const { page, violations } = await openConsole(browser, 'zh-CN');
  await signIn(page, lab.tokens.supervisor);
  await expect(page.getByText('周主管（KF001）')).toBeVisible();

  // 今日团队: one row per agent, 林小雨 behind on 催付 in words, sortable with aria-sort.
  const team = page.getByRole('table', { name: '今日团队：每位客服一行' });
  await expect(team.getByRole('rowheader', { name: 'KF007' })).toBeVisible();
  const linRow = team.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'KF007' }) });
  await expect(linRow).toContainText('林小雨');
  await expect(linRow).toContainText('落后');
  await expect(linRow).toContainText('催付 应在 00:00 前完成');
  await expect(linRow).toContainText('5/12');
  await expect(linRow).toContainText('开工准备');
  const chenRow = team.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'KF008' }) });
  await expect(chenRow).toContainText('按时');
  // 早会: read with its time, or 未读 — shown, and 陈晓 is still 按时 without reading it.
  await expect(linRow).toContainText('已读 ✓ 09:12');
  await expect(chenRow).toContainText('未读');
  await expect(team.locator('tfoot')).toContainText('团队合计');
  await expect(team.locator('tfoot')).toContainText('1 人已读早会');
  const rateHeader = team.getByRole('columnheader', { name: /转化率/ });
  await rateHeader.getByRole('button').click();
  await expect(rateHeader).toHaveAttribute('aria-sort', 'descending');
  await rateHeader.getByRole('button').click();
  await expect(rateHeader).toHaveAttribute('aria-sort', 'ascending');
  await team.getByRole('columnheader', { name: /工号/ }).getByRole('button').click();
  await expect(page.getByText(/每 30 秒自动刷新/)).toBeVisible();
  await shot(page, 'team-zh');

  // 日报: 林小雨's day, with the checklist note and the inquiries.
  await nav(page).getByRole('link', { name: '日报' }).click();
  await page.getByRole('combobox', { name: /^客服/ }).selectOption('KF007');
  await expect(page.getByText('看了今天的新品和满减活动')).toBeVisible();
  await expect(page.getByRole('table', { name: /询单$/ }).first()).toContainText('真丝眼罩');
  await expect(page.getByText('早会已读 09:12').first()).toBeVisible();
  await expect(page.getByRole('list', { name: '所选日期合计' })).toContainText('收集 2 · 开具 0 · 待开 1');
  await expect(page.getByRole('list', { name: '所选日期合计' })).toContainText('12.0 分钟');
  await expect(page.getByRole('link', { name: '下载该客服日报（Excel）' })).toHaveAttribute(
    'href',
    /daily-log\.xlsx\?agent=KF007/,
  );
  await shot(page, 'daily-zh');

  // 询单分析: the trend and loss-reason charts drawn, products worst first, before/after a marked day.
  await nav(page).getByRole('link', { name: '询单分析' }).click();
  await expect(page.getByRole('img', { name: /折线图/ })).toBeVisible();
  const products = page.getByRole('table', { name: /商品转化/ });
  await expect(products.getByRole('row').nth(1)).toContainText('真丝眼罩');
  await expect(products.getByRole('row').nth(1)).toContainText('0.0%');
  await expect(products.getByRole('row').nth(1)).toContainText('价格');
  await page.getByLabel('改动日期').fill(addDays(lab.seeded!.today, -2));
  await page.getByLabel('改了什么').fill('改了详情页');
  await page.getByRole('button', { name: '对比' }).click();
  const comparison = page.getByRole('group', { name: '改动前后对比' });
  await expect(comparison.getByText(/：改了详情页$/)).toBeVisible();
  await expect(comparison).toContainText('改动后');
  // The mark is the shop's, kept on the server: listed with who marked it.
  await expect(page.getByRole('list', { name: '本范围内的标记' })).toContainText('改了详情页');
  await expect(page.getByRole('list', { name: '本范围内的标记' })).toContainText('标记）');
  await expect(page.getByRole('region', { name: '退换货原因' })).toContainText('尺寸不合适');
  await expect(page.getByRole('region', { name: '退换货与退款' })).toContainText('33.3%');
  await expect(page.getByRole('table', { name: '回头客咨询未购买' })).toContainText('tb_小鹿粉丝');
  await shot(page, 'analysis-zh');

  // 话术: most used and never used.
  await nav(page).getByRole('link', { name: '话术' }).click();
  await expect(page.getByRole('table', { name: '最常用的团队话术' })).toContainText('发货时间');
  await expect(page.getByRole('table', { name: '30 天内无人使用的团队话术' })).toContainText('节日问候');
  await shot(page, 'phrases-zh');

  // 升级: read-only here (answers are given on the desk).
  await nav(page).getByRole('link', { name: '升级' }).click();
  await expect(page.getByRole('heading', { name: '升级处理' })).toBeVisible();
  await expect(page.getByText('这里只能查看')).toBeVisible();

  // 客服与令牌: a supervisor reads and sets positions (岗位), and changes nothing else.
  await nav(page).getByRole('link', { name: '客服与令牌' }).click();
  await expect(page.getByText('主管可以查看并设置岗位')).toBeVisible();
  await page.getByRole('combobox', { name: 'KF007 的岗位' }).selectOption({ label: '售前' });
  await expect(page.getByRole('status')).toHaveText('KF007 的岗位已改为售前。');
  await expect(page.getByRole('combobox', { name: 'KF007 的角色' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: '店铺的客服、主管和管理员' })).toContainText('林小雨');
  await expect(page.getByRole('button', { name: '吊销' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '新建客服' })).toHaveCount(0);

  // The same pages in English, switched live.
  await page.getByRole('button', { name: 'English' }).click();
  await nav(page).getByRole('link', { name: 'Team today' }).click();
  await expect(page.getByText('Payment reminders due by 00:00')).toBeVisible();
  await shot(page, 'team-en');
  await nav(page).getByRole('link', { name: 'Daily logs' }).click();
  await page.getByRole('combobox', { name: /^Agent/ }).selectOption('KF007');
  await expect(page.getByRole('table', { name: /^Checklist/ }).first()).toContainText('Get ready');
  await shot(page, 'daily-en');
  await nav(page).getByRole('link', { name: 'Inquiry analysis' }).click();
  await expect(page.getByRole('img', { name: /Line chart/ })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Before and after a change' }).getByText(/: 改了详情页$/),
  ).toBeVisible();
  await shot(page, 'analysis-en');
  await nav(page).getByRole('link', { name: 'Phrases' }).click();
  await expect(page.getByRole('table', { name: 'Most used team phrases' })).toContainText('发货时间');
  await shot(page, 'phrases-en');
  await nav(page).getByRole('link', { name: 'Escalations' }).click();
  await expect(page.getByRole('heading', { name: 'Escalations' })).toBeVisible();

  // 退出登录 ends the session: a reload asks for the token again.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Token')).toBeVisible();
  expect(violations).toEqual([]);
  await page.close();
});

test('the admin creates an agent and sees the token once; the team on a 390-px phone', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs a kefu-server of its own');
  const { page, violations } = await openConsole(browser, 'zh-CN');
  await page.getByRole('button', { name: '中文' }).click();
  await signIn(page, lab.tokens.admin);
  await nav(page).getByRole('link', { name: '客服与令牌' }).click();
  await page.getByLabel('工号').fill('KF009');
  await page.getByLabel('姓名').fill('赵小满');
  await page.getByRole('button', { name: '创建并生成令牌' }).click();
  const once = page.getByRole('status').filter({ hasText: '只显示这一次' });
  await expect(once).toBeVisible();
  const token = await page.getByLabel('KF009 的令牌').inputValue();
  expect(token.length).toBeGreaterThan(20);
  await expect(page.getByRole('button', { name: '复制令牌' })).toBeVisible();
  await expect(page.getByRole('table', { name: '操作记录' })).toContainText('KF009');
  await shot(page, 'agents-zh');
  await page.getByRole('button', { name: '已交给本人，关闭' }).click();
  await expect(page.getByLabel('KF009 的令牌')).toHaveCount(0);
  // A role change, and a revoke that takes a second, confirming click; both in the admin log.
  await page.getByRole('combobox', { name: 'KF009 的角色' }).selectOption('supervisor');
  await expect(page.getByText('KF009 的角色已改为主管。')).toBeVisible();
  const row = page
    .getByRole('table', { name: '店铺的客服、主管和管理员' })
    .getByRole('row')
    .filter({ hasText: '赵小满' });
  await row.getByRole('button', { name: '吊销' }).click();
  await row.getByRole('button', { name: '确认吊销 KF009 的令牌' }).click();
  await expect(page.getByText('已吊销 KF009 的令牌。')).toBeVisible();
  await expect(row).toContainText('已于');
  await expect(page.getByRole('table', { name: '操作记录' })).toContainText('吊销令牌');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Agents & tokens' })).toBeVisible();
  await expect(page.getByText('Revoked a token of KF009.')).toBeVisible();
  await shot(page, 'agents-en');
  await page.getByRole('button', { name: '中文' }).click();
  // The supervisor's marked day (first test, another browser context) is the shop's: here too.
  await nav(page).getByRole('link', { name: '询单分析' }).click();
  await expect(page.getByRole('list', { name: '本范围内的标记' })).toContainText('改了详情页');
  await page.close();

  // On a phone: the nav is a 菜单 button, the table scrolls sideways.
  const phone = await openConsole(browser, 'zh-CN', PHONE);
  await signIn(phone.page, lab.tokens.supervisor);
  const menu = phone.page.getByRole('button', { name: '菜单' });
  await expect(menu).toBeVisible();
  await expect(nav(phone.page)).toBeHidden();
  await expect(phone.page.getByRole('rowheader', { name: 'KF007' })).toBeVisible();
  await shot(phone.page, 'team-phone-zh');
  await menu.click();
  await expect(nav(phone.page).getByRole('link', { name: '日报' })).toBeVisible();
  await shot(phone.page, 'menu-phone-zh');
  await nav(phone.page).getByRole('link', { name: '日报' }).click();
  await expect(nav(phone.page)).toBeHidden();
  expect([...violations, ...phone.violations]).toEqual([]);
  await phone.page.close();
});
