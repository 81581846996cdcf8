import { describe, expect, it } from 'vitest';
import { HIDDEN_ARG, loginItemSettings, startedHidden } from './login-item-settings';

const hiddenAtLogin = { startAtLogin: true, startHidden: true };

describe('login item per OS', () => {
  it('Windows: starts hidden through the --hidden argument', () => {
    expect(loginItemSettings('win32', hiddenAtLogin)).toEqual({ openAtLogin: true, args: [HIDDEN_ARG] });
    expect(loginItemSettings('win32', { startAtLogin: true, startHidden: false })).toEqual({
      openAtLogin: true,
      args: [],
    });
  });

  it('macOS 13+: no args and no openAsHidden, which login items there ignore', () => {
    expect(loginItemSettings('darwin', hiddenAtLogin)).toEqual({ openAtLogin: true });
  });

  it('macOS: a start at login is recognised by wasOpenedAtLogin, not by an argument', () => {
    const mac = { platform: 'darwin' as const, argv: ['/Applications/Kefu Desk.app'] };
    expect(startedHidden({ ...mac, wasOpenedAtLogin: true }, hiddenAtLogin)).toBe(true);
    expect(startedHidden({ ...mac, wasOpenedAtLogin: false }, hiddenAtLogin)).toBe(false);
  });

  it('Windows and Linux: the --hidden argument, and only while the setting still asks for it', () => {
    const launch = {
      platform: 'win32' as const,
      argv: ['kefu-desk.exe', HIDDEN_ARG],
      wasOpenedAtLogin: false,
    };
    expect(startedHidden(launch, hiddenAtLogin)).toBe(true);
    expect(startedHidden(launch, { startAtLogin: true, startHidden: false })).toBe(false);
    expect(startedHidden({ ...launch, argv: ['kefu-desk.exe'] }, hiddenAtLogin)).toBe(false);
  });
});
