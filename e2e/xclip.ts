/**
 * The test's own view of the X11 clipboard, straight through xclip, independent of the product's
 * x11-clipboard module so that the assertions do not trust the code under test.
 */
import { execFileSync } from 'node:child_process';

export function clipboardTargets(): string[] {
  return execFileSync('xclip', ['-selection', 'clipboard', '-t', 'TARGETS', '-o'], { timeout: 5000 })
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
}

export function readClipboard(target: string): Buffer {
  // xclip's complaint about an empty clipboard belongs in the thrown error, not in the test's output.
  return execFileSync('xclip', ['-selection', 'clipboard', '-t', target, '-o'], {
    timeout: 5000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const OWNERSHIP_TIMEOUT_MS = 2000;

/**
 * Puts text on the clipboard the way a chat client's copy would. xclip forks a child that serves
 * the selection until another owner takes it (no pipe of ours is left open in it); its parent exits
 * before the child owns the selection, so this returns once the text is read back.
 */
export function writeClipboardText(text: string): void {
  execFileSync('xclip', ['-selection', 'clipboard', '-t', 'UTF8_STRING', '-i'], {
    input: text,
    stdio: ['pipe', 'ignore', 'ignore'],
    timeout: 5000,
  });
  const deadline = Date.now() + OWNERSHIP_TIMEOUT_MS;
  for (;;) {
    let served: string | null = null;
    try {
      served = readClipboard('UTF8_STRING').toString('utf8');
    } catch {
      // Nobody owns it yet: the xclip child has not taken over.
    }
    if (served === text) return;
    if (Date.now() > deadline) throw new Error('xclip did not take over the clipboard');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
}
