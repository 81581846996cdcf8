/**
 * Two desks and one shop: a real kefu-server with a shop and its agents, two web hosts (desk A and
 * desk B, each its own data folder), and the steps every team spec takes on them: a new agent's
 * first run, connecting to the server in 设置 → 同步, syncing now, switching language. Only the web
 * project starts them (the electron project has no second desk).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../../electron/webhost/test-support/host-process';
import { expect, test } from '../app-fixture';
import { fillFirstRun, submitFirstRun, type NewAgent } from './first-run';
import { createShopServer, type ShopServer } from './shop-server';

export const SHOP_NAME = '小鹿家居旗舰店';

type AgentSpec = { code: string; name: string; role: 'agent' | 'supervisor' };

export type TwoDesks<Who extends string> = {
  server: ShopServer | null;
  hosts: HostProcess[];
  /** Each agent's token, as create-agent printed it. */
  tokens: Record<Who, string>;
  agents: Record<Who, AgentSpec>;
};

/**
 * Registers the spec's beforeAll (server, shop, agents, two hosts syncing every second) and
 * afterAll; `slug` names the hosts' temp folders.
 */
export function twoDesks<Who extends string>(slug: string, agents: Record<Who, AgentSpec>): TwoDesks<Who> {
  const lab: TwoDesks<Who> = { server: null, hosts: [], tokens: {} as Record<Who, string>, agents };
  test.beforeAll(async ({ browserName }, testInfo) => {
    if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
    const server = await createShopServer();
    server.createShop(SHOP_NAME);
    for (const [who, agent] of Object.entries(agents) as [Who, AgentSpec][])
      lab.tokens[who] = server.createAgent(SHOP_NAME, agent.code, agent.name, agent.role);
    await server.start();
    lab.server = server;
    process.env.KEFU_SYNC_INTERVAL_MS = '1000';
    for (const name of ['a', 'b'])
      lab.hosts.push(await startHostProcess(mkdtempSync(join(tmpdir(), `kefu-e2e-${slug}-${name}-`))));
  });
  test.afterAll(async () => {
    for (const host of lab.hosts) await host.stop();
    await lab.server?.stop();
  });
  return lab;
}

/** A desk's page after the first run as `who`. */
export async function openDesk(
  browser: Browser,
  host: HostProcess,
  who: NewAgent,
  options: { viewport: { width: number; height: number }; acceptDownloads?: boolean },
): Promise<Page> {
  const page = await browser.newPage({ baseURL: host.url, locale: 'zh-CN', ...options });
  await page.goto('/');
  await fillFirstRun(page, who);
  await submitFirstRun(page);
  return page;
}

/** 设置 → 同步: the server's address and the agent's token, connected. */
export async function connect(page: Page, serverUrl: string, token: string): Promise<void> {
  await page.goto('/#/settings/sync');
  const card = page.getByRole('region', { name: '同步' });
  await card.getByLabel('服务器地址').fill(serverUrl);
  await card.getByLabel('令牌').fill(token);
  await card.getByRole('button', { name: '连接' }).click();
  await expect(card.locator('.sync-facts')).toBeVisible();
}

/** `who`'s new desk (the first run as them), connected to the lab's server and synced once. */
export async function syncedDesk<Who extends string>(
  browser: Browser,
  lab: TwoDesks<Who>,
  host: HostProcess,
  who: Who,
  options: { viewport: { width: number; height: number } },
): Promise<Page> {
  const { name, code, role } = lab.agents[who];
  const page = await openDesk(
    browser,
    host,
    { name, code, ...(role === 'supervisor' && { role: '主管' }) },
    options,
  );
  await connect(page, lab.server!.url, lab.tokens[who]);
  await syncNow(page);
  return page;
}

export const syncPill = (page: Page) => page.locator('.sync-pill');

/** 立即同步, then waits for 已同步. */
export async function syncNow(page: Page): Promise<void> {
  await syncPill(page).getByRole('button', { name: '立即同步' }).click();
  await expect(syncPill(page)).toContainText('已同步', { timeout: 15_000 });
}

export const toEnglish = (page: Page) =>
  page.locator('.language-toggle').getByRole('button', { name: 'English' }).click();
export const toChinese = (page: Page) =>
  page.locator('.language-toggle').getByRole('button', { name: '中文' }).click();
