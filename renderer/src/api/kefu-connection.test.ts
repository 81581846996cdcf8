import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKefuConnection, reconnectDelayMs, TRANSPORT_ERROR, type SocketLike } from './kefu-connection';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: { id: number; method: string; input: unknown }[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  onmessage: SocketLike['onmessage'] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as FakeSocket['sent'][number]);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  drop() {
    this.readyState = 3;
    this.onclose?.(new Event('close') as CloseEvent);
  }
  answer(id: number, result: unknown) {
    this.onmessage?.({ data: JSON.stringify({ id, result }) } as MessageEvent);
  }
}

const URL = 'ws://127.0.0.1:5180/api';
const ok = (value: unknown) => ({ ok: true, value });

describe('kefu WebSocket connection', () => {
  let sockets: FakeSocket[];
  const latest = () => sockets[sockets.length - 1]!;
  const connect = (waitForConnectionMs?: number) =>
    createKefuConnection({
      url: URL,
      waitForConnectionMs,
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
    });

  beforeEach(() => {
    sockets = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('sends framed requests with increasing ids and resolves each by its id', async () => {
    const connection = connect();
    latest().open();
    const first = connection.call('settings.get', {});
    const second = connection.call('app.info', {});
    expect(latest().url).toBe(URL);
    expect(latest().sent).toEqual([
      { id: 1, method: 'settings.get', input: {} },
      { id: 2, method: 'app.info', input: {} },
    ]);
    latest().answer(2, ok('info'));
    latest().answer(1, ok('settings'));
    await expect(first).resolves.toEqual(ok('settings'));
    await expect(second).resolves.toEqual(ok('info'));
    connection.dispose();
  });

  it('ignores frames it cannot read or did not ask for', async () => {
    const connection = connect();
    latest().open();
    const call = connection.call('settings.get', {});
    latest().onmessage?.({ data: 'not json' } as MessageEvent);
    latest().onmessage?.({ data: JSON.stringify({ id: null, result: {} }) } as MessageEvent);
    latest().answer(99, ok('stray'));
    latest().answer(1, ok('mine'));
    await expect(call).resolves.toEqual(ok('mine'));
    connection.dispose();
  });

  it('holds calls made before the socket opens and sends them once it does', async () => {
    const connection = connect();
    const call = connection.call('settings.get', {});
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(latest().sent).toEqual([{ id: 1, method: 'settings.get', input: {} }]);
    latest().answer(1, ok(1));
    await expect(call).resolves.toEqual(ok(1));
    connection.dispose();
  });

  it('answers calls in flight with a transport error when the socket closes', async () => {
    const connection = connect();
    latest().open();
    const call = connection.call('settings.save', { language: 'zh-CN' });
    latest().drop();
    await expect(call).resolves.toEqual(TRANSPORT_ERROR);
    connection.dispose();
  });

  it('reconnects with growing delays and delivers calls made while disconnected', async () => {
    const connection = connect();
    latest().drop();
    vi.advanceTimersByTime(reconnectDelayMs(0));
    expect(sockets).toHaveLength(2);
    latest().drop();
    vi.advanceTimersByTime(reconnectDelayMs(1) - 1);
    expect(sockets).toHaveLength(2);
    const call = connection.call('settings.get', {});
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    latest().open();
    latest().answer(1, ok('back'));
    await expect(call).resolves.toEqual(ok('back'));
    // A successful open resets the back-off.
    latest().drop();
    vi.advanceTimersByTime(reconnectDelayMs(0));
    expect(sockets).toHaveLength(4);
    connection.dispose();
  });

  it('gives up on a waiting call after the wait limit instead of hanging', async () => {
    const connection = connect(10_000);
    latest().drop();
    const call = connection.call('settings.get', {});
    vi.advanceTimersByTime(9_999);
    const pending = vi.fn();
    void call.then(pending);
    await Promise.resolve();
    expect(pending).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await expect(call).resolves.toEqual(TRANSPORT_ERROR);
    connection.dispose();
  });

  it('caps the back-off at 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelayMs)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('after dispose answers at once and stops reconnecting', async () => {
    const connection = connect();
    const waiting = connection.call('settings.get', {});
    connection.dispose();
    await expect(waiting).resolves.toEqual(TRANSPORT_ERROR);
    await expect(connection.call('settings.get', {})).resolves.toEqual(TRANSPORT_ERROR);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('answers a call whose send throws with a transport error', async () => {
    const connection = connect();
    latest().open();
    latest().send = () => {
      throw new Error('socket gone');
    };
    await expect(connection.call('settings.get', {})).resolves.toEqual(TRANSPORT_ERROR);
    connection.dispose();
  });
});
