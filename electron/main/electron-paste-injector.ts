import { BrowserWindow, clipboard, systemPreferences } from 'electron';
import { FocusNotRestored, type PasteTarget } from '../core/platform/foreground-window';
import { NoKeystrokeInjection, type PasteInjector, type PasteOutcome } from '../core/platform/paste-injector';
import { createPasteInjector, type ClipboardPort, type KeystrokePort } from '../core/platform/paste-sequence';
import type { DesktopPorts } from './desktop-ports';
import { pastesIntoUncapturedWindow, type DisplayServer } from './display-server';
import { loadRobot } from './robot';

/**
 * The paste injector of the desktop app: Electron's clipboard, a synthetic Ctrl+V / Cmd+V through
 * @jitsi/robotjs (N-API prebuilds that load in Electron without a rebuild), and this OS's
 * foreground-window and modifier ports (desktop-ports): the chat window captured by the hotkey is
 * brought back and confirmed, and held modifiers released, before the keystroke.
 *
 * Electron cannot see when the chat client reads the clipboard, so the previous clipboard comes
 * back after DEFAULT_RESTORE_BOUND_MS, and not at all if the agent copied something meanwhile.
 *
 * What cannot be detected: on Windows, UIPI silently drops synthetic input aimed at a window of a
 * higher integrity level (a chat client run as administrator). SendInput reports no error, so the
 * outcome is `pasted` while nothing arrived; the text then stays on the clipboard only until the
 * restore. `elevatedTarget` is therefore never reported from here.
 */

interface ElectronClipboardSnapshot {
  /** The formats Electron can write back together in one clipboard transaction. */
  standard: Electron.Data;
  /** Everything else (e.g. a file list), as raw bytes per format. */
  raw: { format: string; bytes: Buffer }[];
}

const isStandard = (format: string) => /^(text\/(plain|html|rtf)|image\/)/.test(format);

/**
 * Electron writes each `writeBuffer` call as its own clipboard transaction, replacing what was
 * there; only `write()` puts several formats up at once, and it knows text, HTML, RTF and image.
 * So a clipboard with standard formats comes back with all of them and without its private
 * formats; a clipboard holding only private formats comes back with the first one.
 */
const electronClipboard: ClipboardPort<ElectronClipboardSnapshot> = {
  async snapshot() {
    const formats = clipboard.availableFormats();
    const standard: Electron.Data = {};
    if (formats.some((format) => format.startsWith('text/plain'))) standard.text = clipboard.readText();
    if (formats.includes('text/html')) standard.html = clipboard.readHTML();
    if (formats.includes('text/rtf')) standard.rtf = clipboard.readRTF();
    if (formats.some((format) => format.startsWith('image/'))) {
      const image = clipboard.readImage();
      if (!image.isEmpty()) standard.image = image;
    }
    const raw = formats
      .filter((format) => !isStandard(format))
      .map((format) => ({ format, bytes: clipboard.readBuffer(format) }))
      .filter(({ bytes }) => bytes.length > 0);
    return { standard, raw };
  },
  async writeText(text) {
    clipboard.writeText(text);
  },
  async restore({ standard, raw }) {
    const [firstRaw] = raw;
    if (Object.keys(standard).length > 0) clipboard.write(standard);
    else if (firstRaw) clipboard.writeBuffer(firstRaw.format, firstRaw.bytes);
    else clipboard.clear();
  },
};

class AccessibilityDenied extends Error {
  override readonly name = 'AccessibilityDenied';
}

class FocusStayed extends Error {
  override readonly name = 'FocusStayed';
}

const accessibilityTrusted = (): boolean =>
  process.platform !== 'darwin' || systemPreferences.isTrustedAccessibilityClient(false);

function robotKeystroke(): KeystrokePort {
  return {
    async sendPaste() {
      // Asking without the prompt: the settings page is where the agent is sent to grant it.
      if (!accessibilityTrusted()) {
        throw new AccessibilityDenied('Kefu Desk is not trusted for accessibility');
      }
      // robotjs talks XTest; without an X display (Wayland without XWayland) it would crash the
      // whole main process instead of throwing.
      if (process.platform === 'linux' && !process.env.DISPLAY) {
        throw new NoKeystrokeInjection('no X display (DISPLAY is not set)');
      }
      const robot = loadRobot();
      if (robot === null) throw new NoKeystrokeInjection('@jitsi/robotjs could not be loaded');
      robot.keyTap('v', process.platform === 'darwin' ? 'command' : 'control');
    },
  };
}

const FOCUS_WAIT_MS = 500;
const FOCUS_POLL_MS = 10;

/**
 * No window was captured (the panel opened from the tray, or the port is missing): at least no
 * window of ours may have the focus, or the keystroke would paste into our own UI.
 */
async function focusLeftOurWindows(server: DisplayServer): Promise<void> {
  if (!pastesIntoUncapturedWindow(server))
    throw new NoKeystrokeInjection(`the focused window may not be an X11 window (${server})`);
  const deadline = Date.now() + FOCUS_WAIT_MS;
  while (BrowserWindow.getFocusedWindow() !== null) {
    if (Date.now() > deadline) throw new FocusStayed('a Kefu Desk window kept the focus');
    await new Promise((resolve) => setTimeout(resolve, FOCUS_POLL_MS));
  }
}

function classifyFailure(error: unknown): PasteOutcome {
  if (!accessibilityTrusted() || error instanceof AccessibilityDenied)
    return { status: 'copiedOnly', reason: 'accessibilityDenied' };
  if (error instanceof NoKeystrokeInjection) return { status: 'copiedOnly', reason: 'unsupported' };
  if (error instanceof FocusNotRestored || error instanceof FocusStayed)
    return { status: 'copiedOnly', reason: 'focusLost' };
  return { status: 'copiedOnly', reason: 'injectionFailed' };
}

export interface ElectronPasteOptions {
  desktop: DesktopPorts | null;
  /** The window the hotkey captured. */
  target: PasteTarget;
  displayServer: DisplayServer;
}

export function createElectronPasteInjector({
  desktop,
  target,
  displayServer,
}: ElectronPasteOptions): PasteInjector {
  const captured = () => (desktop ? target.current() : null);
  return createPasteInjector({
    clipboard: electronClipboard,
    keys: robotKeystroke(),
    ...(desktop
      ? { modifiers: desktop.modifiers, foreground: { port: desktop.foreground, target: captured } }
      : {}),
    beforePaste: async () => {
      if (captured() === null) await focusLeftOurWindows(displayServer);
    },
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    classifyFailure,
  });
}
