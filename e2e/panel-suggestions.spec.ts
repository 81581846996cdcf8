/**
 * Suggested replies end to end (issue 15). On a real X display: a buyer's message is copied onto
 * the X clipboard (xclip) while a chat window has the keyboard; the question hotkey's web-host
 * route (POST /hotkeys/question, the key's stand-in where there are no global hotkeys) takes it;
 * the reply panel, a real window on the same display, shows it as the question with three
 * suggested replies and why; keys an IME composes with paste nothing; Enter pastes the first into
 * the chat's textarea through the real X11 paste (the web host runs with --desktop x11), and the
 * day's log counts a timed reply taken from the suggestions. A paraphrase that did not find that phrase before
 * now ranks it first, on this desk and, after sync through a real kefu-server, on a colleague's
 * desk that never saw the question. Screenshots of the panel with suggestions in zh-CN and en-US.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openX11Desktop, type X11Desktop } from '../electron/core/platform/x11-desktop';
import { startHostProcess, type HostProcess } from '../electron/webhost/test-support/host-process';
import { QUESTION_HOTKEY_PATH } from '../electron/webhost/question-hotkey-path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ARTIFACTS, expect, test } from './app-fixture';
import { createShopServer, type ShopServer } from './support/shop-server';
import { webProjectOnly } from './support/web-only';
import { ensureX11Display, type X11Display } from './x11-display';
import { readClipboard, writeClipboardText } from './xclip';

const root = fileURLToPath(new URL('../', import.meta.url));
const SCREENSHOTS = join(root, 'docs', 'screenshots');
const SHOP = '小鹿家居旗舰店';
const PANEL_SIZE = { width: 640, height: 440 };
const CHAT_ORIGIN = 'https://chat.kefu.test/';

/** As the buyer wrote it in the chat, over two bubbles. */
const BUYER_QUESTION = '亲 发到上海什么时候能收到呀\n着急用';
/** The question as the panel shows it: one line. */
const TAKEN = '亲 发到上海什么时候能收到呀 着急用';
/** The same question in other words, which the learned question then carries. */
const PARAPHRASE = '什么时候能到上海';
/** The default pack's 到货时间 phrase (快捷编码 dh). */
const ARRIVAL = { title: '到货时间', shortcut: 'dh' };

const lab = {
  x11: null as X11Display | null,
  desktop: null as X11Desktop | null,
  server: null as ShopServer | null,
  agent: null as HostProcess | null,
  supervisor: null as HostProcess | null,
  /** Headed, on the X display: the chat window and the agent's panel are real X windows. */
  headed: null as Browser | null,
};

test.beforeAll(async ({ browserName }, testInfo) => {
  if (testInfo.project.name !== 'web' || browserName !== 'chromium') return;
  testInfo.setTimeout(120_000);
  lab.x11 = await ensureX11Display();
  lab.desktop = openX11Desktop(lab.x11.display);
  const server = await createShopServer();
  server.createShop(SHOP);
  const tokens = {
    agent: server.createAgent(SHOP, 'KF007', '林小雨', 'agent'),
    supervisor: server.createAgent(SHOP, 'KF001', '周主管', 'supervisor'),
  };
  await server.start();
  lab.server = server;
  process.env.KEFU_SYNC_INTERVAL_MS = '1000';
  const temp = (name: string) => mkdtempSync(join(tmpdir(), `kefu-e2e-suggest-${name}-`));
  lab.supervisor = await startHostProcess(temp('supervisor'));
  lab.agent = await startHostProcess(temp('agent'), ['--desktop', 'x11']);
  // The supervisor first: the team library is on the server before the agent's picks refer to it.
  for (const [host, token] of [
    [lab.supervisor, tokens.supervisor],
    [lab.agent, tokens.agent],
  ] as const) {
    const joined = await host.call('sync.join', { serverUrl: server.url, token, language: 'zh-CN' });
    expect(joined, JSON.stringify(joined)).toMatchObject({ ok: true });
  }
  lab.headed = await chromium.launch({
    headless: false,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, DISPLAY: lab.x11.display },
  });
});

