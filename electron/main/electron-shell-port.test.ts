import { describe, expect, it, vi } from 'vitest';
import type { HotkeyRegistration } from '../core/platform/shell-port';
import { DEFAULT_HOTKEYS } from '../core/settings/hotkey-settings';
import { createElectronShellPort } from './electron-shell-port';

const idle = {
  hotkeys: () => [],
  hidePanel: () => {},
  applyHotkeys: () => [],
  readClipboardText: () => '',
  collectQuestion: () => null,
  relaunch: () => {},
  applyStartup: () => 'applied' as const,
  selfTestDesktop: () => null,
};

describe('createElectronShellPort', () => {
  it('reports the hotkeys registered after core started, and copies them', () => {
    let hotkeys: HotkeyRegistration[] = [];
    const port = createElectronShellPort({ ...idle, hotkeys: () => hotkeys });
    expect(port.kind).toBe('electron');
    expect(port.hotkeys()).toEqual([]);
    hotkeys = [{ purpose: 'panel', accelerator: 'Alt+Space', state: 'refused' }];
    const reported = port.hotkeys();
    expect(reported).toEqual(hotkeys);
    reported[0]!.state = 'registered';
    expect(hotkeys[0]!.state).toBe('refused');
  });

  it('hides the panel through the shell', () => {
    const hidePanel = vi.fn();
    createElectronShellPort({ ...idle, hidePanel }).hidePanel();
    expect(hidePanel).toHaveBeenCalledOnce();
  });

  it('re-registers hotkeys and reads the clipboard through the shell', async () => {
    const applied: HotkeyRegistration[] = [{ purpose: 'panel', accelerator: 'Alt+K', state: 'registered' }];
    const applyHotkeys = vi.fn(() => applied);
    const port = createElectronShellPort({
      ...idle,
      applyHotkeys,
      readClipboardText: () => '订单 3412345678901234567',
    });
    expect(port.applyHotkeys(DEFAULT_HOTKEYS)).toBe(applied);
    expect(applyHotkeys).toHaveBeenCalledWith(DEFAULT_HOTKEYS);
    expect(await port.readClipboardText()).toBe('订单 3412345678901234567');
  });

  it('hands the panel the question the question hotkey took', () => {
    const taken = { text: '今天下单什么时候发货', takenAt: 1_700_000_000_000 };
    const collectQuestion = vi.fn(() => taken);
    expect(createElectronShellPort({ ...idle, collectQuestion }).collectQuestion()).toBe(taken);
    expect(collectQuestion).toHaveBeenCalledOnce();
  });

  it('restarts through the shell and says it will', () => {
    const relaunch = vi.fn();
    expect(createElectronShellPort({ ...idle, relaunch }).relaunch()).toBe(true);
    expect(relaunch).toHaveBeenCalledOnce();
  });
});
