/**
 * The development and end-to-end host: the real database and the same contract table as the
 * Electron shell, served to the same renderer build over HTTP + WebSocket on loopback.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIPv6, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ensureDailyBackup } from '../../db/backup';
import { openDatabase } from '../../db/open-database';
import type { Clock } from '../core/clock';
import { systemClock } from '../core/clock';
import { createCoreServices } from '../core/core-services';
import { startTaskTimer } from '../core/tasks/task-timer';
import { databaseFile } from '../core/data-dir';
import { contentSecurityPolicy } from '../core/platform/content-security-policy';
import { createQuestionInbox } from '../core/platform/question-inbox';
import type { ApiResult } from '../api/api-result';
import { createDispatcher, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { WS_MAX_FRAME_BYTES, WS_PATH, type WsRequest, type WsResponse } from '../api/ws-protocol';
import { createRecordingNotifier } from './recording-notifier';
import { QUESTION_HOTKEY_PATH } from './question-hotkey-path';
import { readStatic } from './static-files';
import { createRecordingDesktop, type WebDesktop } from './web-desktop';
import { createWebShell } from './web-shell';

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  appVersion: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  clock?: Clock;
  /** The sync period while the server answers (30 s by default); e2e shortens it. */
  syncIntervalMs?: number;
  /** Paste and clipboard (web-desktop.ts); deliveries.jsonl and an empty clipboard by default. */
  desktop?: WebDesktop;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

const badFrame: ApiResult<never> = {
  ok: false,
  error: { code: 'badFrame', messageKey: 'errors.validation', details: {} },
};

function parseFrame(data: RawData): WsRequest | null {
  let frame: unknown;
  try {
    frame = JSON.parse(data.toString());
  } catch {
    return null;
  }
  if (typeof frame !== 'object' || frame === null) return null;
  const { id, method, input } = frame as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || typeof method !== 'string') return null;
  return { id, method, input };
}

function serveConnection(socket: WebSocket, dispatch: Dispatch): void {
  // ws closes the socket itself (e.g. 1009 for an oversized frame); without a listener the
  // error event would take the whole host down.
  socket.on('error', () => socket.terminate());
  socket.on('message', async (data) => {
    const request = parseFrame(data);
    const response: WsResponse = request
      ? { id: request.id, result: await dispatch(request.method, request.input) }
      : { id: null, result: badFrame };
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(response));
  });
}

/** The daily backup (DESIGN.md); a failed one is reported but never keeps the host from serving. */
function startupBackup(sqlite: Parameters<typeof ensureDailyBackup>[0], dataDir: string, clock: Clock): void {
  try {
    ensureDailyBackup(sqlite, join(dataDir, 'backups'), new Date(clock.now()));
  } catch (cause) {
    console.warn(`backup: ${String(cause)}`);
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dataDir, { recursive: true });
  const database = openDatabase({ file: databaseFile(options.dataDir) });
  const clock = options.clock ?? systemClock;
  startupBackup(database.sqlite, options.dataDir, clock);
  const desktop = options.desktop ?? createRecordingDesktop(options.dataDir, clock);
  const questions = createQuestionInbox({
    readClipboardText: () => desktop.readClipboardText(),
    now: () => clock.now(),
  });
  const core = createCoreServices({
    database,
    clock,
    shell: createWebShell({ readClipboardText: () => desktop.readClipboardText(), questions }),
    injector: desktop.injector,
    notifier: createRecordingNotifier(options.dataDir, clock),
    dataDir: options.dataDir,
    appVersion: options.appVersion,
  });
  void core.orders.warmUpImports();
  const dispatch = createDispatcher(createHandlers(core));

  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const isAllowedHost = (req: IncomingMessage) => allowedHosts.has(req.headers.host ?? '');

  const serveRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Loopback only, and only under our own host name: a page elsewhere cannot rebind DNS onto us.
    if (!isAllowedHost(req)) return void res.writeHead(403).end();
    if (req.method === 'POST' && (req.url ?? '').split('?')[0] === QUESTION_HOTKEY_PATH) {
      // Browsers send Origin with every POST: a page, ours or another site's, never presses it.
      if (req.headers.origin !== undefined) return void res.writeHead(403).end();
      desktop.captureForeground();
      await questions.take();
      return void res.writeHead(204).end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const file = await readStatic(options.rendererDir, req.url ?? '/');
    if (file.status !== 200)
      return void res.writeHead(file.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy([`ws://${req.headers.host}`]),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  // Whatever goes wrong with one request is answered (500) there; it never becomes an unhandled
  // rejection that ends the process.
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    serveRequest(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });
  wss.on('connection', (socket) => serveConnection(socket, dispatch));
  server.on('upgrade', (req, socket, head) => {
    // The HTTP server no longer watches an upgraded socket: a reset must not become an
    // unhandled 'error' event.
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    // Browsers always send Origin on a WebSocket handshake; one without it is not our page.
    const origin = req.headers.origin ?? '';
    if (path !== WS_PATH || !isAllowedHost(req) || !allowedOrigins.has(origin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    try {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } catch {
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5180, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // As it appears in URLs and Host headers: IPv6 addresses in brackets.
  const urlHost = isIPv6(host) ? `[${host}]` : host;
  allowedHosts = new Set([`${urlHost}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  // Rules over time and due reminders, recorded to notifications.jsonl; started once serving.
  const stopTaskTimer = startTaskTimer(() => core.tasks.tick());
  const stopSync = core.sync.startScheduler(
    options.syncIntervalMs === undefined ? {} : { periodMs: options.syncIntervalMs },
  );

  return {
    url: `http://${urlHost}:${port}/`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopTaskTimer();
      await stopSync();
      await core.orders.stopImports();
      database.close();
      desktop.close();
    },
  };
}
