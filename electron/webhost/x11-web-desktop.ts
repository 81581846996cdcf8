/**
 * The web host on a real X display (`--desktop x11`): the Linux desktop app's own clipboard and
 * paste code. The question hotkey's route records the window that has the keyboard (the chat
 * client), reads the real clipboard, and a delivery pastes there with Ctrl+V, the way the
 * Electron shell does, so the end-to-end test drives the real paste from the real panel page.
 */
import { createPasteTarget } from '../core/platform/foreground-window';
import { readX11ClipboardText } from '../core/platform/x11-clipboard-text';
import { openX11Desktop } from '../core/platform/x11-desktop';
import { createX11PasteInjector } from '../core/platform/x11-paste-injector';
import type { WebDesktop } from './web-desktop';

export function openX11WebDesktop(env: NodeJS.ProcessEnv = process.env): WebDesktop {
  if (!env.DISPLAY) throw new Error('--desktop x11 needs an X display (DISPLAY is not set)');
  const x11 = openX11Desktop(env.DISPLAY);
  const target = createPasteTarget(x11.foreground);
  return {
    injector: createX11PasteInjector({ desktop: { x11, target }, env }),
    readClipboardText: () => readX11ClipboardText(env),
    captureForeground: () => void target.capture(),
    close: () => x11.close(),
  };
}
