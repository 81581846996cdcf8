import { describe, expect, it, vi } from 'vitest';
import type { HotkeyRegistration } from '../core/platform/shell-port';
import { createElectronShellPort } from './electron-shell-port';

describe('createElectronShellPort', () => {
  it('reports the hotkeys registered after core started, and copies them', () => {
    let hotkeys: HotkeyRegistration[] = [];
    const port = createElectronShellPort({ hotkeys: () => hotkeys, hidePanel: () => {} });
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
    createElectronShellPort({ hotkeys: () => [], hidePanel }).hidePanel();
    expect(hidePanel).toHaveBeenCalledOnce();
  });
});
