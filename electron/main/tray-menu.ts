/** The tray menu as data, labelled through i18next, so a language switch just rebuilds it. */
import type { MenuItemConstructorOptions } from 'electron';

export interface TrayActions {
  openMain(): void;
  openPanel(): void;
  quit(): void;
}

export type Translate = (key: string) => string;

export function trayMenuTemplate(t: Translate, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { id: 'open', label: t('shell.tray.open'), click: () => actions.openMain() },
    { id: 'panel', label: t('shell.tray.panel'), click: () => actions.openPanel() },
    { type: 'separator' },
    { id: 'quit', label: t('shell.tray.quit'), click: () => actions.quit() },
  ];
}
