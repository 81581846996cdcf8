/** Tells the agent, with a desktop notification, which hotkey the OS would not give us. */
import { Notification } from 'electron';
import type { HotkeyRegistration } from '../core/platform/shell-port';
import type { Translate } from './translate';

export function noticeRefusedHotkeys(refused: readonly HotkeyRegistration[], t: Translate): void {
  if (!Notification.isSupported()) return;
  for (const { accelerator } of refused) {
    new Notification({
      title: t('shell.hotkeyRefused.title', { accelerator }),
      body: t('shell.hotkeyRefused.body', { accelerator }),
    }).show();
  }
}
