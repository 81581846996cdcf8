/**
 * The X11 CLIPBOARD's text through xclip, for the question hotkey where there is no Electron
 * clipboard (the web host on a real X display). Whatever cannot be read is no question: '' when
 * nobody owns the clipboard (xclip exits 1), it offers no UTF-8 text, or its owner hangs.
 */
import { execFile } from 'node:child_process';

/** A hung selection owner would otherwise hang the hotkey. */
const READ_TIMEOUT_MS = 2000;
/** Far more than a question; phrases.suggest reads 500 characters of it. */
const MAX_READ_BYTES = 1024 * 1024;

export function readX11ClipboardText(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'xclip',
      ['-selection', 'clipboard', '-t', 'UTF8_STRING', '-o'],
      { env, encoding: 'buffer', timeout: READ_TIMEOUT_MS, maxBuffer: MAX_READ_BYTES },
      (error, stdout) => resolve(error ? '' : stdout.toString('utf8')),
    );
  });
}
