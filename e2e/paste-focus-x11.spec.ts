/**
 * Issue 13 on a real X server: two real X11 windows, a Chromium textarea as the chat client and a
 * second Chromium window as the reply panel's stand-in. The hotkey's capture records the chat
 * window; the panel takes the focus; the agent still holds Ctrl+Alt (pressed through XTest with
 * `xdotool keydown`, like a pinned-phrase hotkey) when the paste fires. The product's paste
 * sequence with its Xlib focus and modifier ports must bring the chat window back, release
 * Ctrl+Alt, and paste the phrase there, and nothing into the panel.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import i18next from 'i18next';
import { createPasteTarget } from '../electron/core/platform/foreground-window';
import type { PasteStep } from '../electron/core/platform/paste-injector';
import { runPasteSelfTest } from '../electron/core/platform/paste-self-test';
import { selfTestReportText } from '../electron/core/platform/self-test-report';
import { createX11Clipboard } from '../electron/core/platform/x11-clipboard';
import { createX11PasteInjector } from '../electron/core/platform/x11-paste-injector';
import { openX11Desktop, type X11Desktop } from '../electron/core/platform/x11-desktop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ensureX11Display, type X11Display } from './x11-display';
import { readClipboard } from './xclip';

const PHRASE = '亲，已为您备注优先发货，今天 17:00 前发出。';

function skipOutsideWebProject() {
  test.skip(test.info().project.name !== 'web', 'X11 focus test runs once, in the web project');
}

let x11: X11Display;
let browser: Browser;
let desktop: X11Desktop;

test.beforeAll(async () => {
  skipOutsideWebProject();
  x11 = await ensureX11Display();
  desktop = openX11Desktop(x11.display);
  browser = await chromium.launch({
    headless: false,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, DISPLAY: x11.display },
  });
});

test.afterAll(async () => {
  await browser?.close();
  desktop?.close();
  await x11?.stop();
});

test.beforeEach(skipOutsideWebProject);

const xdotool = (...args: string[]) =>
  execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: x11.display }, timeout: 5000 });

/** A window of its own (a context opens one) holding one text field that records its keys. */
async function windowWithField(tag: 'textarea' | 'input'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.setContent(`<${tag} id="field"></${tag}>
    <script>
      window.keys = [];
      document.getElementById('field').addEventListener('keydown', (e) =>
        window.keys.push({ key: e.key, ctrl: e.ctrlKey, alt: e.altKey }));
    </script>`);
  return page;
}

/** Focus as the agent would give it: the window to the front, the caret in its field. */
async function focusWindow(page: Page): Promise<string> {
  await page.bringToFront();
  await page.locator('#field').focus();
  await expect.poll(() => desktop.foreground.current()).not.toBeNull();
  return desktop.foreground.current()!;
}

test('the paste goes back to the captured chat window and arrives as Ctrl+V while Ctrl+Alt are held', async () => {
  const chat = await windowWithField('textarea');
  const panel = await windowWithField('input');

  const chatWindow = await focusWindow(chat);
  // The hotkey fires over the chat client: the shell captures it, then shows the panel.
  const target = createPasteTarget(desktop.foreground);
  expect(target.capture()).toBe(chatWindow);
  desktop.foreground.activate(await focusWindow(panel));
  const panelWindow = desktop.foreground.current();
  expect(panelWindow).not.toBe(chatWindow);

  xdotool('keydown', 'ctrl+alt');
  const steps: PasteStep[] = [];
  try {
    expect(desktop.modifiers.held()).toEqual(expect.arrayContaining(['ctrl', 'alt']));
    const injector = createX11PasteInjector({ desktop: { x11: desktop, target } });
    await expect(injector.paste(PHRASE, (step) => steps.push(step))).resolves.toEqual({ status: 'pasted' });
  } finally {
    xdotool('keyup', 'ctrl+alt');
  }

  await expect(chat.locator('#field')).toHaveValue(PHRASE);
  await expect(panel.locator('#field')).toHaveValue('');
  expect(desktop.foreground.current()).toBe(chatWindow);
  const keys = await chat.evaluate(
    () => (window as unknown as { keys: { key: string; ctrl: boolean; alt: boolean }[] }).keys,
  );
  expect(keys).toContainEqual({ key: 'v', ctrl: true, alt: false });
  expect(keys.map((k) => k.key)).not.toContain('Enter');
  expect(steps.map(({ step, status }) => `${step}:${status}`)).toEqual([
    'clipboardWrite:pass',
    'modifiers:pass',
    'focus:pass',
    'keystroke:pass',
    'clipboardRestore:pass',
  ]);
  expect(steps[1]?.detail).toMatchObject({ released: 'ctrl+alt' });
  expect(steps[2]?.detail).toMatchObject({ window: chatWindow });
  // Restored as soon as Chromium had read the phrase, well inside the bound.
  expect(String(steps[4]?.detail?.after)).toMatch(/\(read\)$/);
  await chat.context().close();
  await panel.context().close();
});

test('粘贴自检 runs the same loop on this X server and passes every step', async () => {
  const chat = await windowWithField('textarea');
  const panel = await windowWithField('input');
  const target = createPasteTarget(desktop.foreground);
  const clipboard = createX11Clipboard();
  const report = await runPasteSelfTest({
    hotkeys: () => [{ purpose: 'panel', accelerator: 'Ctrl+Alt+Space', state: 'registered' }],
    tokenProtection: () => ({ level: 'keychain', stored: 'sealed' }),
    now: Date.now,
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    desktop: {
      accessibility: () => 'notNeeded',
      displayServer: () => 'x11',
      openTarget: async () => {
        await focusWindow(chat);
        return { text: () => chat.locator('#field').inputValue(), close: async () => undefined };
      },
      capture: () => target.capture(),
      showPanel: async () => desktop.foreground.activate(await focusWindow(panel)),
      // Hiding the real panel leaves the focus nowhere on a desktop without a window manager.
      hidePanel: () => undefined,
      holdModifiers: async () => {
        xdotool('keydown', 'ctrl+alt');
        return () => xdotool('keyup', 'ctrl+alt');
      },
      clipboard: {
        writeText: (text) => clipboard.writeText(text),
        readText: async () => readClipboard('UTF8_STRING').toString('utf8'),
      },
      injector: createX11PasteInjector({ desktop: { x11: desktop, target } }),
      done: () => undefined,
    },
  });
  // The locale file as the shell's translator uses it (Playwright's loader cannot import JSON).
  const zh = i18next.createInstance();
  await zh.init({
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    resources: { 'zh-CN': { translation: JSON.parse(readFileSync('locales/zh-CN.json', 'utf8')) } },
  });
  const text = selfTestReportText(report, (key, options) => zh.t(key, options), {
    appVersion: 'e2e',
    platform: 'linux (Xvfb)',
    time: new Date(report.ranAt).toISOString(),
  });
  await test.info().attach('self-test-report.txt', { body: text, contentType: 'text/plain' });
  expect(
    report.checks.filter((c) => c.status === 'fail'),
    text,
  ).toEqual([]);
  expect(report.passed).toBe(true);
  expect(text).toContain('✔ 测试文字已出现在测试窗口中');
  expect(text).toContain('✔ 修饰键：按住 ctrl+alt，已松开 ctrl+alt');
  await expect(panel.locator('#field')).toHaveValue('');
  await chat.context().close();
  await panel.context().close();
});
