import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WS_MAX_FRAME_BYTES, type WsResponse } from '../api/ws-protocol';
import type { WebDesktop } from './web-desktop';
import { QUESTION_HOTKEY_PATH } from './question-hotkey-path';
import { startWebHost, type WebHost, type WebHostOptions } from './web-host';

const hosts: WebHost[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'the-secret-next-to-the-renderer-folder';

/** `<tmp>/renderer/` is served; `<tmp>/secret.txt` sits right outside it. */
async function start(extra: Partial<WebHostOptions> = {}): Promise<WebHost> {
  const root = mkdtempSync(join(tmpdir(), 'kefu-webhost-'));
  dirs.push(root);
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>客服台</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  const host = await startWebHost({
    dataDir: join(root, 'data'),
    rendererDir,
    appVersion: '0.1.0',
    port: 0,
    ...extra,
  });
  hosts.push(host);
  return host;
}

/** Sends `target` exactly as given (http.request does not normalise `path`). */
function getRaw(url: string, target: string) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes raw bytes to the host and returns whatever it answers before closing. */
function sendBytes(url: string, text: string) {
  const { hostname, port } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = connectTcp(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
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

function post(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const req = request(new URL(path, url), { headers, method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A desktop whose clipboard holds `text` and which counts the windows it was asked to record. */
function fakeDesktop(text: string) {
  const desktop = {
    captured: 0,
    injector: { paste: async () => ({ status: 'pasted' as const }), copy: async () => undefined },
    readClipboardText: async () => text,
    captureForeground: () => void (desktop.captured += 1),
    close: () => undefined,
  } satisfies WebDesktop & { captured: number };
  return desktop;
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
    for (const target of [
      '/..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/../secret.txt',
      '/assets/../../secret.txt',
    ]) {
      const answer = await getRaw(host.url, target);
      expect(answer.body, target).not.toContain(SECRET);
      expect(answer.status, target).toBe(403);
    }
    // A backslash separates only on Windows (refused there); elsewhere it is a name that is not there.
    expect((await getRaw(host.url, '/..%5csecret.txt')).body).not.toContain(SECRET);
    // URL-normalised by the client, these stay inside the folder and simply do not exist.
    expect((await get(host.url, '/../../../etc/passwd')).status).toBe(404);
    expect((await get(host.url, '/missing.js')).status).toBe(404);
    expect((await get(host.url, '/', { Host: 'evil.example:80' })).status).toBe(403);
  });

  it('answers a request line it cannot parse with 400 and keeps serving', async () => {
    const host = await start();
    const { host: hostHeader } = new URL(host.url);
    const answer = await sendBytes(
      host.url,
      `GET http://[/ HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const index = await get(host.url, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('客服台');
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
      result: {
        ok: true,
        value: {
          shell: 'web',
          hotkeys: [
            { purpose: 'panel', state: 'unsupported' },
            { purpose: 'question', accelerator: 'Alt+Q', state: 'unsupported' },
          ],
        },
      },
    });
    client.socket.close();
  });

  it('takes the clipboard as the buyer question on POST /hotkeys/question, for the panel to collect once', async () => {
    const desktop = fakeDesktop('亲 今天下单\n什么时候发货呀');
    const host = await start({ desktop, clock: { now: () => 1_765_000_000_000 } });
    const client = connect(host.url);
    await client.opened;
    client.socket.send(JSON.stringify({ id: 1, method: 'panel.takeQuestion', input: {} }));
    expect(await client.next()).toEqual({ id: 1, result: { ok: true, value: { question: null } } });

    expect(await post(host.url, QUESTION_HOTKEY_PATH)).toBe(204);
    expect(desktop.captured).toBe(1);
    client.socket.send(JSON.stringify({ id: 2, method: 'panel.takeQuestion', input: {} }));
    expect(await client.next()).toEqual({
      id: 2,
      result: {
        ok: true,
        value: { question: { text: '亲 今天下单 什么时候发货呀', takenAt: 1_765_000_000_000 } },
      },
    });
    client.socket.send(JSON.stringify({ id: 3, method: 'panel.takeQuestion', input: {} }));
    expect(await client.next()).toEqual({ id: 3, result: { ok: true, value: { question: null } } });
    client.socket.close();
  });

  it('never lets a page press the question hotkey: a POST with an Origin is refused', async () => {
    const desktop = fakeDesktop('有货吗');
    const host = await start({ desktop });
    for (const origin of ['http://evil.example', host.url.replace(/\/$/, '')])
      expect(await post(host.url, QUESTION_HOTKEY_PATH, { Origin: origin })).toBe(403);
    expect(await post(host.url, QUESTION_HOTKEY_PATH, { Host: 'evil.example:80' })).toBe(403);
    expect(await post(host.url, '/')).toBe(405);
    expect(desktop.captured).toBe(0);
    const client = connect(host.url);
    await client.opened;
    client.socket.send(JSON.stringify({ id: 1, method: 'panel.takeQuestion', input: {} }));
    expect(await client.next()).toEqual({ id: 1, result: { ok: true, value: { question: null } } });
    client.socket.close();
  });

  it('closes a connection that sends an oversized frame but keeps serving others', async () => {
    const host = await start();
    const greedy = connect(host.url);
    await greedy.opened;
    const closed = new Promise<number>((resolve) => greedy.socket.once('close', (code) => resolve(code)));
    greedy.socket.send('x'.repeat(WS_MAX_FRAME_BYTES + 1));
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
    await expect(
      connect(host.url, host.url.replace(/\/$/, '').replace('http:', 'https:')).opened,
    ).rejects.toThrow('403');
  });

  it('refuses a WebSocket handshake without an Origin header', async () => {
    const host = await start();
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}api`);
    const refused = new Promise<number>((resolve, reject) => {
      socket.once('open', () => reject(new Error('opened')));
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('error', reject);
    });
    expect(await refused).toBe(403);
  });

  it('refuses a WebSocket handshake under a foreign Host, even from our own origin', async () => {
    const host = await start();
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}api`, {
      origin: host.url.replace(/\/$/, ''),
      headers: { Host: 'evil.example:80' },
    });
    const refused = new Promise<number>((resolve, reject) => {
      socket.once('open', () => reject(new Error('opened')));
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('error', reject);
    });
    expect(await refused).toBe(403);
    // The same origin under our own Host is let in.
    const client = connect(host.url);
    await client.opened;
    client.socket.close();
  });

  it('writes the daily backup at startup, once per local day', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kefu-webhost-'));
    dirs.push(root);
    const rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir);
    const dataDir = join(root, 'data');
    const startAt = async (at: Date) => {
      const host = await startWebHost({
        dataDir,
        rendererDir,
        appVersion: '0.1.0',
        port: 0,
        clock: { now: () => at.getTime() },
      });
      await host.close();
    };
    await startAt(new Date(2026, 10, 3, 9, 0, 0));
    await startAt(new Date(2026, 10, 3, 17, 30, 0));
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['kefu-20261103-090000.sqlite']);
    await startAt(new Date(2026, 10, 4, 8, 0, 0));
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual([
      'kefu-20261103-090000.sqlite',
      'kefu-20261104-080000.sqlite',
    ]);
  });
});
