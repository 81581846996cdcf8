/**
 * One bound desk in its own process, syncing until nothing is left to push or pull, so a test
 * can SIGKILL it mid-push or mid-pull and start it again. Reads KEFU_DESK_DB (a bound database
 * file), KEFU_DESK_PAGE (pull page size); prints `settled` with its counts when done.
 */
import { openDatabase } from '../../db/open-database';
import { createSyncEngine } from '../../electron/core/sync/sync-engine';

const file = process.env.KEFU_DESK_DB;
if (!file) throw new Error('KEFU_DESK_DB is not set');
const database = openDatabase({ file });
const engine = createSyncEngine({
  sqlite: database.sqlite,
  now: Date.now,
  appVersion: '0.1.0',
  pullPageSize: Number(process.env.KEFU_DESK_PAGE ?? 500),
});
let pushed = 0;
let pulled = 0;
for (;;) {
  const result = await engine.run();
  if (result.retryInMs !== null || result.status.error)
    throw new Error(`sync failed: ${JSON.stringify(result.status)}`);
  pushed += result.pushed;
  pulled += result.pulled;
  if (result.pushed + result.pulled === 0 && result.status.pending === 0) break;
}
database.close();
console.log(JSON.stringify({ settled: true, pushed, pulled }));
