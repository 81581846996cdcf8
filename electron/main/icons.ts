/**
 * App and tray icons. `?asset` makes electron-vite copy them next to the bundle, so the same
 * paths work in development and inside a packaged app.
 */
import { readFileSync } from 'node:fs';
import { nativeImage, type NativeImage } from 'electron';
import appIconPath from '../../build/icon.png?asset';
import trayIconPath from '../../build/tray.png?asset';
import trayIcon2xPath from '../../build/tray@2x.png?asset';

export const APP_ICON_PATH = appIconPath;

/** Both resolutions in one image: asset file names are hashed, so Electron's `@2x` lookup cannot find them. */
export function trayImage(): NativeImage {
  const image = nativeImage.createFromPath(trayIconPath);
  image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(trayIcon2xPath) });
  return image;
}
