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
  return execFileSync('xclip', ['-selection', 'clipboard', '-t', target, '-o'], { timeout: 5000 });
}