test.afterAll(async () => {
  await lab.headed?.close();
  lab.desktop?.close();
  for (const host of [lab.agent, lab.supervisor]) await host?.stop();
  await lab.server?.stop();
});

interface Hit {
  shortcut: string;
  score: number;
  learned: string | null;
}
type SuggestAnswer = {
  hits: { phrase: { shortcut: string }; score: number; why: { question: string | null } }[];
};

/** What a desk suggests for a question, best first, as the panel asks for it (ten, to see ranks). */
async function suggested(host: HostProcess, question: string): Promise<Hit[]> {
  const result = await host.call('phrases.suggest', { question, limit: 10 });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as SuggestAnswer).hits.map((hit) => ({
    shortcut: hit.phrase.shortcut,
    score: hit.score,
    learned: hit.why.question,
  }));
}

/** The arrival-time phrase's score for the paraphrase; 0 when it is not among the ten. */
const arrivalScore = (hits: Hit[]) => hits.find((hit) => hit.shortcut === ARRIVAL.shortcut)?.score ?? 0;

/** A chat client's input box in a window of its own, with the keyboard. */
async function chatWindow(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 520, height: 240 } })).newPage();
  await page.route(CHAT_ORIGIN, (route) => route.fulfill({ contentType: 'text/html', body: '' }));
  await page.goto(CHAT_ORIGIN);
  await page.setContent('<textarea id="chat" rows="6" cols="60" aria-label="chat"></textarea>');
  return page;
}

/** Focus as the agent gives it: the window to the front, the caret in its field, confirmed by X. */
async function focusChat(chat: Page): Promise<string> {
  await chat.bringToFront();
  await chat.locator('#chat').focus();
  await expect.poll(() => lab.desktop!.foreground.current()).not.toBeNull();
  return lab.desktop!.foreground.current()!;
}

/** What the Electron shell does on the key: here a program on the machine presses it. */
async function pressQuestionHotkey(host: HostProcess): Promise<void> {
  const answer = await fetch(new URL(QUESTION_HOTKEY_PATH, host.url), { method: 'POST' });
  expect(answer.status).toBe(204);
}

/**
 * The shell's show: the panel window comes to the front and gains the focus, which is when the
 * panel page collects the question. Playwright keeps every page "focused" (focus emulation), so
 * the window's focus event that a real show delivers is dispatched here.
 */
async function showPanel(panel: Page): Promise<void> {
  await panel.bringToFront();
  await panel.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
}

const suggestionList = (panel: Page) => panel.getByRole('listbox', { name: '为买家问题推荐的话术' });

async function snapPanel(panel: Page, name: string): Promise<void> {
  const file = join(ARTIFACTS, `web-${name}.png`);
  await panel.screenshot({ path: file });
  copyFileSync(file, join(SCREENSHOTS, `${name}.png`));
}

