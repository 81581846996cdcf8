import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WsResponse } from '../api/ws-protocol';
import { startWebHost, type WebHost } from './web-host';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function start(): Promise<WebHost> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'kefu-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>客服台</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  const host = await startWebHost({
    dataDir: mkdtempSync(join(tmpdir(), 'kefu-data-')),
    rendererDir,
    appVersion: '0.1.0',
    port: 0,
  });
  hosts.push(host);
  return host;
}

function get(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(new URL(path, url), { headers, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

function connect(url: string, origin = url.replace(/\/$/, '')) {
  const socket = new WebSocket(`${url.replace('http', 'ws')}api`, { origin });
  const replies: WsResponse[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    replies.push(JSON.parse(data.toString()) as WsResponse);
    waiters.shift()?.();
  });
  const next = () =>
    new Promise<WsResponse>((resolve) => {
      if (replies.length) return resolve(replies.shift()!);
      waiters.push(() => resolve(replies.shift()!));
    });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return { socket, next, opened };
}

describe('web host', () => {
  it('serves the renderer with a strict CSP that only adds its own WebSocket origin', async () => {
    const host = await start();
    const index = await get(host.url, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('客服台');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://${new URL(host.url).host}`);
    expect((await get(host.url, '/app.js')).headers['content-type']).toContain('javascript');
  });

  it('refuses path traversal, foreign Host headers and unknown files', async () => {
    const host = await start();
    expect((await get(host.url, '/../../../etc/passwd')).status).toBe(404);
    expect((await get(host.url, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get(host.url, '/missing.js')).status).toBe(404);
    expect((await get(host.url, '/', { Host: 'evil.example:80' })).status).toBe(403);
  });

  it('answers contract calls over the WebSocket and survives garbage frames', async () => {
    const host = await start();
    const client = connect(host.url);
    await client.opened;

    client.socket.send('not json at all');
    expect(await client.next()).toMatchObject({
      id: null,
      result: { ok: false, error: { code: 'badFrame' } },
    });
    client.socket.send(JSON.stringify({ id: 'one', method: 'settings.get' }));
    expect(await client.next()).toMatchObject({ id: null, result: { ok: false } });
    client.socket.send(JSON.stringify({ id: 2, method: 'settings.save', input: { language: 42 } }));
    expect(await client.next()).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'validation' } },
    });
    client.socket.send(JSON.stringify({ id: 3, method: 'db.dropEverything', input: {} }));
    expect(await client.next()).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'unknownMethod' } },
    });

    client.socket.send(JSON.stringify({ id: 4, method: 'settings.get', input: {} }));
    expect(await client.next()).toEqual({
      id: 4,
      result: { ok: true, value: { language: 'zh-CN', agent: null, shop: null } },
    });
    client.socket.send(JSON.stringify({ id: 5, method: 'app.info', input: {} }));
    expect(await client.next()).toMatchObject({
      id: 5,
      result: { ok: true, value: { shell: 'web', hotkeys: [{ purpose: 'panel', state: 'unsupported' }] } },
    });
    client.socket.close();
  });

  it('closes a connection that sends an oversized frame but keeps serving others', async () => {
    const host = await start();
    const greedy = connect(host.url);
    await greedy.opened;
    const closed = new Promise<number>((resolve) => greedy.socket.once('close', (code) => resolve(code)));
    greedy.socket.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);

    const polite = connect(host.url);
    await polite.opened;
    polite.socket.send(JSON.stringify({ id: 1, method: 'settings.get', input: {} }));
    expect(await polite.next()).toMatchObject({ id: 1, result: { ok: true } });
    polite.socket.close();
  });

  it('refuses WebSocket connections from other origins', async () => {
    const host = await start();
    await expect(connect(host.url, 'http://evil.example').opened).rejects.toThrow('403');
  });
});
