import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { FocusNotRestored, type PasteTarget } from './foreground-window';
import { NoKeystrokeInjection, type PasteInjector, type PasteOutcome } from './paste-injector';
import { createPasteInjector, type KeystrokePort } from './paste-sequence';
import { createX11Clipboard } from './x11-clipboard';
import type { X11Desktop } from './x11-desktop';

/** The display setters exist on Linux builds but are missing from the package's typings. */
type Robot = typeof import('@jitsi/robotjs') & {
  getXDisplayName(): string;
  setXDisplayName(name: string): void;
};

/** robotjs is a native addon: loaded on first use, so a broken install degrades to xdotool. */
function loadRobot(): Robot | null {
  try {
    return createRequire(import.meta.url)('@jitsi/robotjs') as Robot;
  } catch {
    return null;
  }
}

function xdotoolPaste(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // --clearmodifiers releases keys the agent still holds (Ctrl+Alt of a pinned-phrase hotkey),
    // which would otherwise turn Ctrl+V into Ctrl+Alt+V.
    execFile('xdotool', ['key', '--clearmodifiers', 'ctrl+v'], { env, timeout: 2000 }, (error) => {
      if (!error) resolve();
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        reject(new NoKeystrokeInjection('neither @jitsi/robotjs nor xdotool is available'));
      else reject(error);
    });
  });
}

/** Ctrl+V into whichever X11 window has focus, through XTest. Never Enter. */
export function createX11Keystroke(env: NodeJS.ProcessEnv = process.env): KeystrokePort {
  let robot: Robot | null | undefined;
  return {
    async sendPaste() {
      // Without a display robotjs does not throw: XOpenDisplay fails and it dereferences NULL,
      // killing the whole process. Wayland sessions without XWayland end up here.
      if (!env.DISPLAY) throw new NoKeystrokeInjection('no X display (DISPLAY is not set)');
      robot ??= loadRobot();
      if (robot === null) return xdotoolPaste(env);
      // Setting the name makes robotjs reopen its X connection, so only when it changes.
      if (robot.getXDisplayName() !== env.DISPLAY) robot.setXDisplayName(env.DISPLAY);
      robot.keyTap('v', 'control');
    },
  };
}

export function classifyX11Failure(error: unknown): PasteOutcome {
  if (error instanceof FocusNotRestored) return { status: 'copiedOnly', reason: 'focusLost' };
  return {
    status: 'copiedOnly',
    reason: error instanceof NoKeystrokeInjection ? 'unsupported' : 'injectionFailed',
  };
}

export interface X11PasteOptions {
  restoreBoundMs?: number;
  beforePaste?: () => Promise<void>;
  /** Focus and modifiers of the display (x11-desktop), with the window the hotkey captured. */
  desktop?: { x11: X11Desktop; target: PasteTarget };
  /** Environment for xclip, xdotool and the display check; defaults to this process's. */
  env?: NodeJS.ProcessEnv;
}

/** The Linux X11 paste injector: xclip for the clipboard, robotjs (or xdotool) for Ctrl+V, Xlib for focus and modifiers. */
export function createX11PasteInjector(options: X11PasteOptions = {}): PasteInjector {
  const env = options.env ?? process.env;
  return createPasteInjector({
    clipboard: createX11Clipboard({ env }),
    keys: createX11Keystroke(env),
    ...(options.desktop
      ? {
          modifiers: options.desktop.x11.modifiers,
          foreground: { port: options.desktop.x11.foreground, target: options.desktop.target.current },
        }
      : {}),
    beforePaste: options.beforePaste,
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    restoreBoundMs: options.restoreBoundMs,
    classifyFailure: classifyX11Failure,
  });
}