test('a copied buyer question → three suggestions with reasons → Enter pastes the first into the chat; the pick is learned here and on a colleague’s desk', async ({
  browser,
}, testInfo) => {
  webProjectOnly(testInfo, 'it runs two web hosts, a server and an X display of its own');
  test.setTimeout(180_000);
  const agent = lab.agent!;
  const supervisor = lab.supervisor!;

  // Cold, the engine's own reading of the paraphrase: how strongly it points at the phrase.
  const cold = { agent: arrivalScore(await suggested(agent, PARAPHRASE)), supervisor: 0 };
  cold.supervisor = arrivalScore(await suggested(supervisor, PARAPHRASE));

  const chat = await chatWindow(lab.headed!);
  const panel = await (await lab.headed!.newContext({ viewport: PANEL_SIZE, locale: 'zh-CN' })).newPage();
  await panel.goto(new URL('#/panel', agent.url).href);
  await expect(panel.getByRole('searchbox')).toBeFocused();

  await test.step('the question hotkey takes the real clipboard while the chat has the keyboard', async () => {
    const chatWindowId = await focusChat(chat);
    writeClipboardText(BUYER_QUESTION);
    expect(readClipboard('UTF8_STRING').toString('utf8')).toBe(BUYER_QUESTION);
    await pressQuestionHotkey(agent);
    await showPanel(panel);
    await expect.poll(() => lab.desktop!.foreground.current()).not.toBe(chatWindowId);
  });

  const search = panel.getByRole('searchbox');
  const list = suggestionList(panel);
  await test.step('the panel shows the question, selected, and three suggestions with why', async () => {
    await expect(search).toHaveValue(TAKEN);
    await expect(search).toBeFocused();
    expect(
      await search.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!),
    ).toBe(TAKEN.length);
    const options = list.getByRole('option');
    await expect(panel.locator('.panel-suggestions')).toHaveAttribute('aria-busy', 'false');
    await expect(options).toHaveCount(3);
    const first = options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first).toContainText(ARRIVAL.title);
    await expect(first.locator('.panel-row-code')).toHaveText(ARRIVAL.shortcut);
    await expect(first.locator('.panel-row-group')).not.toBeEmpty();
    await expect(first.locator('.panel-row-badge')).toHaveText('1');
    // Why: the situation recognised, and the words or the example question that carried it.
    await expect(first.locator('.panel-intent').first()).toHaveText('到货时间');
    await expect(first.locator('.panel-suggestion-words')).toContainText(/关键词：|类似：/);
    for (const option of await options.all())
      await expect(option.locator('.panel-intent').first()).toBeVisible();
    await expect(search).toHaveAttribute('aria-activedescendant', 'panel-suggestion-0');
    await expect(panel.locator('.panel-preview')).toContainText('江浙沪');
    await snapPanel(panel, 'panel-suggestions-zh');
  });

  await test.step('while an IME composes, Enter and Alt+1 are its keys: nothing is pasted', async () => {
    await search.press('End');
    const cdp = await panel.context().newCDPSession(panel);
    await cdp.send('Input.imeSetComposition', { text: 'zhe', selectionStart: 3, selectionEnd: 3 });
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Alt+1');
    await cdp.send('Input.insertText', { text: '着' });
    await expect(search).toHaveValue(`${TAKEN}着`);
    // Give a wrongly handled key every chance to reach the chat before checking.
    await panel.waitForTimeout(500);
    await expect(chat.locator('#chat')).toHaveValue('');
    await cdp.detach();
    await search.press('Backspace');
    await expect(search).toHaveValue(TAKEN);
    await expect(panel.locator('.panel-suggestions')).toHaveAttribute('aria-busy', 'false');
    await expect(list.getByRole('option').first()).toContainText(ARRIVAL.title);
  });

  await test.step('Enter pastes the first suggestion into the chat through the real X11 paste', async () => {
    await search.press('Enter');
    const pasted =
      '亲，发货后江浙沪一般1–2天送到，其他省份2–4天左右，偏远地区会慢一些，具体以快递实际派送为准哦。';
    await expect(chat.locator('#chat')).toHaveValue(pasted, { timeout: 10_000 });
    await expect(panel.locator('.panel-notice')).toHaveText('已粘贴');
    // The agent's clipboard is handed back: the buyer's message is still there.
    await expect.poll(() => readClipboard('UTF8_STRING').toString('utf8')).toBe(BUYER_QUESTION);
  });

  await test.step('the day’s log counts the reply to a timed question, taken from the suggestions', async () => {
    // Yesterday to tomorrow: today on the shop's clock, whatever this machine's zone.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const report = await agent.call('reports.daily', { from: day(-1), to: day(1) });
    expect(report).toMatchObject({
      ok: true,
      value: { summary: { responses: { timed: 1, suggestionsPicked: 1 } } },
    });
    if (!report.ok) throw new Error(JSON.stringify(report.error));
    const { averageSeconds } = (report.value as { summary: { responses: { averageSeconds: number } } })
      .summary.responses;
    expect(averageSeconds).toBeGreaterThan(0);
    expect(averageSeconds).toBeLessThan(120);
  });

  await test.step('the paraphrase now ranks the picked phrase first on this desk', async () => {
    await showPanel(panel);
    await search.fill(PARAPHRASE);
    await expect(list.getByRole('option').first()).toContainText(ARRIVAL.title);
    await expect(list.getByRole('option').first().locator('.panel-suggestion-words')).toContainText(
      '类似：发到上海什么时候能收到',
    );
    const [first] = await suggested(agent, PARAPHRASE);
    expect(first).toMatchObject({ shortcut: ARRIVAL.shortcut, learned: expect.stringContaining('发到上海') });
    expect(first!.score).toBeGreaterThan(cold.agent);
  });

  await test.step('after sync through the server the colleague’s desk ranks it first too', async () => {
    await agent.call('sync.now');
    await expect
      .poll(
        async () => {
          await supervisor.call('sync.now');
          return (await suggested(supervisor, PARAPHRASE))[0]?.learned ?? null;
        },
        { timeout: 20_000 },
      )
      .toContain('发到上海');
    const [first] = await suggested(supervisor, PARAPHRASE);
    expect(first!.shortcut).toBe(ARRIVAL.shortcut);
    expect(first!.score).toBeGreaterThan(cold.supervisor);
    const colleague = await browser.newPage({
      baseURL: supervisor.url,
      viewport: PANEL_SIZE,
      locale: 'zh-CN',
    });
    await colleague.goto('/#/panel');
    await colleague.getByRole('searchbox').fill(PARAPHRASE);
    await expect(suggestionList(colleague).getByRole('option').first()).toContainText(ARRIVAL.title);
    await colleague.close();
  });

  await test.step('a question that is also a search: suggestions, then results, one list for the keys', async () => {
    await search.fill('发货时间');
    // Until the host answers, the previous question's suggestions stay, marked busy.
    await expect(panel.locator('.panel-suggestions')).toHaveAttribute('aria-busy', 'false');
    await expect(list.getByRole('option')).toHaveCount(3);
    const results = panel.getByRole('listbox', { name: '匹配的快捷短语' });
    await expect(panel.getByRole('heading', { name: '搜索结果' })).toBeVisible();
    // Alt+1…3 are the suggestions; the results' badges follow on from 4.
    await expect(results.getByRole('option').first().locator('.panel-row-badge')).toHaveText('4');
    for (const id of ['panel-suggestion-1', 'panel-suggestion-2', 'panel-result-0']) {
      await search.press('ArrowDown');
      await expect(search).toHaveAttribute('aria-activedescendant', id);
    }
    await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    for (let i = 0; i < 3; i += 1) await search.press('ArrowUp');
    await expect(search).toHaveAttribute('aria-activedescendant', 'panel-suggestion-0');
  });

  await test.step('en-US: the same panel, its reasons in English', async () => {
    await agent.call('settings.setLanguage', { language: 'en-US' });
    await chat.bringToFront();
    writeClipboardText(BUYER_QUESTION);
    await pressQuestionHotkey(agent);
    await showPanel(panel);
    const english = panel.getByRole('listbox', { name: "Replies suggested for the buyer's question" });
    await expect(english.getByRole('option')).toHaveCount(3);
    await expect(english.getByRole('option').first().locator('.panel-intent').first()).toHaveText(
      'Arrival time',
    );
    await expect(panel.getByText('Suggested replies')).toBeVisible();
    await expect(english.getByRole('option').first().locator('.panel-suggestion-words')).toContainText(
      'Like: ',
    );
    // The earlier paste's notice has gone: the footer shows the keys again.
    await expect(panel.locator('.panel-notice')).toHaveCount(0, { timeout: 10_000 });
    await snapPanel(panel, 'panel-suggestions-en');
    await agent.call('settings.setLanguage', { language: 'zh-CN' });
  });
});
