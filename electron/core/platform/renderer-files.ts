/**
 * Serving the built renderer from its folder, shared by both shells (Electron's kefu:// protocol
 * and the web host): URL path → file inside the folder, and the content type to send.
 */
import nodePath from 'node:path';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname'>;

/** Content types for what a Vite build emits; unknown files are served as opaque bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string, path: PathApi = nodePath): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL pathname names inside `rootDir`, or null when it would leave the folder (`..`,
 * encoded separators, absolute or drive paths, NUL bytes). `/` and `…/` mean `index.html`.
 */
export function resolveRendererFile(
  rootDir: string,
  urlPathname: string,
  path: PathApi = nodePath,
): string | null {
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(urlPathname).replace(/^\/+/, '');
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
