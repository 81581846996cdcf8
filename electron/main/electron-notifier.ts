/**
 * Due-task reminders as OS notifications. A click brings the main window up on the task list.
 * Each notification is held until it is clicked or closed: one only referenced by the OS can be
 * garbage-collected, and its click handler with it.
 */
import { Notification } from 'electron';
import type { Notifier } from '../core/platform/notifier';
import type { MainWindowController } from './main-window';

/** The renderer's route for the task list, with the task to select when there is one. */
export const taskListHash = (taskId?: string): string =>
  taskId ? `#/tasks?id=${encodeURIComponent(taskId)}` : '#/tasks';

/** Shows the main window and moves it to the task list; a hash change does not reload the page. */
export function openTaskList(main: MainWindowController, taskId?: string): void {
  main.show();
  if (main.window.isDestroyed()) return;
  void main.window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(taskListHash(taskId))}`);
}

export function createElectronNotifier(onClick: (taskId: string | undefined) => void): Notifier {
  const shown = new Set<Notification>();
  return {
    notify({ title, body, taskId }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      shown.add(notification);
      const release = () => shown.delete(notification);
      notification.once('click', () => {
        release();
        onClick(taskId);
      });
      notification.once('close', release);
      notification.show();
    },
  };
}
