/**
 * Maps a `kefu://app/...` request to a file inside the built renderer folder. Anything that
 * would leave that folder (`..`, encoded separators, absolute paths, NUL bytes) or names
 * another host is refused with null.
 */
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origins';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export function resolveAppFile(rootDir: string, requestUrl: string, path: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (relativePath.includes('\0')) return null;
  if (relativePath === '' || relativePath.endsWith('/')) relativePath += 'index.html';

  const root = path.resolve(rootDir);
  const file = path.resolve(root, relativePath);
  const inside = path.relative(root, file);
  const escapes = inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
  if (inside === '' || escapes) return null;
  return file;
}
