/**
 * The tray icon: the way back to a window closed to the tray, the only way to quit, and the count
 * of follow-up tasks due (menu line and tooltip everywhere, beside the icon on macOS).
 */
import { Menu, Tray, type NativeImage } from 'electron';
import type { SyncStatus } from '../core/sync/sync-schema';
import type { TaskBadge } from '../core/tasks/task-schema';
import { NO_TASKS_DUE, sameBadge, trayBadgeView } from './tray-badge';
import type { Translate } from './translate';
import { trayMenuTemplate, type TrayActions } from './tray-menu';
import { syncTrayView } from './tray-sync';

export interface AppTray {
  /** Relabels menu and tooltip after a language switch. */
  relabel(t: Translate): void;
  /** Shows the due/overdue count; an unchanged count leaves the menu alone. */
  showBadge(badge: TaskBadge): void;
  /** The sync line; null hides it (no server connected). */
  showSync(status: SyncStatus): void;
  destroy(): void;
}

export function createAppTray(icon: NativeImage, t: Translate, actions: TrayActions): AppTray {
  const tray = new Tray(icon);
  let translate = t;
  let badge = NO_TASKS_DUE;
  let sync: SyncStatus | null = null;
  const render = (): void => {
    const view = trayBadgeView(badge, translate);
    tray.setToolTip(view.tooltip);
    const syncView = sync && syncTrayView(sync, translate);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(translate, actions, view, syncView)));
    if (process.platform === 'darwin') tray.setTitle(view.title);
  };
  render();
  // On Windows and Linux a left click should bring the window back; macOS opens the menu.
  if (process.platform !== 'darwin') tray.on('click', () => actions.openMain());
  return {
    relabel: (next) => {
      translate = next;
      render();
    },
    showBadge: (next) => {
      if (sameBadge(next, badge)) return;
      badge = next;
      render();
    },
    showSync: (next) => {
      if (sync?.state === next.state && sync.pending === next.pending) return;
      sync = next;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
