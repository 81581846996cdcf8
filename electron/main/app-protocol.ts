/**
 * The `kefu://` protocol serves the built renderer instead of `file://`, so the UI has a real
 * origin for CSP and the IPC guard, and cannot read arbitrary files.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../core/platform/content-security-policy';
import { APP_SCHEME } from './app-origins';
import { resolveAppFile } from './app-file-path';
import { contentTypeFor } from './content-type';

/** Must run before the app is ready: privileges are fixed when Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': contentType,
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
    },
  });
}

async function serve(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return respond(405, null, 'text/plain; charset=utf-8');
  const file = resolveAppFile(rendererDir, request.url);
  if (!file) return respond(403, null, 'text/plain; charset=utf-8');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return respond(404, null, 'text/plain; charset=utf-8');
  }
  return respond(200, request.method === 'HEAD' ? null : new Uint8Array(content), contentTypeFor(file));
}

/** Call once the app is ready; serves the default session the windows use. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serve(rendererDir, request));
}
