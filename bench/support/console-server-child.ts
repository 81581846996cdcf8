/**
 * kefu-server as bench/console.ts runs it: its own Node process (the browser and the timed HTTP
 * client live in the parent), the real Fastify app over the real storage, a big shop loaded into
 * the store first (console-data.ts; PGlite is one process's, so the load happens here). Over IPC:
 * `ready` with the URL, the supervisor's token and the load's figures; `queries` times each SQL
 * statement of 今日团队 and 询单分析 alone, in process, and answers EXPLAIN (ANALYZE, BUFFERS) of
 * the slowest; `close`.
 */
import type { AddressInfo } from 'node:net';
import { sql, type SQL } from 'drizzle-orm';
import { runEmbeddedAutovacuum } from '../../server/database/embedded-autovacuum';
import { openStorage, type ServerDb } from '../../server/database/storage';
import { buildApp } from '../../server/http/app';
import { inquiryAnalysis } from '../../server/console/api/inquiry-analysis';
import { teamToday } from '../../server/console/api/team-today';
import type { ConsoleCaller } from '../../server/console/api/console-session';
import { loadConsoleShop, type ConsoleShopSize, type LoadedShop } from './console-data';

export type ConsoleChildConfig = (
  { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; dataDir: string }
) & {
  size: ConsoleShopSize;
  today: string;
  /** The 30-day range 询单分析 is timed over. */
  analysis: { from: string; to: string };
};

export type QueryTiming = { name: string; medianMs: number; maxMs: number };

export type ConsoleChildRequest = { type: 'queries'; rounds: number } | { type: 'close' };
export type ConsoleChildReply =
  | { type: 'ready'; url: string; shop: Omit<LoadedShop, 'agents'>; tableBytes: string | null }
  | {
      type: 'queries';
      /** Each raw statement by the console function that sent it, run one at a time. */
      statements: QueryTiming[];
      /** The two figures in process, their statements running as the route runs them. */
      teamTodayMs: number[];
      inquiryAnalysisMs: number[];
      slowest: { name: string; sql: string; explain: string };
    }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

const RAISED_RATE_LIMIT = { max: 1_000_000, timeWindowMs: 60_000 };
const config = JSON.parse(process.env.KEFU_BENCH_CONSOLE ?? 'null') as ConsoleChildConfig;
const send = (reply: ConsoleChildReply) => process.send!(reply);
const progress = (message: string) => console.error(`  [${config.kind}] ${message}`);

const storage = await openStorage(
  config.kind === 'postgres'
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir },
);
await storage.migrate();
// The upkeep each storage gets while serving: PostgreSQL's autovacuum would vacuum and analyse
// tables this size soon after such a load; the embedded PGlite's stand-in (embedded-autovacuum.ts)
// runs its rounds as the days come in, then analyses everything at start as `kefu-server start` does.
const shop = await loadConsoleShop(
  storage.db,
  config.size,
  config.today,
  config.kind === 'postgres'
    ? { afterLoad: () => storage.db.execute(sql`vacuum (analyze)`), progress }
    : { betweenDays: () => runEmbeddedAutovacuum(storage.db), progress },
);
const autovacuum = await storage.startAutovacuum?.({
  ran: () => undefined,
  failed: (error) => console.error('  [pglite] autovacuum failed', error),
});
const [size] = (
  (await storage.db.execute(
    sql`select pg_size_pretty(pg_total_relation_size('rows')) as size`,
  )) as unknown as {
    rows: { size: string }[];
  }
).rows;
const app = await buildApp({ storage, logger: false, rateLimit: RAISED_RATE_LIMIT });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as AddressInfo;

/** The figures read only the shop (and its name) of the signed-in supervisor. */
const caller = (): ConsoleCaller => ({
  shopId: shop.shopId,
  shopName: '基准测试旗舰店',
  agentId: shop.supervisorAgentId,
  agentCode: 'S001',
  agentName: '周主管',
  tokenId: '',
  role: 'supervisor',
  csrfToken: '',
  expiresAt: Number.MAX_SAFE_INTEGER,
});

/** The console function (team-today.ts, inquiry-analysis.ts …) whose statement this is. */
function callerName(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    if (!frame.includes('server/console/api/') || frame.includes('raw-query.ts')) continue;
    // A callback (a transaction's) names no function: the function awaiting it is further up.
    const name = /at (?:async )?([\w.]+) \(/.exec(frame)?.[1];
    if (name) return name;
  }
  return 'other';
}

type TimedStatement = { name: string; ms: number; query: SQL; settings: SQL[] };

