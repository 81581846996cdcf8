/** Reads the built renderer's files for the web host; anything outside its folder is refused. */
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveRendererFile } from '../core/platform/renderer-files';

export type StaticFile =
  | { status: 200; body: Buffer; contentType: string }
  /** 400: not a request target we understand; 403: it tries to leave the folder; 404: no such file. */
  | { status: 400 | 403 | 404 };

/**
 * The URL path of an HTTP request target, as sent: origin-form (`/a/b?x`) is taken verbatim so
 * encoded dot segments (`/%2e%2e/`) are judged by the resolver, not normalised away first;
 * absolute-form (`http://host/a`) goes through the URL parser. Null when it cannot be parsed.
 */
function targetPath(requestTarget: string): string | null {
  if (requestTarget.startsWith('/')) return requestTarget.replace(/[?#].*$/s, '');
  try {
    return new URL(requestTarget).pathname;
  } catch {
    return null;
  }
}

export async function readStatic(root: string, requestTarget: string): Promise<StaticFile> {
  const path = targetPath(requestTarget);
  if (path === null) return { status: 400 };
  const file = resolveRendererFile(root, path);
  if (!file) return { status: 403 };
  try {
    return { status: 200, body: await readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return { status: 404 };
  }
}
