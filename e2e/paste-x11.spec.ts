/**
 * DESIGN.md "Platform adapters": the Linux paste injector is real and tested under Xvfb. A headed
 * Chromium holds a chat-like <textarea>; the project's own X11 injector pastes a filled phrase
 * into it with a synthetic Ctrl+V, then hands back the clipboard the agent had before.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { createX11PasteInjector } from '../electron/core/platform/x11-paste-injector';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ensureX11Display, type X11Display } from './x11-display';
import { clipboardTargets, readClipboard } from './xclip';

const PHRASE = '亲，您的订单 2890345512 已由中通快递发出，运单号 ZT7788990011。';
const PREVIOUS_TEXT = '上一次复制的内容';
const COPY_SETTLE_MS = 600;
const CHAT_ORIGIN = 'https://chat.kefu.test/';

/** The X server and the clipboard are shared state: one project is enough. */
function skipOutsideWebProject() {
  test.skip(test.info().project.name !== 'web', 'X11 paste test runs once, in the web project');
}

let x11: X11Display;
let browser: Browser;

test.beforeAll(async () => {
  skipOutsideWebProject();
  x11 = await ensureX11Display();
  browser = await chromium.launch({
    headless: false,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, DISPLAY: x11.display },
  });
});

test.afterAll(async () => {
  await browser?.close();
  await x11?.stop();
});

test.beforeEach(skipOutsideWebProject);

/** A chat input that records every key it sees, the way a chat client would react to them. */
async function chatInput(): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  // The async clipboard API needs a secure context, which about:blank is not; a routed https
  // origin is one, and no server is involved.
  await page.route(CHAT_ORIGIN, (route) => route.fulfill({ contentType: 'text/html', body: '' }));
  await page.goto(CHAT_ORIGIN);
  await page.setContent(`<textarea id="chat" rows="4" cols="60"></textarea>
    <script>
      window.keys = [];
      document.getElementById('chat').addEventListener('keydown', (event) => window.keys.push(event.key));
    </script>`);
  await page.bringToFront();
  await page.locator('#chat').focus();
  return page;
}

/**
 * The agent's previous clipboard: an image and its text, copied from a page the way a screenshot
 * with a caption would be. Chromium owns the selection then and offers both targets.
 */
async function copyImageAndText(page: Page): Promise<Buffer> {
  await page.evaluate(async (text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 12;
    canvas.height = 8;
    const paint = canvas.getContext('2d')!;
    paint.fillStyle = '#e4393c';
    paint.fillRect(0, 0, 12, 8);
    paint.fillStyle = '#ffffff';
    paint.fillRect(3, 2, 6, 4);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
    await navigator.clipboard.write([
      new ClipboardItem({ 'image/png': png, 'text/plain': new Blob([text], { type: 'text/plain' }) }),
    ]);
  }, PREVIOUS_TEXT);
  expect(clipboardTargets()).toEqual(expect.arrayContaining(['image/png', 'text/plain']));
  return readClipboard('image/png');
}

test('paste puts the filled phrase into a real Chromium textarea and restores the image clipboard', async () => {
  const page = await chatInput();
  const pngBefore = await copyImageAndText(page);
  expect(pngBefore.subarray(1, 4).toString('latin1')).toBe('PNG');

  const injector = createX11PasteInjector();
  await expect(injector.paste(PHRASE)).resolves.toEqual({ status: 'pasted' });

  await expect(page.locator('#chat')).toHaveValue(PHRASE);
  const value = await page.locator('#chat').inputValue();
  expect(value).not.toContain('\n');
  const keys = await page.evaluate(() => (window as unknown as { keys: string[] }).keys);
  expect(keys).toContain('v');
  expect(keys).not.toContain('Enter');

  // paste() resolves after the restore: the image is back, byte for byte.
  expect(clipboardTargets()).toContain('image/png');
  expect(readClipboard('image/png').equals(pngBefore)).toBe(true);
  await page.context().close();
});

test('copy leaves the phrase on the clipboard and the textarea untouched', async () => {
  const page = await chatInput();
  await createX11PasteInjector().copy(PHRASE);

  expect(readClipboard('UTF8_STRING').toString('utf8')).toBe(PHRASE);
  await page.waitForTimeout(COPY_SETTLE_MS);
  await expect(page.locator('#chat')).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
  expect(readClipboard('UTF8_STRING').toString('utf8')).toBe(PHRASE);
  await page.context().close();
});
