/**
 * Runs order imports on their own worker thread (order-import-worker.ts) with its own
 * connection. The serving thread sends the file and waits; while the worker's write transaction
 * is open, SQLite's lock keeps every other writer out, and the write gate keeps contract writes
 * from even trying. If the worker dies mid-write its transaction dies with it (nothing is
 * committed), the caller gets an error and the next import starts a fresh worker.
 *
 * The worker lives between imports (the shells start it with the app), so the dry run's plan of
 * a file is there for the write that follows; it does not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../app-error';
import type { OrderImportReport } from './order-import-report';
import type { ImportThreadData, ImportThreadReply, ImportThreadRequest } from './order-import-messages';
import { yieldToLoop } from './yield-to-loop';

export interface OrderImportThreadResult {
  report: OrderImportReport;
  changedOrderIds: string[];
}

/**
 * In the Electron build the worker is its own bundle (an entry of electron.vite.config.ts). Under tsx and vitest it is
 * the TypeScript source, which a worker thread does not inherit a loader for: tsx's require hook
 * is installed in it first.
 */
function newWorker(data: ImportThreadData): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    // This code may sit in the entry bundle or in a shared chunk one folder down.
    const bundle = ['./order-import-worker.js', '../order-import-worker.js']
      .map((path) => new URL(path, import.meta.url))
      .find((url) => existsSync(url));
    if (!bundle) throw new Error('order import worker bundle not found');
    return new Worker(bundle, { workerData: data });
  }
  const source = fileURLToPath(new URL('./order-import-worker.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData: data,
  });
}

/** Bytes copied per turn of the event loop: a few milliseconds each. */
const COPY_PIECE = 4 << 20;

/**
 * The file goes to the worker in shared memory, copied here a piece per turn: posted as it is,
 * 30 MB would be cloned in one go on this thread.
 */
async function sharedCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  for (let at = 0; at < bytes.length; at += COPY_PIECE) {
    shared.set(bytes.subarray(at, at + COPY_PIECE), at);
    await yieldToLoop();
  }
  return shared;
}

export function createOrderImportThread(data: ImportThreadData) {
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  /** The thread keeps the process alive only while it is asked something (a request, a warm-up). */
  let asking = 0;
  /** Requests listen for the thread's errors themselves. */
  let requests = 0;
  const hold = (thread: Worker) => {
    asking += 1;
    thread.ref();
  };
  const release = (thread: Worker) => {
    asking -= 1;
    if (asking === 0) thread.unref();
  };

  function started(): Worker {
    if (worker) return worker;
    const fresh = newWorker(data);
    fresh.unref();
    fresh.on('exit', () => {
      if (worker === fresh) worker = null;
    });
    // A request listens for its own errors; one outside a request (the thread failing to start
    // while warming up) is only told, and the next import starts a fresh thread.
    fresh.on('error', (error) => {
      if (requests === 0) console.warn(`order import thread: ${error.message}`);
    });
    ready = new Promise((resolve) => {
      const onReady = (reply: ImportThreadReply) => {
        if (reply.type !== 'ready') return;
        fresh.off('message', onReady);
        resolve();
      };
      fresh.on('message', onReady);
      fresh.once('exit', () => resolve());
    });
    worker = fresh;
    return fresh;
  }

  /** Settles when the request before is answered: the worker's replies are not tagged per request. */
  let queue: Promise<unknown> = Promise.resolve();

  /** A dry run asked for while a write runs waits its turn, and so on. */
  function run(request: ImportThreadRequest): Promise<OrderImportThreadResult> {
    const turn = queue.then(() => runNow(request));
    queue = turn.catch(() => undefined);
    return turn;
  }

  async function runNow(request: ImportThreadRequest): Promise<OrderImportThreadResult> {
    const bytes = await sharedCopy(request.bytes);
    const thread = started();
    hold(thread);
    requests += 1;
    const idSlices: string[] = [];
    return new Promise<Omit<Extract<ImportThreadReply, { type: 'done' }>, 'type'>>((resolve, reject) => {
      const settle = () => {
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        requests -= 1;
        release(thread);
      };
      const onMessage = (reply: ImportThreadReply) => {
        if (reply.type === 'ready') return;
        if (reply.type === 'changedOrderIds') {
          idSlices.push(reply.json);
          return;
        }
        settle();
        if (reply.type === 'done') resolve(reply);
        else if (reply.type === 'refused') {
          reject(new AppError(reply.code, reply.messageKey, reply.details));
        } else reject(new Error(`order import failed: ${reply.message}`));
      };
      const onError = (error: Error) => {
        settle();
        reject(new Error(`order import thread failed: ${error.message}`, { cause: error }));
      };
      const onExit = (code: number) => {
        settle();
        reject(new Error(`order import thread stopped (exit code ${code}); nothing was imported`));
      };
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.postMessage({ ...request, bytes });
    }).then(async ({ report }) => {
      const changedOrderIds: string[] = [];
      for (const json of idSlices) {
        for (const id of JSON.parse(json) as string[]) changedOrderIds.push(id);
        await yieldToLoop();
      }
      return { report, changedOrderIds };
    });
  }

  return {
    run,
    /**
     * Starts the thread ahead of the first import (the shells do at start): loading it and
     * opening its connection is then not part of the agent's wait.
     */
    warmUp: async (): Promise<void> => {
      let thread: Worker;
      try {
        thread = started();
      } catch (error) {
        // The first import will try again, and say why if it fails there too.
        console.warn(`order import thread: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      hold(thread);
      await ready;
      release(thread);
    },
    /** Stops the worker, whatever it is doing; an import it was writing is rolled back. */
    stop: async (): Promise<void> => {
      await worker?.terminate();
    },
  };
}

export type OrderImportThread = ReturnType<typeof createOrderImportThread>;
