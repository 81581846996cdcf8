/**
 * The `kefu://` protocol serves the built renderer instead of `file://`, so the UI has a real
 * origin for CSP and the IPC guard, and cannot read arbitrary files.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origins';
import { appResponse } from './app-response';

/** Must run before the app is ready: privileges are fixed when Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Call once the app is ready; serves the default session the windows use. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}
