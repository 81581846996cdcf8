/**
 * The X11 desktop through Xlib and XTest, called in-process with koffi (prebuilt, N-API): which
 * window has the keyboard, bringing one back, which modifiers are down, releasing them. Plain
 * Node, so the Electron shell on Linux (run with --ozone-platform=x11) and the Xvfb test use the
 * same code. libX11 and libXtst are on every X11 desktop (Electron links the first, robotjs the
 * second).
 *
 * Two kinds of desktop:
 * - with an EWMH window manager (GNOME, KDE, Xfce …) the active window is the root's
 *   `_NET_ACTIVE_WINDOW`, and activation is the `_NET_ACTIVE_WINDOW` client message with source
 *   "pager", which focus-stealing prevention lets through (as `xdotool windowactivate` does);
 * - without one (a bare Xvfb) it is the X input focus, walked up to its top-level window, and
 *   activation is XRaiseWindow + XSetInputFocus.
 */
import { createRequire } from 'node:module';
import type { ForegroundPort, WindowHandle } from './foreground-window';
import type { Modifier, ModifierPort } from './modifier-keys';

type Koffi = typeof import('koffi');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- koffi's declared functions are untyped
type NativeFunction = (...args: any[]) => any;

/**
 * XK_* keysyms of each modifier's keys (X11/keysymdef.h). `meta` is the Super (Windows) key: the
 * keysym Meta_L usually shares Alt_L's key, and would count every Alt as Meta too.
 */
const MODIFIER_KEYSYMS: Record<Modifier, number[]> = {
  ctrl: [0xffe3, 0xffe4],
  alt: [0xffe9, 0xffea, 0xfe03],
  shift: [0xffe1, 0xffe2],
  meta: [0xffeb, 0xffec],
};

const NONE = 0;
const POINTER_ROOT = 1;
const REVERT_TO_PARENT = 2;
const CURRENT_TIME = 0;
const CLIENT_MESSAGE = 33;
const SUBSTRUCTURE_MASK = (1 << 19) | (1 << 20);
const XA_WINDOW = 33;
/** `_NET_ACTIVE_WINDOW` source indication "pager": a request on the user's behalf. */
const SOURCE_PAGER = 2;

export interface X11Desktop {
  foreground: ForegroundPort;
  modifiers: ModifierPort;
  /** Whether an EWMH window manager runs (`_NET_SUPPORTING_WM_CHECK` on the root). */
  hasWindowManager(): boolean;
  close(): void;
}

export const windowHandle = (id: number): WindowHandle => `0x${id.toString(16)}`;
const windowId = (handle: WindowHandle): number => Number.parseInt(handle, 16);

export class NoX11Display extends Error {
  override readonly name = 'NoX11Display';
}

type Xlib = ReturnType<typeof declareXlib>;
let xlib: Xlib | undefined;

/** koffi registers type names process-wide: the functions are declared once, shared by every display. */
function bind(koffi: Koffi): Xlib {
  xlib ??= declareXlib(koffi);
  return xlib;
}

function declareXlib(koffi: Koffi) {
  const x11 = koffi.load('libX11.so.6');
  const xtst = koffi.load('libXtst.so.6');
  // A ClientMessage padded to sizeof(XEvent) (24 longs): Xlib copies a whole XEvent.
  const clientMessage = koffi.struct('KefuXClientMessageEvent', {
    type: 'int',
    serial: 'unsigned long',
    send_event: 'int',
    display: 'void *',
    window: 'unsigned long',
    message_type: 'unsigned long',
    format: 'int',
    data: koffi.array('long', 5),
    pad: koffi.array('long', 12),
  });
  const fn = (lib: typeof x11, signature: string): NativeFunction => lib.func(signature) as NativeFunction;
  return {
    clientMessage,
    XOpenDisplay: fn(x11, 'void *XOpenDisplay(const char *name)'),
    XCloseDisplay: fn(x11, 'int XCloseDisplay(void *display)'),
    XDefaultRootWindow: fn(x11, 'unsigned long XDefaultRootWindow(void *display)'),
    XInternAtom: fn(x11, 'unsigned long XInternAtom(void *display, const char *name, int onlyIfExists)'),
    XGetWindowProperty: fn(
      x11,
      'int XGetWindowProperty(void *display, unsigned long w, unsigned long property, long offset, long length, int del, unsigned long reqType, _Out_ unsigned long *actualType, _Out_ int *actualFormat, _Out_ unsigned long *items, _Out_ unsigned long *bytesAfter, _Out_ void **prop)',
    ),
    XGetInputFocus: fn(
      x11,
      'int XGetInputFocus(void *display, _Out_ unsigned long *focus, _Out_ int *revert)',
    ),
    XQueryTree: fn(
      x11,
      'int XQueryTree(void *display, unsigned long w, _Out_ unsigned long *root, _Out_ unsigned long *parent, _Out_ void **children, _Out_ unsigned int *count)',
    ),
    XSetInputFocus: fn(
      x11,
      'int XSetInputFocus(void *display, unsigned long w, int revertTo, unsigned long time)',
    ),
    XRaiseWindow: fn(x11, 'int XRaiseWindow(void *display, unsigned long w)'),
    XSendEvent: fn(
      x11,
      'int XSendEvent(void *display, unsigned long w, int propagate, long mask, KefuXClientMessageEvent *event)',
    ),
    XQueryKeymap: fn(x11, 'int XQueryKeymap(void *display, _Out_ uint8_t *keys)'),
    XKeysymToKeycode: fn(x11, 'uint8_t XKeysymToKeycode(void *display, unsigned long keysym)'),
    XSync: fn(x11, 'int XSync(void *display, int discard)'),
    XFree: fn(x11, 'int XFree(void *data)'),
    XTestFakeKeyEvent: fn(
      xtst,
      'int XTestFakeKeyEvent(void *display, unsigned int keycode, int isPress, unsigned long delay)',
    ),
  };
}

