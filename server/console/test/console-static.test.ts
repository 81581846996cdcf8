/**
 * The built console served at `/` (a built folder made here, as vite would): content types,
 * caching of hashed assets, client routes answered with index.html, the staleness list and paths
 * outside the folder refused, /v1/ and /console/api/ keeping their own 404s, and a clear page
 * instead of a 500 when nothing is built.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStorage, type TestServer } from '../../test-support/test-server';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

describeEachStorage(
  'console page',
  (env) => {
    let built: TestServer;
    let unbuilt: TestServer;
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kefu-console-'));
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), INDEX);
      writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("console")');
      writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{}');
      writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(dir, 'sources.json'), '[]');
      built = await env.startServer({ consoleDir: dir });
      unbuilt = await env.startServer({ consoleDir: mkdtempSync(join(tmpdir(), 'kefu-console-empty-')) });
    });

    it('serves the page, its assets and client routes with the right types and caching', async () => {
      const page = await fetch(`${built.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toBe(INDEX);
      const script = await fetch(`${built.url}/assets/index-abc123.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${built.url}/assets/index-abc123.css`)).headers.get('content-type')).toBe(
        'text/css; charset=utf-8',
      );
      expect((await fetch(`${built.url}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
      const route = await fetch(`${built.url}/reports/A01?day=2026-12-03`);
      expect(route.status).toBe(200);
      expect(await route.text()).toBe(INDEX);
    });

    it('refuses the staleness list, missing assets and paths outside the folder', async () => {
      expect((await fetch(`${built.url}/sources.json`)).status).toBe(404);
      expect((await fetch(`${built.url}/assets/gone-123.js`)).status).toBe(404);
      for (const path of [
        '/%2e%2e/%2e%2e/etc/passwd',
        '/..%2fpackage.json',
        '/assets/..%2f..%2fpackage.json',
      ]) {
        const answer = await fetch(built.url + path);
        expect(await answer.text()).not.toMatch(/root:|"name"/);
      }
    });

    it('keeps the sync protocol’s and the console API’s own 404s', async () => {
      const sync = await fetch(`${built.url}/v1/nothing`);
      expect(sync.status).toBe(404);
      expect(await sync.json()).toMatchObject({ error: { code: 'notFound' } });
      const api = await fetch(`${built.url}/console/api/nothing`);
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({ error: { messageKey: 'console.error.notFound' } });
    });

    it('answers a clear page, not a 500, when the console is not built', async () => {
      const page = await fetch(`${unbuilt.url}/`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const text = await page.text();
      expect(text).toContain('npm run build');
      expect(text).toContain('主管后台尚未构建');
      expect((await fetch(`${unbuilt.url}/v1/health`)).status).toBe(200);
    });
  },
  ['pglite'],
);
