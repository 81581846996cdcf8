/**
 * X displays for the X11 paste tests: the one the session already has, or an Xvfb of the worker's
 * own. Xvfb picks a free display number itself (-displayfd), so parallel runs never collide.
 *
 * The Xvfbs stop when the worker exits, and robotjs, whose X connection stays open for the life of
 * the process, then prints "XIO: fatal IO error … on X server" from its exit handler: expected
 * noise, not a failure.
 */
import { spawn } from 'node:child_process';

export interface X11Display {
  display: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

let shared: Promise<X11Display> | undefined;

/**
 * The session's display, or one Xvfb shared by every X11 spec of this worker and stopped when the
 * worker exits: robotjs keeps its X connection for the life of the process and dies (XIO) if a
 * server it talked to goes away while the worker still runs.
 */
export async function ensureX11Display(): Promise<X11Display> {
  const existing = process.env.DISPLAY;
  if (existing) return { display: existing, stop: async () => undefined };
  shared ??= startXvfb().then((started) => {
    process.once('exit', () => void started.stop());
    return started;
  });
  const { display } = await shared;
  process.env.DISPLAY = display;
  return { display, stop: async () => undefined };
}

/** A private Xvfb of its own, whatever DISPLAY says (for a test that changes the desktop, e.g. its window manager). */
export function startXvfb(): Promise<X11Display> {
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
      resolve({ display: `:${written.trim()}`, stop });
    });
  });
}
