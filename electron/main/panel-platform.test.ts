import { describe, expect, it } from 'vitest';
import { panelPlatformBehaviour } from './panel-platform';
import { panelWindowOptions } from './window-options';

describe('panel behaviour per OS', () => {
  it('macOS: a non-activating panel at the floating level, below the Pinyin candidate window', () => {
    expect(panelPlatformBehaviour('darwin')).toEqual({
      windowType: 'panel',
      alwaysOnTopLevel: 'floating',
      visibleOnAllWorkspaces: false,
    });
    expect(panelWindowOptions('/preload.js', 'darwin').type).toBe('panel');
  });

  it('never asks for visibleOnFullScreen, which would drop the Dock icon and menu bar', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(panelPlatformBehaviour(platform)).not.toHaveProperty('visibleOnFullScreen');
    }
  });

  it('Windows and Linux: an ordinary topmost window; Linux follows the agent across workspaces', () => {
    expect(panelPlatformBehaviour('win32')).toMatchObject({
      windowType: undefined,
      alwaysOnTopLevel: 'screen-saver',
      visibleOnAllWorkspaces: false,
    });
    expect(panelPlatformBehaviour('linux').visibleOnAllWorkspaces).toBe(true);
    expect(panelWindowOptions('/preload.js', 'win32')).not.toHaveProperty('type');
    expect(panelWindowOptions('/preload.js', 'linux')).not.toHaveProperty('type');
  });
});
