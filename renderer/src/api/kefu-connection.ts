/**
 * The web host's transport for `window.kefu`: one WebSocket carrying `{id, method, input}` requests
 * and `{id, result}` responses. Calls never throw and never hang: a call made while disconnected
 * waits for the reconnection for a bounded time, and a socket that dies with calls in flight
 * answers them with a `transport` error, because the host may or may not have applied them and
 * retrying a save blindly is not ours to decide.
 */
import type { ApiResult } from '../../../electron/api/api-result';
import type { WsRequest, WsResponse } from '../../../electron/api/ws-protocol';

/** The slice of the browser WebSocket this module uses; tests pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface KefuConnectionOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  /** How long a call made while disconnected waits for the socket to come back. */
  waitForConnectionMs?: number;
}

export interface KefuConnection {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Stops reconnecting and answers every open call with a transport error. */
  dispose(): void;
}

const OPEN = 1;
const DEFAULT_WAIT_MS = 10_000;

export const TRANSPORT_ERROR: ApiResult<never> = Object.freeze({
  ok: false,
  error: { code: 'transport', messageKey: 'errors.transport', details: {} },
});

/**
 * 250 ms, 500 ms, 1 s … capped at 5 s. No jitter: the only client of a local host is this one
 * window, so there is no herd to spread out, and a short cap keeps a restarted host quick to find.
 */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(5_000, 250 * 2 ** attempt);
}

function readResponse(data: unknown): WsResponse | null {
  if (typeof data !== 'string') return null;
  try {
    const frame = JSON.parse(data) as Partial<WsResponse> | null;
    if (typeof frame?.id !== 'number' || typeof frame.result !== 'object' || frame.result === null)
      return null;
    return frame as WsResponse;
  } catch {
    return null;
  }
}

type Resolve = (result: ApiResult<unknown>) => void;

interface QueuedCall {
  request: WsRequest;
  resolve: Resolve;
  timer: ReturnType<typeof setTimeout>;
}

export function createKefuConnection(options: KefuConnectionOptions): KefuConnection {
  const waitMs = options.waitForConnectionMs ?? DEFAULT_WAIT_MS;
  /** Sent, awaiting the host's answer. */
  const inFlight = new Map<number, Resolve>();
  /** Made while disconnected, sent in order once the socket opens. */
  const queued = new Map<number, QueuedCall>();
  let nextId = 1;
  let attempt = 0;
  let socket: SocketLike | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const send = (request: WsRequest, resolve: Resolve): void => {
    try {
      socket?.send(JSON.stringify(request));
      inFlight.set(request.id, resolve);
    } catch {
      resolve(TRANSPORT_ERROR);
    }
  };

  const failInFlight = (): void => {
    for (const resolve of inFlight.values()) resolve(TRANSPORT_ERROR);
    inFlight.clear();
  };

  const connect = (): void => {
    reconnectTimer = null;
    const current = options.createSocket(options.url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
      for (const [id, entry] of queued) {
        clearTimeout(entry.timer);
        queued.delete(id);
        send(entry.request, entry.resolve);
      }
    };
    current.onmessage = (event) => {
      const response = readResponse(event.data);
      if (!response || response.id === null) return;
      const resolve = inFlight.get(response.id);
      inFlight.delete(response.id);
      resolve?.(response.result);
    };
    // A failed connect fires `error` then `close`; `close` alone drives the recovery.
    current.onerror = () => undefined;
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      failInFlight();
      if (disposed) return;
      reconnectTimer = setTimeout(connect, reconnectDelayMs(attempt));
      attempt += 1;
    };
  };

  connect();

  return {
    call(method, input) {
      return new Promise((resolve) => {
        if (disposed) return resolve(TRANSPORT_ERROR);
        const request: WsRequest = { id: nextId++, method, input };
        if (socket?.readyState === OPEN) return send(request, resolve);
        const timer = setTimeout(() => {
          queued.delete(request.id);
          resolve(TRANSPORT_ERROR);
        }, waitMs);
        queued.set(request.id, { request, resolve, timer });
      });
    },
    dispose() {
      disposed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      for (const entry of queued.values()) {
        clearTimeout(entry.timer);
        entry.resolve(TRANSPORT_ERROR);
      }
      queued.clear();
      failInFlight();
      const current = socket;
      socket = null;
      current?.close();
    },
  };
}
