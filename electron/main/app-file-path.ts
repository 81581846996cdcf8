/**
 * Maps a `kefu://app/...` request to a file inside the built renderer folder; a request for
 * another scheme or host, or one that would leave the folder, is refused with null.
 */
import nodePath from 'node:path';
import { resolveRendererFile } from '../core/platform/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origins';

export function resolveAppFile(
  rootDir: string,
  requestUrl: string,
  path: Parameters<typeof resolveRendererFile>[2] = nodePath,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveRendererFile(rootDir, url.pathname, path);
}
