/**
 * Applies the security checklist to every web contents the app ever creates: no new windows,
 * no navigation away from the app, no <webview>, and no permission (camera, geolocation,
 * notifications from the page …) granted to the renderer. Desktop features go through the
 * main process instead.
 */
import { app, session } from 'electron';
import { isTrustedUrl } from './app-origins';

export function lockDownWebContents(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!isTrustedUrl(event.url, origins)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isTrustedUrl(event.url, origins)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Needs a ready app: the default session exists only then. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
