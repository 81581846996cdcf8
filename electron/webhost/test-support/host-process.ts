/**
 * The web host as its own process (`electron/webhost/main.ts`), for tests that kill it with
 * SIGKILL the way a crash, a power cut or the task manager would, and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { ApiResult } from '../../api/api-result';
import type { WsResponse } from '../../api/ws-protocol';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface HostProcess {
  url: string;
  child: ChildProcess;
  /** Calls a contract method and waits for its answer. */
  call(method: string, input?: unknown): Promise<ApiResult<unknown>>;
  /** Sends a call without waiting: the process may be killed before it answers. */
  send(method: string, input?: unknown): void;
  /** SIGKILL, then waits until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, the orderly way out. */
  stop(): Promise<void>;
}

/** `args` go to the entry point as well, e.g. `['--desktop', 'x11']`. */
export async function startHostProcess(dataDir: string, args: readonly string[] = []): Promise<HostProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, '--data-dir', dataDir, '--port', String(port), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KEFU_LANGUAGE: 'zh-CN' } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
      if (found) resolve(found[0].endsWith('/') ? found[0] : `${found[0]}/`);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before listening:\n${output}`)));
  });

  const socket = new WebSocket(`${url.replace('http', 'ws')}api`, { origin: url.replace(/\/$/, '') });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 0;
  const waiting = new Map<number, (result: ApiResult<unknown>) => void>();
  socket.on('message', (data) => {
    const reply = JSON.parse(data.toString()) as WsResponse;
    if (reply.id !== null) waiting.get(reply.id)?.(reply.result);
  });
  // A killed host closes the socket; ECONNRESET then is expected, not a test failure.
  socket.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const send = (method: string, input: unknown = {}) => {
    nextId += 1;
    socket.send(JSON.stringify({ id: nextId, method, input }));
    return nextId;
  };
  return {
    url,
    child,
    send: (method, input) => void send(method, input),
    call: (method, input) =>
      new Promise((resolve) => {
        waiting.set(send(method, input), resolve);
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
      socket.terminate();
    },
    stop: async () => {
      socket.close();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
