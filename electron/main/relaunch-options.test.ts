import { describe, expect, it } from 'vitest';
import { launchRequest, SELF_TEST_ARG, TAKE_QUESTION_ARG, TOGGLE_PANEL_ARG } from './command-line';
import { relaunchOptions } from './relaunch-options';

describe('relaunch after a restore', () => {
  it('starts the AppImage file, not the binary in its vanished mount, with the same arguments', () => {
    const argv = ['/tmp/.mount_KefuDeXy/kefu-desk', '--ozone-platform=x11', '--no-sandbox'];
    expect(relaunchOptions({ APPIMAGE: '/home/a/Kefu-Desk.AppImage' }, argv)).toEqual({
      execPath: '/home/a/Kefu-Desk.AppImage',
      args: ['--ozone-platform=x11', '--no-sandbox'],
    });
  });

  it('elsewhere restarts the same executable, dropping one-shot requests', () => {
    const argv = [
      'C:\\Kefu Desk\\Kefu Desk.exe',
      '--hidden',
      SELF_TEST_ARG,
      TOGGLE_PANEL_ARG,
      TAKE_QUESTION_ARG,
    ];
    expect(relaunchOptions({}, argv)).toEqual({ args: [] });
  });
});

describe('what a start asks for', () => {
  it('reads --self-test, --toggle-panel, --take-question, or else shows the main window', () => {
    expect(launchRequest(['kefu-desk', SELF_TEST_ARG])).toBe('selfTest');
    expect(launchRequest(['kefu-desk', '--ozone-platform=x11', TOGGLE_PANEL_ARG])).toBe('togglePanel');
    expect(launchRequest(['kefu-desk', TAKE_QUESTION_ARG])).toBe('takeQuestion');
    expect(launchRequest(['kefu-desk'])).toBe('showMain');
  });
});
