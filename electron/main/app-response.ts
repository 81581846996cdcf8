/**
 * Answers one `kefu://` request from the built renderer folder: the file, or 403 for a path
 * that tries to leave the folder, 404 for a missing file, 405 for anything but GET/HEAD. Every
 * answer carries the app's Content-Security-Policy.
 */
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../core/platform/content-security-policy';
import { resolveAppFile } from './app-file-path';
import { contentTypeFor } from '../core/platform/renderer-files';

const CSP = contentSecurityPolicy();
const PLAIN_TEXT = 'text/plain; charset=utf-8';

function respond(status: number, body: Uint8Array<ArrayBuffer> | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': contentType,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}

export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, PLAIN_TEXT);
  const file = resolveAppFile(rendererDir, request.url);
  if (!file) return respond(403, null, PLAIN_TEXT);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return respond(404, null, PLAIN_TEXT);
  }
  return respond(200, request.method === 'HEAD' ? null : new Uint8Array(content), contentTypeFor(file));
}
