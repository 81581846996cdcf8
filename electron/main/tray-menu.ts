/** The tray menu as data, labelled through i18next, so a language switch just rebuilds it. */
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayBadgeView } from './tray-badge';
import type { SyncTrayView } from './tray-sync';
import type { Translate } from './translate';

export interface TrayActions {
  openMain(): void;
  openPanel(): void;
  /** The main window on the task list. */
  openTasks(): void;
  /** 立即同步, offered once a server is connected. */
  syncNow(): void;
  quit(): void;
}

/**
 * The task line comes first: it is the one that changes, and what the agent opens the menu for.
 * With a server connected, the sync state and 立即同步 follow.
 */
export function trayMenuTemplate(
  t: Translate,
  actions: TrayActions,
  tasks: TrayBadgeView,
  sync: SyncTrayView | null = null,
): MenuItemConstructorOptions[] {
  return [
    { id: 'tasks', label: tasks.menuLabel, click: () => actions.openTasks() },
    ...(sync
      ? ([
          { id: 'sync', label: sync.label, enabled: false },
          { id: 'syncNow', label: t('shell.tray.syncNow'), click: () => actions.syncNow() },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { type: 'separator' },
    { id: 'open', label: t('shell.tray.open'), click: () => actions.openMain() },
    { id: 'panel', label: t('shell.tray.panel'), click: () => actions.openPanel() },
    { type: 'separator' },
    { id: 'quit', label: t('shell.tray.quit'), click: () => actions.quit() },
  ];
}
