/**
 * The order import's own thread (see order-import-thread.ts): reading, checking, planning and
 * the all-or-nothing write of a 100,000-row export run here, on this thread's own connection to
 * the store, so the thread that serves the hotkey and the IPC calls only waits for a message.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../db/schema';
import { AppError } from '../app-error';
import { diskFullError, isDiskFull } from '../disk-full';
import { createOrderImporter } from './order-import';
import type { ImportThreadData, ImportThreadReply, ImportThreadRequest } from './order-import-messages';

/**
 * The changed order ids travel as JSON text in slices: a port delivers every queued message at
 * once, so 100,000 structured-cloned ids would be unpacked in one go on the serving thread;
 * text arrives as a plain copy and is parsed there a slice per turn of its event loop.
 */
const ID_SLICE = 5000;
/** Room for the import's pages in memory (KiB): spilling them mid-transaction costs far more. */
const CACHE_KIB = 65_536;

const { file, nativeBinding } = workerData as ImportThreadData;
const sqlite = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma(`cache_size = -${CACHE_KIB}`);
// Checkpoints are taken right after each import's commit (below), not halfway through a write.
sqlite.pragma('wal_autocheckpoint = 0');
const db = drizzle(sqlite, { schema });
const importer = createOrderImporter({ db, sqlite, newId: randomUUID });
const port = parentPort!;

const send = (reply: ImportThreadReply) => port.postMessage(reply);

function sendInSlices(ids: string[]): void {
  for (let at = 0; at < ids.length; at += ID_SLICE) {
    send({ type: 'changedOrderIds', json: JSON.stringify(ids.slice(at, at + ID_SLICE)) });
  }
}

async function handle(request: ImportThreadRequest): Promise<void> {
  const { report, changedOrderIds } = await importer.run(request);
  sendInSlices(changedOrderIds);
  send({ type: 'done', report });
  // The write's pages go to the database file here, off the serving thread, right after the
  // answer (it is committed; this only moves pages). Left to the automatic checkpoint, the next
  // small commit on the serving thread would copy them all. While this runs, that thread's own
  // automatic checkpoint finds the checkpoint taken and skips it without waiting.
  if (request.write) sqlite.pragma('wal_checkpoint(PASSIVE)');
}

port.on('message', (request: ImportThreadRequest) => {
  handle(request).catch((cause: unknown) => {
    const error = isDiskFull(cause) ? diskFullError() : cause;
    send(
      error instanceof AppError
        ? { type: 'refused', code: error.code, messageKey: error.messageKey, details: error.details }
        : {
            type: 'crashed',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
    );
  });
});

send({ type: 'ready' });
