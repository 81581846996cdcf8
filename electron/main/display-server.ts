/**
 * Which display server the app runs on, from its environment and switches. Since Electron 38 a
 * Linux app runs natively on Wayland when the session is Wayland; there global shortcuts need a
 * portal GNOME 42 lacks, window position and always-on-top are ignored, and XTest reaches only
 * X11 windows. The installed launcher and the autostart entry pass `--ozone-platform=x11`, so the
 * app runs through XWayland instead: its hotkey and paste then work wherever an X11 (XWayland)
 * window has the focus, and `--toggle-panel` covers native Wayland apps.
 */
export type DisplayServer = 'x11' | 'xwayland' | 'wayland' | 'none' | 'notLinux';

export function displayServer(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): DisplayServer {
  if (platform !== 'linux') return 'notLinux';
  const waylandSession = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  const flag = argv.find((arg) => arg.startsWith('--ozone-platform='))?.split('=')[1];
  const hint =
    argv.find((arg) => arg.startsWith('--ozone-platform-hint='))?.split('=')[1] ??
    env.ELECTRON_OZONE_PLATFORM_HINT;
  const backend = flag ?? (hint === 'x11' ? 'x11' : waylandSession ? 'wayland' : 'x11');
  if (backend === 'wayland') return 'wayland';
  if (!env.DISPLAY) return 'none';
  return waylandSession ? 'xwayland' : 'x11';
}

/**
 * With no chat window captured, may the paste still type into whatever has the focus? Not where
 * the focus can be a native Wayland window, which XTest cannot reach (robotjs would report
 * `pasted` while nothing arrived): under XWayland an uncapturable foreground is one.
 */
export const pastesIntoUncapturedWindow = (server: DisplayServer): boolean =>
  server === 'x11' || server === 'notLinux';
