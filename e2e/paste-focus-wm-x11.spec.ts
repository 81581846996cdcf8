/**
 * The same paste as paste-focus-x11.spec.ts, on a desktop with an EWMH window manager (openbox),
 * as agents' Linux desktops have: the active window is read from `_NET_ACTIVE_WINDOW` and brought
 * back with the `_NET_ACTIVE_WINDOW` client message, which the window manager must honour. The
 * display is a private Xvfb, so the window manager never lands on a display other tests share.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { createPasteTarget } from '../electron/core/platform/foreground-window';
import type { PasteStep } from '../electron/core/platform/paste-injector';
import { createX11PasteInjector } from '../electron/core/platform/x11-paste-injector';
import { openX11Desktop, type X11Desktop } from '../electron/core/platform/x11-desktop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startXvfb, type X11Display } from './x11-display';

const PHRASE = '亲，退货地址已发您，寄回后请把运单号告诉我哦。';
const WM_TIMEOUT_MS = 10_000;

let x11: X11Display | undefined;
let windowManager: ChildProcess | undefined;
let browser: Browser | undefined;
let desktop: X11Desktop | undefined;
let env: NodeJS.ProcessEnv;

function skipOutsideWebProject() {
  test.skip(test.info().project.name !== 'web', 'X11 focus test runs once, in the web project');
}

/** openbox on the private display; null (and a loud skip) where it is not installed. */
async function startOpenbox(): Promise<ChildProcess | null> {
  const wm = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
  const missing = await new Promise<boolean>((resolve) => {
    wm.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ENOENT'));
    wm.once('spawn', () => resolve(false));
  });
  if (missing) return null;
  const deadline = Date.now() + WM_TIMEOUT_MS;
  while (!desktop!.hasWindowManager()) {
    if (Date.now() > deadline) throw new Error('openbox did not publish _NET_ACTIVE_WINDOW');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return wm;
}

test.beforeAll(async () => {
  skipOutsideWebProject();
  x11 = await startXvfb();
  env = { ...process.env, DISPLAY: x11.display };
  desktop = openX11Desktop(x11.display);
  const wm = await startOpenbox();
  if (wm === null) {
    const reason =
      'SKIPPED: openbox is not installed (apt-get install openbox); the EWMH focus path is untested';
    console.warn(`[paste-focus-wm-x11] ${reason}`);
    test.skip(true, reason);
  }
  windowManager = wm ?? undefined;
  browser = await chromium.launch({
    headless: false,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env,
  });
});

test.afterAll(async () => {
  await browser?.close();
  windowManager?.kill();
  desktop?.close();
  // robotjs keeps its X connection for the life of the worker and dies (XIO) when that server
  // goes away under it; the private Xvfb therefore lives until the worker exits.
  const display = x11;
  process.once('exit', () => void display?.stop());
});

test.beforeEach(skipOutsideWebProject);

async function windowWithField(tag: 'textarea' | 'input'): Promise<Page> {
  const page = await (await browser!.newContext()).newPage();
  await page.setContent(`<${tag} id="field"></${tag}>
    <script>
      window.keys = [];
      document.getElementById('field').addEventListener('keydown', (e) =>
        window.keys.push({ key: e.key, ctrl: e.ctrlKey, alt: e.altKey }));
    </script>`);
  return page;
}

/** The window manager's idea of the active window once the page is in front with its field focused. */
async function focusWindow(page: Page, notWindow: string | null = null): Promise<string> {
  await page.bringToFront();
  await page.locator('#field').focus();
  await expect.poll(() => desktop!.foreground.current()).not.toBe(notWindow);
  return desktop!.foreground.current()!;
}

test('under a window manager the paste activates the captured chat window again, Ctrl+Alt held', async () => {
  const chat = await windowWithField('textarea');
  const panel = await windowWithField('input');
  const chatWindow = await focusWindow(chat);
  const target = createPasteTarget(desktop!.foreground);
  expect(target.capture()).toBe(chatWindow);
  const panelWindow = await focusWindow(panel, chatWindow);
  expect(panelWindow).not.toBe(chatWindow);

  execFileSync('xdotool', ['keydown', 'ctrl+alt'], { env, timeout: 5000 });
  const steps: PasteStep[] = [];
  try {
    const injector = createX11PasteInjector({ env, desktop: { x11: desktop!, target } });
    await expect(injector.paste(PHRASE, (step) => steps.push(step))).resolves.toEqual({ status: 'pasted' });
  } finally {
    execFileSync('xdotool', ['keyup', 'ctrl+alt'], { env, timeout: 5000 });
  }

  await expect(chat.locator('#field')).toHaveValue(PHRASE);
  await expect(panel.locator('#field')).toHaveValue('');
  expect(desktop!.foreground.current()).toBe(chatWindow);
  const focus = steps.find((step) => step.step === 'focus');
  expect(focus).toMatchObject({ status: 'pass', detail: { window: chatWindow } });
  // The panel had the focus: the window manager had to be asked.
  expect(Number(focus?.detail?.activations)).toBeGreaterThanOrEqual(1);
  const keys = await chat.evaluate(
    () => (window as unknown as { keys: { key: string; ctrl: boolean; alt: boolean }[] }).keys,
  );
  expect(keys).toContainEqual({ key: 'v', ctrl: true, alt: false });
});
