import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../core/platform/content-security-policy';
import { appResponse } from './app-response';

let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kefu-protocol-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>客服台</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appResponse(rendererDir, new Request(url, { method }));

describe('appResponse', () => {
  it('serves the renderer files with their content type', async () => {
    const page = await get('kefu://app/index.html#/panel');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('客服台');
    const script = await get('kefu://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('kefu://app/assets/missing.js')).status).toBe(404);
    expect((await get('kefu://app/assets')).status).toBe(404);
  });

  it('answers 403 for traversal out of the renderer folder and for other hosts', async () => {
    const escape = await get('kefu://app/..%2Fsecret.txt');
    expect(escape.status).toBe(403);
    expect(await escape.text()).toBe('');
    expect((await get('kefu://other/index.html')).status).toBe(403);
  });

  it('answers 405 to anything but GET and HEAD, and HEAD without a body', async () => {
    expect((await get('kefu://app/index.html', 'POST')).status).toBe(405);
    const head = await get('kefu://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('sends the CSP and nosniff on every response, errors included', async () => {
    const responses = await Promise.all([
      get('kefu://app/index.html'),
      get('kefu://app/missing.html'),
      get('kefu://app/..%2Fsecret.txt'),
      get('kefu://app/index.html', 'PUT'),
    ]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
