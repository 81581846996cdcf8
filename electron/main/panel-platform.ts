/**
 * How the reply panel window behaves per OS: the decisions behind risks 1, 7 and 8 of issue 13,
 * as data so they are tested without Electron.
 *
 * macOS: a `type: 'panel'` window is a non-activating NSPanel (Electron PR #34388, made
 * non-activating by PR #41750): showing it leaves the chat client the active app, so hiding it
 * leaves focus there instead of in Kefu Desk. It floats over full-screen apps and joins every
 * Space by itself, so `setVisibleOnAllWorkspaces({ visibleOnFullScreen })` is not called: that call
 * turns the whole app into a UI-element app (no Dock icon, no menu bar; electron#26350). Its level
 * is 'floating': 'screen-saver' draws above the system Pinyin candidate window (electron#29459),
 * and agents type Chinese in the panel's search box. Should Kefu Desk still be the active app
 * when a paste hides the panel, `app.hide()` hands activation back (mac-desktop's `activate`).
 *
 * Windows and Linux: levels are all "topmost", 'screen-saver' is kept to beat chat clients that
 * pin themselves on top; on Linux the panel follows the agent across workspaces.
 */
export type PanelLevel = 'floating' | 'screen-saver';

export interface PanelPlatformBehaviour {
  windowType: 'panel' | undefined;
  alwaysOnTopLevel: PanelLevel;
  visibleOnAllWorkspaces: boolean;
}

export function panelPlatformBehaviour(platform: NodeJS.Platform): PanelPlatformBehaviour {
  if (platform === 'darwin') {
    return {
      windowType: 'panel',
      alwaysOnTopLevel: 'floating',
      visibleOnAllWorkspaces: false,
    };
  }
  return {
    windowType: undefined,
    alwaysOnTopLevel: 'screen-saver',
    visibleOnAllWorkspaces: platform === 'linux',
  };
}
