/**
 * The built console page (out/console, CONSOLE_BUILD_DIR) served at `/`: files by their content
 * type, hashed assets cached for good and index.html revalidated each time, client routes
 * (`/team`, `/reports/8801` …) answered with index.html. Without a build `/` still answers, with
 * a page that says how to make one, never a 500.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_ASSETS_DIR, CONSOLE_BUILD_DIR, CONSOLE_ENTRY_FILE } from '../console-build';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Written by the build for its staleness check; not for browsers. */
const UNSERVED = new Set(['sources.json']);

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>客服台 主管后台 · Kefu Desk console</title></head>
<body>
<h1>主管后台尚未构建 · The supervisor console is not built</h1>
<p>这台服务器没有找到 ${CONSOLE_BUILD_DIR}/${CONSOLE_ENTRY_FILE}。请在项目目录运行 <code>npm run build</code>（或用 <code>npm run server</code> 启动，它会先构建主管后台），然后刷新本页。同步接口 /v1/ 不受影响。</p>
<p>This server found no ${CONSOLE_BUILD_DIR}/${CONSOLE_ENTRY_FILE}. Run <code>npm run build</code> in the project folder (or start with <code>npm run server</code>, which builds the console first), then reload. Desk sync under /v1/ works regardless.</p>
</body></html>
`;

async function fileIn(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (UNSERVED.has(path.slice(root.length).replace(/^[/\\]+/, ''))) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export type ConsoleStatic = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** `dir`: the built folder (tests give their own); the build's default location otherwise. */
export function consoleStatic(dir: string | URL): ConsoleStatic {
  const root = normalize(typeof dir === 'string' ? dir : fileURLToPath(dir));
  return async (request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    const file = await fileIn(root, urlPath);
    if (file) {
      const hashed = urlPath.startsWith(`/${CONSOLE_ASSETS_DIR}/`);
      return reply
        .header('content-type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
        .header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(await readFile(file));
    }
    // A missing asset is a 404 (a stale page must not get HTML for its script); any other path is
    // a client route of the single-page console.
    if (urlPath.startsWith(`/${CONSOLE_ASSETS_DIR}/`) || extname(urlPath) !== '')
      return reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('Not found');
    const entry = await fileIn(root, `/${CONSOLE_ENTRY_FILE}`);
    if (!entry)
      return reply
        .code(503)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT_PAGE);
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await readFile(entry));
  };
}