/** Opens its own connection to `display` (default: $DISPLAY). Throws NoX11Display without one. */
export function openX11Desktop(display = process.env.DISPLAY): X11Desktop {
  if (!display) throw new NoX11Display('no X display (DISPLAY is not set)');
  const koffi = createRequire(import.meta.url)('koffi') as Koffi;
  const x = bind(koffi);
  const connection: unknown = x.XOpenDisplay(display);
  if (!connection) throw new NoX11Display(`cannot open X display ${display}`);
  const root = Number(x.XDefaultRootWindow(connection));
  const netActiveWindow = Number(x.XInternAtom(connection, '_NET_ACTIVE_WINDOW', 0));
  const netSupportingWmCheck = Number(x.XInternAtom(connection, '_NET_SUPPORTING_WM_CHECK', 0));
  const keycodes = new Map<Modifier, number[]>(
    (Object.entries(MODIFIER_KEYSYMS) as [Modifier, number[]][]).map(([modifier, keysyms]) => [
      modifier,
      keysyms.map((keysym) => Number(x.XKeysymToKeycode(connection, keysym))).filter((code) => code > 0),
    ]),
  );

  /** A window property of the root holding one window id; null when it is not set. */
  function rootWindowProperty(property: number): number | null {
    const type = [0];
    const format = [0];
    const items = [0];
    const after = [0];
    const data: unknown[] = [null];
    const status = x.XGetWindowProperty(
      connection,
      root,
      property,
      0,
      1,
      0,
      XA_WINDOW,
      type,
      format,
      items,
      after,
      data,
    );
    if (status !== 0 || !data[0]) return null;
    try {
      return Number(items[0]) === 1 ? Number(koffi.decode(data[0], 'unsigned long')) : null;
    } finally {
      x.XFree(data[0]);
    }
  }

  /** An EWMH window manager announces itself on the root; it may set no active window yet. */
  const hasWindowManager = (): boolean => (rootWindowProperty(netSupportingWmCheck) ?? NONE) !== NONE;

  /** The child of the root that contains `window` (what a window manager would call the window). */
  function topLevel(window: number): number {
    let current = window;
    for (;;) {
      const rootOut = [0];
      const parent = [0];
      const children: unknown[] = [null];
      const count = [0];
      if (!x.XQueryTree(connection, current, rootOut, parent, children, count)) return current;
      if (children[0]) x.XFree(children[0]);
      if (Number(parent[0]) === root || Number(parent[0]) === NONE) return current;
      current = Number(parent[0]);
    }
  }

  function focusedWindow(): number | null {
    const focus = [0];
    const revert = [0];
    x.XGetInputFocus(connection, focus, revert);
    const window = Number(focus[0]);
    return window === NONE || window === POINTER_ROOT || window === root ? null : topLevel(window);
  }

  const foreground: ForegroundPort = {
    current() {
      if (hasWindowManager()) {
        const active = rootWindowProperty(netActiveWindow) ?? NONE;
        return active === NONE ? null : windowHandle(active);
      }
      const focused = focusedWindow();
      return focused === null ? null : windowHandle(focused);
    },
    activate(handle) {
      const window = windowId(handle);
      if (hasWindowManager()) {
        x.XSendEvent(connection, root, 0, SUBSTRUCTURE_MASK, {
          type: CLIENT_MESSAGE,
          serial: 0,
          send_event: 1,
          display: connection,
          window,
          message_type: netActiveWindow,
          format: 32,
          data: [SOURCE_PAGER, CURRENT_TIME, 0, 0, 0],
          pad: new Array(12).fill(0),
        });
      } else {
        x.XRaiseWindow(connection, window);
        x.XSetInputFocus(connection, window, REVERT_TO_PARENT, CURRENT_TIME);
      }
      x.XSync(connection, 0);
    },
  };

  function pressedKeycodes(): Set<number> {
    const keys = new Uint8Array(32);
    x.XQueryKeymap(connection, keys);
    const pressed = new Set<number>();
    keys.forEach((byte, index) => {
      for (let bit = 0; bit < 8; bit += 1) if (byte & (1 << bit)) pressed.add(index * 8 + bit);
    });
    return pressed;
  }

  const modifiers: ModifierPort = {
    held() {
      const pressed = pressedKeycodes();
      return [...keycodes]
        .filter(([, codes]) => codes.some((code) => pressed.has(code)))
        .map(([modifier]) => modifier);
    },
    release(which) {
      const pressed = pressedKeycodes();
      for (const modifier of which) {
        for (const code of keycodes.get(modifier) ?? []) {
          if (pressed.has(code)) x.XTestFakeKeyEvent(connection, code, 0, 0);
        }
      }
      x.XSync(connection, 0);
    },
  };

  return {
    foreground,
    modifiers,
    hasWindowManager,
    close: () => void x.XCloseDisplay(connection),
  };
}
