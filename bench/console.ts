/**
 * The supervisor console on a big shop (issue 16, "Numbers"): 50 agents × 90 days (≈ 1.6 M synced
 * rows, support/console-data.ts) on PostgreSQL and on the embedded PGlite, each served by
 * kefu-server in its own process (support/console-server-child.ts). Measured through real HTTP
 * with a signed-in session: 今日团队 (p95 ≤ 100 ms), 30-day 询单分析 (≤ 300 ms), and, in the
 * server's process, each of their SQL statements alone (the per-product table is one, ≤ 300 ms);
 * then Debian's Chromium signed in, from navigation to the 今日团队 table's rows painted (≤ 1 s).
 * Prints one JSON object, the goals beside the figures, the machine's load with each storage's,
 * and EXPLAIN (ANALYZE, BUFFERS) of the slowest statement.
 *
 *   KEFU_TEST_DATABASE_URL=postgres://kefu:kefu@127.0.0.1:5432/kefu npx tsx bench/console.ts
 *
 * Without KEFU_BENCH_DATABASE_URL or KEFU_TEST_DATABASE_URL (a PostgreSQL superuser URL; the bench
 * creates and drops its own database) only PGlite is measured, and the bench says so. The console
 * is built first when out/console is missing or stale. KEFU_BENCH_CONSOLE_AGENTS / _DAYS change
 * the shop's size, KEFU_BENCH_CONSOLE_PGLITE_DAYS PGlite's alone.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import pg from 'pg';
import { addDays, zonedDay } from '../common/time/zoned-time';
import { CONSOLE_PATHS, SESSION_COOKIE } from '../server/console/console-api';
import type { StorageKind } from '../server/database/storage';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/panel-web-host';
import { ZONE } from './support/console-data';
import type {
  ConsoleChildConfig,
  ConsoleChildReply,
  ConsoleChildRequest,
} from './support/console-server-child';
import { benchStorages, postgresAdminUrl } from './support/sync-bench-server';

const GOALS = { teamTodayP95Ms: 100, inquiryAnalysis30dMs: 300, productsTableMs: 300, firstPaintMs: 1000 };
const AGENTS = Number(process.env.KEFU_BENCH_CONSOLE_AGENTS ?? 50);
const DAYS = Number(process.env.KEFU_BENCH_CONSOLE_DAYS ?? 90);
const TEAM_REQUESTS = 40;
const PAINT_LOADS = 8;
/**
 * PGlite answers one statement at a time and a 30-day analysis took seconds there on the loaded
 * bench machine: fewer repetitions keep its half of the bench within minutes.
 */
const REPEATS = {
  postgres: { analysisRequests: 12, queryRounds: 5 },
  pglite: { analysisRequests: 6, queryRounds: 3 },
} as const;

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const round1 = (ms: number) => Math.round(ms * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round1(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}
const summary = (values: number[]) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: round1(Math.max(...values)),
});

function buildConsole(): void {
  const run = spawnSync(process.execPath, ['scripts/build-console-if-stale.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error('bench/console: the console build failed');
}

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function nextReply(child: ChildProcess): Promise<ConsoleChildReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ConsoleChildReply) => {
      child.off('exit', onExit);
      if (reply.type === 'failed') reject(new Error(`console server child: ${reply.message}`));
      else resolve(reply);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`console server child exited (${code}) before answering`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

type Session = { url: string; cookie: string };

async function signIn(url: string, token: string): Promise<Session> {
  const response = await fetch(url + CONSOLE_PATHS.session, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ token }),
  });
  const cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (response.status !== 200 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return { url, cookie };
}

/** One GET as the console's page sends it; the time includes reading the whole JSON answer. */
async function timedGet(session: Session, path: string): Promise<{ ms: number; body: unknown }> {
  const began = performance.now();
  const response = await fetch(session.url + path, {
    headers: { cookie: `${SESSION_COOKIE}=${session.cookie}`, 'sec-fetch-site': 'same-origin' },
  });
  const body = (await response.json()) as unknown;
  const ms = performance.now() - began;
  if (response.status !== 200)
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return { ms, body };
}

async function timeRequests(session: Session, path: string, warmUp: number, count: number) {
  for (let i = 0; i < warmUp; i += 1) await timedGet(session, path);
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const answer = await timedGet(session, path);
    ms.push(answer.ms);
    bytes = JSON.stringify(answer.body).length;
  }
  return { ...summary(ms), answerBytes: bytes };
}

/**
 * Navigation → the 今日团队 table holding every agent's row, painted: a MutationObserver set up
 * before the page's own scripts sees the rows arrive, then a frame plus a task later the browser
 * has painted them. performance.now() counts from the navigation's start. Each load is a fresh
 * browser context (no cached assets), signed in by the session cookie the bench got.
 */
