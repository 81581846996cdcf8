/**
 * A fresh desk's first sync, pull side only, in its own process so its peak RSS is its own: a
 * new SQLite file with the desk's real schema (db/open-database), `whoami`, then every pull page
 * over HTTP, each page applied in one transaction the way a desk copies server rows in (every
 * client column plus shop and version, `insert … on conflict (id) do update`, foreign keys off
 * because a page is in version order and the server is the authority on links). The cursor is
 * kept in memory. Reports the time, pages, rows per table and peak RSS to the parent over IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { PULL_PAGE, SYNC_PATHS, type PullResponse, type WhoAmI } from '../../common/sync/protocol';
import { SERVER_COLUMNS, columnNames } from '../../common/sync/row-schema';
import { isSyncTable, type SyncTable } from '../../common/sync/sync-tables';
import { openDatabase } from '../../db/open-database';
import { getJson, postJson, VERSIONS } from '../../server/test-support/sync-client';

export type InitialPullConfig = { url: string; token: string; clientId: string };
export type InitialPullReport = {
  openMs: number;
  syncMs: number;
  /** Of syncMs: waiting for pull answers (request, server, JSON) and applying pages to SQLite. */
  pullMs: number;
  applyMs: number;
  /** The slowest page answer: pages deep in a large backlog cost more on the server. */
  slowestPullMs: number;
  firstPullMs: number;
  lastPullMs: number;
  pages: number;
  rowsPulled: number;
  localRows: Record<string, number>;
  rssAfterOpenMB: number;
  maxRssMB: number;
};

const quote = (name: string) => `"${name}"`;
const clientColumns = (table: SyncTable) =>
  columnNames(table).filter((name) => !(SERVER_COLUMNS as readonly string[]).includes(name));

function upsertStatements(sqlite: Database.Database) {
  const statements = new Map<SyncTable, { columns: string[]; statement: Database.Statement }>();
  return (table: SyncTable) => {
    let found = statements.get(table);
    if (!found) {
      const columns = [...clientColumns(table), ...SERVER_COLUMNS];
      const updates = columns
        .filter((name) => name !== 'id')
        .map((name) => `${quote(name)} = excluded.${quote(name)}`);
      const statement = sqlite.prepare(
        `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})
         on conflict (id) do update set ${updates.join(', ')}`,
      );
      found = { columns, statement };
      statements.set(table, found);
    }
    return found;
  };
}

const config = JSON.parse(process.env.KEFU_BENCH_PULL ?? 'null') as InitialPullConfig;
const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-initial-'));
const opening = performance.now();
const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
const openMs = performance.now() - opening;
const rssAfterOpenMB = Math.round(process.memoryUsage.rss() / 2 ** 20);
const { sqlite } = database;
const upsert = upsertStatements(sqlite);

const started = performance.now();
const who = await getJson<WhoAmI>(config.url + SYNC_PATHS.whoAmI, config.token);
if (who.status !== 200) throw new Error(`whoami answered ${who.status}`);
let cursor = 0;
let pages = 0;
let rowsPulled = 0;
const pullTimes: number[] = [];
let applyMs = 0;
for (;;) {
  const asked = performance.now();
  const answer = await postJson<PullResponse>(
    config.url + SYNC_PATHS.pull,
    { ...VERSIONS, clientId: config.clientId, since: cursor, limit: PULL_PAGE.default },
    config.token,
  );
  if (answer.status !== 200)
    throw new Error(`pull answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const page = answer.body;
  const applying = performance.now();
  pullTimes.push(applying - asked);
  sqlite.pragma('foreign_keys = OFF');
  sqlite.transaction(() => {
    for (const row of page.rows) {
      if (!isSyncTable(row.table)) continue;
      const { columns, statement } = upsert(row.table);
      statement.run(
        columns.map((name) => {
          if (name === 'shop_id') return who.body.shopId;
          if (name === 'version') return row.version;
          if (name === 'deleted_at') return row.deletedAt;
          return row.data[name] ?? null;
        }),
      );
    }
  })();
  sqlite.pragma('foreign_keys = ON');
  applyMs += performance.now() - applying;
  pages += 1;
  rowsPulled += page.rows.length;
  cursor = page.cursor;
  if (!page.hasMore) break;
}
const syncMs = performance.now() - started;

const localRows = Object.fromEntries(
  ['orders', 'inquiries', 'phrase_usages'].map((table) => [
    table,
    sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number,
  ]),
);
database.close();
rmSync(dir, { recursive: true, force: true });
const report: InitialPullReport = {
  openMs,
  syncMs,
  pullMs: pullTimes.reduce((sum, ms) => sum + ms, 0),
  applyMs,
  slowestPullMs: Math.max(...pullTimes),
  firstPullMs: pullTimes[0]!,
  lastPullMs: pullTimes.at(-1)!,
  pages,
  rowsPulled,
  localRows,
  rssAfterOpenMB,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.send!(report);
process.disconnect();
