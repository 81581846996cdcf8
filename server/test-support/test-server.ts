/**
 * Shared setup of the server tests: every suite runs against the embedded PGlite (in memory)
 * and a real PostgreSQL (a fresh database per file, created from KEFU_TEST_DATABASE_URL and
 * dropped at the end), over real HTTP. Without KEFU_TEST_DATABASE_URL the PostgreSQL variant
 * fails loudly, unless KEFU_SKIP_POSTGRES=1 says to skip it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { and, count, eq, max } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createAgent, createShop } from '../admin/shop-admin';
import { rows, shopVersions } from '../database/schema';
import { openStorage, type Storage, type StorageKind } from '../database/storage';
import { buildApp, type AppOptions } from '../http/app';

export type TestServer = { url: string; app: FastifyInstance };

export type TestEnv = {
  kind: StorageKind;
  storage: Storage;
  /** The first server instance's base URL. */
  url: string;
  /** PostgreSQL only: the test database's connection string. */
  databaseUrl: string | null;
  /** Another server instance on the same storage (own pool for PostgreSQL). */
  startServer(options?: Partial<AppOptions>): Promise<TestServer>;
};

const POSTGRES_ENV = 'KEFU_TEST_DATABASE_URL';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * A migrated PGlite data folder, kept in the temp dir per set of migrations: starting from it
 * takes well under a second where a fresh initdb takes several, and each test file needs one.
 */
async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS, { recursive: true, encoding: 'utf8' }).sort())
    if (name.endsWith('.sql') || name.endsWith('.json'))
      hash.update(name).update(readFileSync(join(MIGRATIONS, name)));
  const path = join(tmpdir(), `kefu-server-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const storage = await openStorage({ kind: 'pglite', dataDir: 'memory://' });
  await storage.migrate();
  const dump = await storage.dump!();
  await storage.close();
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

async function listen(options: AppOptions): Promise<TestServer> {
  const app = await buildApp(options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app };
}

async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function suiteFor(kind: StorageKind, title: string, suite: (env: TestEnv) => void): void {
  const env = { kind, databaseUrl: null } as TestEnv;
  const servers: TestServer[] = [];
  const extraStorages: Storage[] = [];
  let dbName: string | null = null;
  const adminUrl = process.env[POSTGRES_ENV] ?? '';

  beforeAll(async () => {
    if (kind === 'postgres') {
      dbName = `kefu_t_${randomBytes(6).toString('hex')}`;
      await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${dbName}`));
      env.databaseUrl = databaseUrl(adminUrl, dbName);
      env.storage = await openStorage({ kind: 'postgres', url: env.databaseUrl, poolSize: 4 });
    } else {
      env.storage = await openStorage({
        kind: 'pglite',
        dataDir: 'memory://',
        template: await pgliteTemplate(),
      });
    }
    await env.storage.migrate();
    env.startServer = async (options = {}) => {
      let storage = env.storage;
      if (kind === 'postgres' && servers.length > 0) {
        storage = await openStorage({ kind: 'postgres', url: env.databaseUrl!, poolSize: 4 });
        extraStorages.push(storage);
      }
      const server = await listen({ storage, ...options });
      servers.push(server);
      return server;
    };
    env.url = (await env.startServer()).url;
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) await server.app.close();
    for (const storage of extraStorages) await storage.close();
    await env.storage?.close();
    if (dbName)
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE ${dbName} WITH (FORCE)`));
  }, 60_000);

  suite(env);
}

/** Runs `suite` once per storage: `[pglite]` and `[postgres]`. */
export function describeEachStorage(
  title: string,
  suite: (env: TestEnv) => void,
  kinds: readonly StorageKind[] = ['pglite', 'postgres'],
): void {
  for (const kind of kinds) {
    const name = `${title} [${kind}]`;
    if (kind === 'postgres' && !process.env[POSTGRES_ENV]) {
      if (process.env.KEFU_SKIP_POSTGRES === '1') {
        console.warn(`${name}: skipped, KEFU_SKIP_POSTGRES=1 and ${POSTGRES_ENV} is not set.`);
        describe.skip(name, () => it('needs PostgreSQL', () => undefined));
      } else {
        describe(name, () => {
          it(`needs ${POSTGRES_ENV}`, () => {
            throw new Error(
              `${POSTGRES_ENV} is not set: the server tests run against a real PostgreSQL (e.g. postgres://kefu:kefu@127.0.0.1:5432/kefu, a superuser). Set KEFU_SKIP_POSTGRES=1 to skip them knowingly.`,
            );
          });
        });
      }
      continue;
    }
    describe(name, () => suiteFor(kind, title, suite));
  }
}

export type TestAgent = { agentId: string; code: string; token: string; tokenId: string };
export type TestShop = {
  shopId: string;
  supervisor: TestAgent;
  agent: TestAgent;
  otherAgent: TestAgent;
  admin: TestAgent;
};

let shopCounter = 0;

/** A fresh shop with a supervisor (S01), two agents (A01, A02) and an admin (ADM). */
export async function seedShop(storage: Storage, name = `测试店铺 ${++shopCounter}`): Promise<TestShop> {
  const { shopId } = await createShop(storage.db, name);
  const make = async (code: string, role: 'agent' | 'supervisor' | 'admin'): Promise<TestAgent> => {
    const issued = await createAgent(storage.db, { shopId, code, name: `客服${code}`, role });
    return { agentId: issued.agentId, code, token: issued.token, tokenId: issued.tokenId };
  };
  return {
    shopId,
    supervisor: await make('S01', 'supervisor'),
    agent: await make('A01', 'agent'),
    otherAgent: await make('A02', 'agent'),
    admin: await make('ADM', 'admin'),
  };
}

/** How much of the shop the server holds: rows, and the shop's version counter. */
export async function shopState(storage: Storage, shopId: string) {
  const [counted] = await storage.db
    .select({ rows: count(), maxVersion: max(rows.version) })
    .from(rows)
    .where(eq(rows.shopId, shopId));
  const [shop] = await storage.db.select().from(shopVersions).where(eq(shopVersions.shopId, shopId));
  return { rows: counted!.rows, maxRowVersion: counted!.maxVersion ?? 0, version: shop!.version };
}

export async function storedRow(storage: Storage, shopId: string, table: string, id: string) {
  const [row] = await storage.db
    .select()
    .from(rows)
    .where(and(eq(rows.shopId, shopId), eq(rows.tableName, table), eq(rows.id, id)));
  return row ?? null;
}