async function firstPaint(browser: Browser, session: Session, rowsExpected: number) {
  const ms: number[] = [];
  for (let i = 0; i < PAINT_LOADS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await context.addCookies([
      { name: SESSION_COOKIE, value: session.cookie, url: session.url, httpOnly: true, sameSite: 'Strict' },
    ]);
    // A string, not a function: tsx's transform would wrap the function's names in a helper
    // the page does not have.
    await context.addInitScript({
      content: `window.kefuTeamPainted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('.team-table tbody tr').length < ${rowsExpected}) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        });
        observer.observe(document, { childList: true, subtree: true });
      });`,
    });
    const page = await context.newPage();
    await page.goto(session.url + '/');
    ms.push((await page.evaluate('window.kefuTeamPainted')) as number);
    await context.close();
  }
  return summary(ms);
}

async function measure(kind: StorageKind, browser: Browser, days: number) {
  const today = zonedDay(Date.now(), ZONE);
  const analysis = { from: addDays(today, -29), to: today };
  let cleanup: () => Promise<void>;
  let config: ConsoleChildConfig;
  const size = { agents: AGENTS, days };
  if (kind === 'postgres') {
    const adminUrl = postgresAdminUrl().url!;
    const name = `kefu_bench_console_${randomBytes(4).toString('hex')}`;
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${name}`;
    config = { kind, databaseUrl: databaseUrl.toString(), size, today, analysis };
    cleanup = () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`));
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-console-'));
    config = { kind, dataDir, size, today, analysis };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const child = fork(fileURLToPath(new URL('./support/console-server-child.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, KEFU_BENCH_CONSOLE: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const request = async <T extends ConsoleChildReply['type']>(message: ConsoleChildRequest) => {
    const reply = nextReply(child);
    child.send(message);
    return (await reply) as Extract<ConsoleChildReply, { type: T }>;
  };
  try {
    const loadBefore = loadavg();
    const ready = (await nextReply(child)) as Extract<ConsoleChildReply, { type: 'ready' }>;
    const loadAfterLoad = loadavg();
    const session = await signIn(ready.url, ready.shop.supervisorToken);
    const analysisPath = `${CONSOLE_PATHS.inquiryAnalysis}?from=${analysis.from}&to=${analysis.to}`;
    const measuring = loadavg();
    const teamTodayHttp = await timeRequests(session, CONSOLE_PATHS.teamToday, 3, TEAM_REQUESTS);
    const analysisHttp = await timeRequests(session, analysisPath, 2, REPEATS[kind].analysisRequests);
    const queries = await request<'queries'>({ type: 'queries', rounds: REPEATS[kind].queryRounds });
    const paint = await firstPaint(browser, session, AGENTS);
    const products = queries.statements.find((statement) => statement.name === 'products');
    const { supervisorToken: _token, ...shopFigures } = ready.shop;
    return {
      storage: kind,
      load: {
        ...shopFigures,
        tableSize: ready.tableBytes,
        loadavgBefore: loadBefore,
        loadavgAfter: loadAfterLoad,
      },
      loadavg: { measuring, after: loadavg() },
      teamToday: {
        http: teamTodayHttp,
        goalP95Ms: GOALS.teamTodayP95Ms,
        met: teamTodayHttp.p95 <= GOALS.teamTodayP95Ms,
      },
      inquiryAnalysis30d: {
        range: analysis,
        http: analysisHttp,
        goalMs: GOALS.inquiryAnalysis30dMs,
        met: analysisHttp.p95 <= GOALS.inquiryAnalysis30dMs,
      },
      productsTable: {
        inProcessMedianMs: products ? round1(products.medianMs) : null,
        inProcessMaxMs: products ? round1(products.maxMs) : null,
        goalMs: GOALS.productsTableMs,
        met: products ? products.medianMs <= GOALS.productsTableMs : null,
      },
      firstPaint: { ...paint, goalMs: GOALS.firstPaintMs, met: paint.p95 <= GOALS.firstPaintMs },
      inProcess: {
        teamToday: summary(queries.teamTodayMs),
        inquiryAnalysis30d: summary(queries.inquiryAnalysisMs),
        statements: queries.statements.map((s) => ({
          ...s,
          medianMs: round1(s.medianMs),
          maxMs: round1(s.maxMs),
        })),
      },
      slowest: queries.slowest,
    };
  } finally {
    if (child.connected) await request<'closed'>({ type: 'close' }).catch(() => undefined);
    if (child.exitCode === null) child.kill();
    await exited;
    await cleanup();
  }
}

buildConsole();
const { kinds, postgresSkipped } = benchStorages('bench/console');
const only = process.env.KEFU_BENCH_CONSOLE_STORAGE;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const results = [];
try {
  for (const kind of kinds.filter((k) => !only || k === only)) {
    const days = kind === 'pglite' ? Number(process.env.KEFU_BENCH_CONSOLE_PGLITE_DAYS ?? DAYS) : DAYS;
    console.error(`bench/console: ${kind}, ${AGENTS} agents × ${days} days …`);
    const result = await measure(kind, browser, days);
    // Each storage's figures as soon as they are in: the PGlite half takes a while longer.
    console.error(JSON.stringify({ ...result, slowest: result.slowest.name }));
    results.push(result);
  }
} finally {
  await browser.close();
}
console.log(
  JSON.stringify(
    {
      bench: 'console',
      goals: GOALS,
      shop: { agents: AGENTS, days: DAYS },
      postgresSkipped,
      chromium: chromiumVersion,
      results,
    },
    null,
    2,
  ),
);
