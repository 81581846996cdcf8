/**
 * A fresh desk's first sync through the real desktop sync engine, in its own process so its
 * peak RSS is its own: a new SQLite file with every core service, set up like first run
 * (SAMPLE_SETTINGS, as openTestDesk does), then `sync.configure` with the server URL and token:
 * whoami, binding, and the engine's first run (push of what binding queued, every pull page
 * applied with its rebase and cursor). The engine speaks the real HTTP transport; the bench
 * only wraps it to time how long the pull answers took. Reports to the parent over IPC.
 */
import { createHttpTransport } from '../../electron/core/sync/http-transport';
import type { SyncTransport } from '../../electron/core/sync/sync-transport';
import { VERSIONS } from '../../server/test-support/sync-client';
import { openBenchDesk } from './bench-desk';

export type InitialSyncConfig = { url: string; token: string };
export type InitialSyncReport = {
  openMs: number;
  syncMs: number;
  /**
   * The pull answers' times summed (request, server, JSON, the transport's zod check); the next
   * page is asked for while one is applied, so this overlaps the rest of syncMs.
   */
  pullMs: number;
  pages: number;
  rowsPulled: number;
  firstPullMs: number;
  lastPullMs: number;
  slowestPullMs: number;
  state: string;
  pending: number;
  localRows: Record<string, number>;
  rssAfterOpenMB: number;
  maxRssMB: number;
};

const config = JSON.parse(process.env.KEFU_BENCH_DESK ?? 'null') as InitialSyncConfig;
const pullTimes: number[] = [];
let rowsPulled = 0;

function timedTransport(server: { serverUrl: string; token: string }): SyncTransport {
  const http = createHttpTransport({ ...server, appVersion: VERSIONS.appVersion });
  return {
    whoAmI: () => http.whoAmI(),
    push: (request) => http.push(request),
    async pull(request) {
      const asked = performance.now();
      const page = await http.pull(request);
      pullTimes.push(performance.now() - asked);
      rowsPulled += page.rows.length;
      return page;
    },
  };
}

const opening = performance.now();
const { database, core, close } = openBenchDesk('initial', {
  appVersion: VERSIONS.appVersion,
  syncTransport: timedTransport,
});
const openMs = performance.now() - opening;
const rssAfterOpenMB = Math.round(process.memoryUsage.rss() / 2 ** 20);

const started = performance.now();
const status = await core.sync.configure({ serverUrl: config.url, token: config.token });
const syncMs = performance.now() - started;

const count = (table: string) =>
  database.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const report: InitialSyncReport = {
  openMs,
  syncMs,
  pullMs: pullTimes.reduce((sum, ms) => sum + ms, 0),
  pages: pullTimes.length,
  rowsPulled,
  firstPullMs: pullTimes[0] ?? 0,
  lastPullMs: pullTimes.at(-1) ?? 0,
  slowestPullMs: Math.max(0, ...pullTimes),
  state: status.state,
  pending: status.pending,
  localRows: Object.fromEntries(
    ['orders', 'inquiries', 'phrase_usages'].map((table) => [table, count(table)]),
  ),
  rssAfterOpenMB,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
await close();
// The core's timers (reminders, rules) would keep the process alive: leave once reported.
process.send!(report, () => process.exit(0));
