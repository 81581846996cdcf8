/**
 * Close-to-tray against the end of the OS session. The Electron binary is not available in
 * tests, so `electron` is replaced by a minimal BrowserWindow that emits events like the real
 * one; the window modules under test run unchanged.
 */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  visible = false;
  destroyed = false;
  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL = vi.fn(async () => undefined);
  show = vi.fn(() => void (this.visible = true));
  hide = vi.fn(() => void (this.visible = false));
  focus = vi.fn();
  restore = vi.fn();
  setBounds = vi.fn();
  setAlwaysOnTop = vi.fn();
  setVisibleOnAllWorkspaces = vi.fn();
  isVisible = () => this.visible;
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;

  /** What Electron does when the OS or the user closes the window: 'close', then destroy unless prevented. */
  requestClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
    return !prevented;
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeBrowserWindow,
  screen: {
    getCursorScreenPoint: () => ({ x: 0, y: 0 }),
    getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  },
}));

const { createMainWindow } = await import('./main-window');
const { createPanelWindow } = await import('./panel-window');

function quitState() {
  let quitting = false;
  return {
    isQuitting: () => quitting,
    markQuitting: () => {
      quitting = true;
    },
  };
}

const windows = {
  main: (quit: ReturnType<typeof quitState>) =>
    createMainWindow('/preload.js', 'kefu://app/', '/icon.png', quit).window as unknown as FakeBrowserWindow,
  panel: (quit: ReturnType<typeof quitState>) =>
    createPanelWindow('/preload.js', 'kefu://app/#/panel', quit).window as unknown as FakeBrowserWindow,
};

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe.each(Object.entries(windows))('%s window close-to-tray', (_name, create) => {
  it('hides instead of closing while the app runs', () => {
    const window = create(quitState());
    window.visible = true;
    expect(window.requestClose()).toBe(false);
    expect(window.isVisible()).toBe(false);
    expect(window.isDestroyed()).toBe(false);
  });

  it('lets the Windows session end (logoff/shutdown) close it', () => {
    const quit = quitState();
    const window = create(quit);
    window.emit('session-end', {});
    expect(quit.isQuitting()).toBe(true);
    expect(window.requestClose()).toBe(true);
  });

  it('one window ending the session releases the other one too', () => {
    const quit = quitState();
    const main = windows.main(quit);
    const panel = windows.panel(quit);
    (create === windows.main ? main : panel).emit('session-end', {});
    expect(main.requestClose()).toBe(true);
    expect(panel.requestClose()).toBe(true);
  });

  it('closes once the app is quitting (tray Quit, OS shutdown)', () => {
    const quit = quitState();
    const window = create(quit);
    quit.markQuitting();
    expect(window.requestClose()).toBe(true);
  });
});

describe('main window without a tray icon (GNOME without AppIndicator)', () => {
  it('quits on close instead of hiding where nothing could bring it back', () => {
    const quit = quitState();
    const quitApp = vi.fn(() => quit.markQuitting());
    const window = createMainWindow('/preload.js', 'kefu://app/', '/icon.png', quit, {
      closeHidesToTray: () => false,
      quitApp,
    }).window as unknown as FakeBrowserWindow;
    window.visible = true;
    window.requestClose();
    expect(quitApp).toHaveBeenCalledOnce();
  });
});
