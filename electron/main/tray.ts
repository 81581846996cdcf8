/** The tray icon: the way back to a window closed to the tray, and the only way to quit. */
import { Menu, Tray, type NativeImage } from 'electron';
import { trayMenuTemplate, type Translate, type TrayActions } from './tray-menu';

export interface AppTray {
  /** Relabels menu and tooltip after a language switch. */
  relabel(t: Translate): void;
  destroy(): void;
}

export function createAppTray(icon: NativeImage, t: Translate, actions: TrayActions): AppTray {
  const tray = new Tray(icon);
  const label = (translate: Translate): void => {
    tray.setToolTip(translate('shell.tray.tooltip'));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(translate, actions)));
  };
  label(t);
  // On Windows and Linux a left click should bring the window back; macOS opens the menu.
  if (process.platform !== 'darwin') tray.on('click', () => actions.openMain());
  return { relabel: label, destroy: () => tray.destroy() };
}