const isSetting = (db: ServerDb, query: SQL) =>
  /^\s*set\s/i.test(
    (db as unknown as { dialect: { sqlToQuery(query: SQL): { sql: string } } }).dialect.sqlToQuery(query).sql,
  );

/**
 * The storage's db with execute() timed and run one statement at a time, so each figure's SQL is
 * timed alone even where the route sends several at once (Promise.all). A transaction runs alone
 * too, its statements timed one at a time; its `set local` statements are not figures but are
 * kept with each statement after them, so EXPLAIN runs under the same settings.
 */
function timedDb(
  db: ServerDb,
  log: TimedStatement[],
  queue = { last: Promise.resolve() as Promise<unknown> },
  settings: SQL[] = [],
  sender?: string,
): ServerDb {
  return new Proxy(db, {
    get(target, property, receiver) {
      // A transaction takes its turn whole: on PGlite (one session) a statement queued ahead of
      // its own would wait for it to end while it waits for that statement.
      if (property === 'transaction')
        return (run: (tx: ServerDb) => Promise<unknown>) => {
          // Named now: once queued, its statements' stacks no longer reach the figure's function.
          const name = callerName();
          const whole = queue.last.then(() =>
            target.transaction((tx) =>
              run(timedDb(tx as unknown as ServerDb, log, { last: Promise.resolve() }, [], name)),
            ),
          );
          queue.last = whole.catch(() => undefined);
          return whole;
        };
      if (property !== 'execute') return Reflect.get(target, property, receiver) as unknown;
      return (query: SQL) => {
        const name = sender ?? callerName();
        const run = queue.last.then(async () => {
          const began = performance.now();
          const result = await target.execute(query);
          if (isSetting(target, query)) settings.push(query);
          else log.push({ name, ms: performance.now() - began, query, settings: [...settings] });
          return result;
        });
        queue.last = run.catch(() => undefined);
        return run;
      };
    },
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function queries(rounds: number): Promise<ConsoleChildReply> {
  const teamTodayMs: number[] = [];
  const inquiryAnalysisMs: number[] = [];
  const log: TimedStatement[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let began = performance.now();
    await teamToday(storage.db, caller(), config.today);
    teamTodayMs.push(performance.now() - began);
    began = performance.now();
    await inquiryAnalysis(storage.db, caller(), config.analysis);
    inquiryAnalysisMs.push(performance.now() - began);
    await teamToday(timedDb(storage.db, log), caller(), config.today);
    await inquiryAnalysis(timedDb(storage.db, log), caller(), config.analysis);
  }
  const byName = new Map<string, { ms: number[]; query: SQL; settings: SQL[] }>();
  for (const entry of log) {
    const seen = byName.get(entry.name) ?? { ms: [], query: entry.query, settings: entry.settings };
    seen.ms.push(entry.ms);
    byName.set(entry.name, seen);
  }
  const statements = [...byName]
    .map(([name, { ms }]) => ({ name, medianMs: median(ms), maxMs: Math.max(...ms) }))
    .sort((a, b) => b.medianMs - a.medianMs);
  const slowest = byName.get(statements[0]!.name)!;
  const explained = (await storage.db.transaction(async (tx) => {
    for (const setting of slowest.settings) await tx.execute(setting);
    return tx.execute(sql`explain (analyze, buffers) ${slowest.query}`);
  })) as unknown as { rows: { 'QUERY PLAN': string }[] };
  const dialect = (storage.db as unknown as { dialect: { sqlToQuery(query: SQL): { sql: string } } }).dialect;
  return {
    type: 'queries',
    statements,
    teamTodayMs,
    inquiryAnalysisMs,
    slowest: {
      name: statements[0]!.name,
      sql: dialect.sqlToQuery(slowest.query).sql,
      explain: explained.rows.map((row) => row['QUERY PLAN']).join('\n'),
    },
  };
}

async function answer(request: ConsoleChildRequest): Promise<ConsoleChildReply> {
  switch (request.type) {
    case 'queries':
      return queries(request.rounds);
    case 'close':
      await app.close();
      await autovacuum?.stop();
      await storage.close();
      return { type: 'closed' };
  }
}

process.on('message', (request: ConsoleChildRequest) => {
  answer(request).then(
    (reply) => {
      send(reply);
      if (reply.type === 'closed') process.disconnect();
    },
    (error: unknown) => send({ type: 'failed', message: String((error as Error)?.stack ?? error) }),
  );
});
const { agents: _agents, ...shopFigures } = shop;
send({ type: 'ready', url: `http://127.0.0.1:${port}`, shop: shopFigures, tableBytes: size?.size ?? null });
