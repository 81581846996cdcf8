/**
 * The test window of 粘贴自检, run as a process of its own (`--paste-target`) so that the paste
 * has to leave Kefu Desk for another app, as it does for 千牛. A text field, focused; on each
 * line the parent writes to stdin it prints `{"text": …}` with the field's content; it quits when
 * stdin closes. No database, no single-instance lock, its own Chromium profile folder.
 */
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createTranslator, languageForLocale } from '../core/i18n/translator';

export const PASTE_TARGET_ARG = '--paste-target';

const page = (title: string) =>
  `data:text/html;charset=utf-8,${encodeURIComponent(
    `<!doctype html><meta charset="utf-8"><title>${title}</title>` +
      `<body style="margin:12px;font:14px sans-serif"><p>${title}</p>` +
      '<textarea id="field" rows="4" style="width:100%" autofocus></textarea></body>',
  )}`;

const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

export function runPasteTargetWindow(argv: readonly string[]): void {
  app.setPath('userData', join(tmpdir(), 'kefu-desk-paste-target'));
  const language = languageForLocale(argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length));
  const title = createTranslator(language).t('selfTest.targetTitle');
  void app.whenReady().then(async () => {
    const window = new BrowserWindow({
      width: 420,
      height: 200,
      alwaysOnTop: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    await window.loadURL(page(title));
    window.show();
    window.focus();
    window.webContents.focus();
    await window.webContents.executeJavaScript('document.getElementById("field").focus()');
    say({ ready: true, pid: process.pid });
    const lines = createInterface({ input: process.stdin });
    lines.on('line', () => {
      void window.webContents
        .executeJavaScript('document.getElementById("field").value')
        .then((text: unknown) => say({ text: String(text) }));
    });
    lines.on('close', () => app.quit());
  });
}
