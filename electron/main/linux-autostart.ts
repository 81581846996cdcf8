/**
 * Start at login on Linux: Electron's setLoginItemSettings covers Windows and macOS only, so the
 * desktop file goes into the XDG autostart folder (`~/.config/autostart`), where GNOME, KDE and
 * Xfce look for it. Written atomically; removed when the agent turns the setting off. It starts
 * the app with the same platform switch as the installed launcher (`--ozone-platform=x11`, shared
 * with electron-builder's `linux.executableArgs`): a switch set from main.js comes too late.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import linuxLaunch from '../../build/linux-launch-args.json';
import { HIDDEN_ARG } from './login-item-settings';

export const AUTOSTART_FILE = 'kefu-desk.desktop';

/** Exec arguments with spaces or quotes are quoted as the Desktop Entry spec asks. */
const quoteExec = (part: string) =>
  /[\s"'\\$`]/.test(part) ? `"${part.replace(/(["\\$`])/g, '\\$1')}"` : part;

export function autostartEntry({ exec, hidden }: { exec: string; hidden: boolean }): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=客服台',
    'Name[en]=Kefu Desk',
    'Comment=客服台 — reply panel, SOP checklist and daily log',
    `Exec=${[exec, ...linuxLaunch.args, ...(hidden ? [HIDDEN_ARG] : [])].map(quoteExec).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

export function autostartFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart');
}

export function applyLinuxAutostart(
  settings: { startAtLogin: boolean; startHidden: boolean },
  exec: string,
  folder = autostartFolder(),
): void {
  const file = join(folder, AUTOSTART_FILE);
  if (!settings.startAtLogin) {
    if (existsSync(file)) rmSync(file);
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${file}.tmp`, autostartEntry({ exec, hidden: settings.startHidden }));
  renameSync(`${file}.tmp`, file);
}
