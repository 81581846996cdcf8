import { describe, expect, it } from 'vitest';
import linuxLaunch from '../../build/linux-launch-args.json';
import { displayServer, pastesIntoUncapturedWindow } from './display-server';

const ubuntuWayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };

describe('display server', () => {
  it('Ubuntu 22.04 Wayland started bare: native Wayland, where hotkeys and XTest fail', () => {
    expect(displayServer('linux', ubuntuWayland, ['kefu-desk'])).toBe('wayland');
  });

  it('the same session started by the installed launcher: X11 through XWayland', () => {
    expect(displayServer('linux', ubuntuWayland, ['kefu-desk', ...linuxLaunch.args])).toBe('xwayland');
  });

  it('an X11 session is X11; no display at all is none; other OSes are not Linux', () => {
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, ['kefu-desk'])).toBe('x11');
    expect(displayServer('linux', {}, ['kefu-desk'])).toBe('none');
    expect(displayServer('win32', ubuntuWayland, [])).toBe('notLinux');
  });

  it('honours an explicit Wayland switch or an X11 hint', () => {
    expect(displayServer('linux', ubuntuWayland, ['kefu-desk', '--ozone-platform=wayland'])).toBe('wayland');
    expect(
      displayServer('linux', { ...ubuntuWayland, ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, ['kefu-desk']),
    ).toBe('xwayland');
  });
});

describe('a paste with no captured chat window', () => {
  it('types into the focused window on X11, Windows and macOS, never where it may be a Wayland window', () => {
    expect(pastesIntoUncapturedWindow('x11')).toBe(true);
    expect(pastesIntoUncapturedWindow('notLinux')).toBe(true);
    for (const server of ['xwayland', 'wayland', 'none'] as const)
      expect(pastesIntoUncapturedWindow(server)).toBe(false);
  });
});
