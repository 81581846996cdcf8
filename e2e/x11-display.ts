/**
 * An X display for the X11 paste test: the one the session already has, or a private Xvfb.
 * Xvfb picks a free display number itself (-displayfd), so parallel runs never collide.
 *
 * Stopping it before the worker exits makes robotjs, whose X connection stays open for the life
 * of the process, print "XIO: fatal IO error … on X server" from its exit handler: expected noise,
 * not a failure.
 */
import { spawn } from 'node:child_process';

export interface X11Display {
  display: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

export function ensureX11Display(): Promise<X11Display> {
  const existing = process.env.DISPLAY;
  if (existing) return Promise.resolve({ display: existing, stop: async () => undefined });

  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (xvfb.exitCode !== null) return resolve();
      xvfb.once('exit', () => resolve());
      xvfb.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Xvfb did not report a display within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    xvfb.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'The X11 paste test needs an X display: DISPLAY is unset and Xvfb is not installed (apt-get install xvfb).',
            )
          : error,
      );
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code} before it was ready`));
    });
    let written = '';
    xvfb.stdout.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      xvfb.stdout.destroy();
      const display = `:${written.trim()}`;
      process.env.DISPLAY = display;
      resolve({
        display,
        stop: async () => {
          delete process.env.DISPLAY;
          await stop();
        },
      });
    });
  });
}
