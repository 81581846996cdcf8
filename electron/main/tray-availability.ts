/**
 * Whether a tray icon can be seen, and so whether closing the main window may hide it there.
 * Electron's Linux tray is a StatusNotifierItem; GNOME without the AppIndicator extension runs no
 * StatusNotifierWatcher and has no XEmbed tray either, so the icon never appears and close-to-tray
 * would leave no way to quit. There, closing the main window quits.
 */
import { execFile } from 'node:child_process';

const WATCHER = 'org.kde.StatusNotifierWatcher';
const PROBE_TIMEOUT_MS = 2000;

/** `gdbus call … NameHasOwner` prints `(true,)`; `dbus-send --print-reply` prints `boolean true`. */
export const nameHasOwner = (reply: string): boolean => /\(true,\)|boolean true/.test(reply);

export function closeHidesToTray(platform: NodeJS.Platform, statusNotifierWatcher: boolean): boolean {
  return platform !== 'linux' || statusNotifierWatcher;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { env, timeout: PROBE_TIMEOUT_MS }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
}

/** Asks the session bus whether a StatusNotifierWatcher runs; no bus or no tool counts as no. */
export async function hasStatusNotifierWatcher(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const gdbus = [
    'call',
    '--session',
    '--dest',
    'org.freedesktop.DBus',
    '--object-path',
    '/org/freedesktop/DBus',
    '--method',
    'org.freedesktop.DBus.NameHasOwner',
    WATCHER,
  ];
  const dbusSend = [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${WATCHER}`,
  ];
  for (const [command, args] of [
    ['gdbus', gdbus],
    ['dbus-send', dbusSend],
  ] as const) {
    try {
      return nameHasOwner(await run(command, [...args], env));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return false;
}
