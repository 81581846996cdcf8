/**
 * Starts the sync server child (sync-server-child.ts) on a throwaway store and stops it again:
 * - PostgreSQL: a fresh database `kefu_bench_<random>` created from the admin URL in
 *   KEFU_BENCH_DATABASE_URL (else KEFU_TEST_DATABASE_URL) and dropped afterwards;
 * - PGlite: the embedded default, in a fresh data folder on disk, removed afterwards.
 * Without an admin URL the PostgreSQL side is not measured; `postgresAdminUrl` says why, and the
 * benches print that in their JSON and on stderr.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { StorageKind } from '../../server/database/storage';
import type { ServerChildConfig, ServerReply, ServerRequest } from './sync-server-child';
import type { BenchAgent } from './sync-mutations';

const ADMIN_URL_ENV = ['KEFU_BENCH_DATABASE_URL', 'KEFU_TEST_DATABASE_URL'] as const;

export type AdminUrl = { url: string; reason: null } | { url: null; reason: string };

export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): AdminUrl {
  for (const name of ADMIN_URL_ENV) if (env[name]) return { url: env[name], reason: null };
  return {
    url: null,
    reason: `neither ${ADMIN_URL_ENV.join(' nor ')} is set (a PostgreSQL superuser URL, e.g. postgres://kefu:kefu@127.0.0.1:5432/kefu), so the PostgreSQL figures were not measured`,
  };
}

/** The storages to measure, PostgreSQL first when it can be; warns loudly when it cannot. */
export function benchStorages(bench: string): { kinds: StorageKind[]; postgresSkipped: string | null } {
  const admin = postgresAdminUrl();
  if (admin.reason === null) return { kinds: ['postgres', 'pglite'], postgresSkipped: null };
  console.error(`\n!!! ${bench}: PostgreSQL NOT MEASURED: ${admin.reason}.\n`);
  return { kinds: ['pglite'], postgresSkipped: admin.reason };
}

export type BenchServer = {
  kind: StorageKind;
  /** PostgreSQL only: the throwaway database's name (its backends show it in their titles). */
  database: string | null;
  url: string;
  shopId: string;
  agents: BenchAgent[];
  request<T extends ServerReply['type']>(request: ServerRequest): Promise<Extract<ServerReply, { type: T }>>;
  /** Stops the server, drops its store, answers the server process's peak RSS. */
  close(): Promise<{ maxRssMB: number }>;
  /**
   * Stops the server process and starts a new one on the same store, shop and tokens: the new
   * one's peak RSS is what it does from here on. Answers the stopped process's peak RSS.
   */
  restart(): Promise<{ maxRssMB: number }>;
};

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function nextReply(child: ChildProcess): Promise<ServerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ServerReply) => {
      child.off('exit', onExit);
      if (reply.type === 'failed') reject(new Error(`sync server child: ${reply.message}`));
      else resolve(reply);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`sync server child exited (${code}) before answering`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startBenchServer(kind: StorageKind, agents: number): Promise<BenchServer> {
  let config: ServerChildConfig;
  let cleanup: () => Promise<void>;
  let database: string | null = null;
  if (kind === 'postgres') {
    const adminUrl = postgresAdminUrl().url!;
    const name = `kefu_bench_${randomBytes(6).toString('hex')}`;
    database = name;
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${name}`;
    config = { kind, databaseUrl: databaseUrl.toString(), agents };
    cleanup = () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`));
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-pglite-'));
    config = { kind, dataDir, agents };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }

  let child: ChildProcess;
  let exited: Promise<unknown>;
  let ready: Extract<ServerReply, { type: 'ready' }>;
  async function spawnServer(): Promise<void> {
    child = fork(fileURLToPath(new URL('./sync-server-child.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, KEFU_BENCH_SERVER: JSON.stringify(config) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    exited = new Promise((resolve) => child.once('exit', resolve));
    const first = await nextReply(child);
    if (first.type !== 'ready') throw new Error(`sync server child answered ${first.type} first`);
    ready = first;
  }
  const request = async <T extends ServerReply['type']>(message: ServerRequest) => {
    const reply = nextReply(child);
    child.send(message);
    return (await reply) as Extract<ServerReply, { type: T }>;
  };
  async function stopServer(): Promise<{ maxRssMB: number }> {
    try {
      if (!child.connected) throw new Error(`the sync server child has gone (exit ${child.exitCode})`);
      const closed = await request<'closed'>({ type: 'close' });
      await exited;
      return { maxRssMB: closed.maxRssMB };
    } finally {
      // After a failure the child may still be serving: stop it before its store goes.
      if (child.exitCode === null) {
        child.kill();
        await exited;
      }
    }
  }

  try {
    await spawnServer();
  } catch (error) {
    child!.kill();
    await cleanup();
    throw error;
  }
  const server: BenchServer = {
    kind,
    database,
    url: ready!.url,
    shopId: ready!.shopId,
    agents: ready!.agents,
    request,
    async close() {
      try {
        return await stopServer();
      } finally {
        await cleanup();
      }
    },
    async restart() {
      const stopped = await stopServer();
      config = { ...config, existing: { shopId: server.shopId, agents: server.agents } };
      await spawnServer();
      server.url = ready.url;
      return stopped;
    },
  };
  return server;
}
