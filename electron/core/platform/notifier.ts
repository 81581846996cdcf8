/**
 * Desktop notifications for due follow-up tasks. Each shell provides one: Electron's
 * Notification (electron/main/electron-notifier), a recording one in the web host, stderr in
 * the CLI. Texts arrive translated; `taskId` lets a click open that task.
 */
export interface Notification {
  title: string;
  body: string;
  taskId?: string;
}

export interface Notifier {
  notify(notification: Notification): void;
}
