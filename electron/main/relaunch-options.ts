/**
 * How the app starts itself again (after a backup restore). Inside an AppImage `process.execPath`
 * lies in the image's temporary mount, which is gone once this process quits, so `app.relaunch()`
 * would start nothing; the AppImage file itself (`$APPIMAGE`, set by the AppImage runtime) is
 * started instead. The arguments are kept (the X11 platform switch above all) except one-shot ones.
 */
import type { RelaunchOptions } from 'electron';
import { withoutOneShotArgs } from './command-line';

export function relaunchOptions(env: NodeJS.ProcessEnv, argv: readonly string[]): RelaunchOptions {
  const args = withoutOneShotArgs(argv.slice(1));
  return env.APPIMAGE ? { execPath: env.APPIMAGE, args } : { args };
}
