/**
 * The real sync server in this process for integration tests: the Fastify app over PGlite (in
 * memory) or a throwaway PostgreSQL database, restartable on the same port the way an operator
 * restarts it, with shops and agents created through the server's own admin functions.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { WhoAmI } from '../../common/sync/protocol';
import { createAgent, createShop } from '../../server/admin/shop-admin';
import { clients, rows } from '../../server/database/schema';
import { openStorage, type Storage, type StorageKind } from '../../server/database/storage';
import { buildApp } from '../../server/http/app';

export const POSTGRES_ENV = 'KEFU_TEST_DATABASE_URL';

export interface LabAgent {
  token: string;
  whoAmI: WhoAmI;
}

export interface ServerRow {
  table: string;
  id: string;
  ownerId: string | null;
  version: number;
  deletedAt: number | null;
  data: Record<string, unknown>;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function startServerLab(kind: StorageKind) {
  let dropDatabase: (() => Promise<void>) | null = null;
  let storage: Storage;
  if (kind === 'postgres') {
    const adminUrl = process.env[POSTGRES_ENV];
    if (!adminUrl) throw new Error(`${POSTGRES_ENV} is not set: the PostgreSQL variant cannot run`);
    const name = `kefu_lab_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    storage = await openStorage({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    dropDatabase = () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`)).then(
        () => undefined,
      );
  } else {
    storage = await openStorage({ kind: 'pglite', dataDir: 'memory://' });
  }
  await storage.migrate();

  let app: FastifyInstance | null = null;
  let port = 0;
  const listen = async () => {
    app = await buildApp({ storage, logger: false, rateLimit: { max: 1_000_000, timeWindowMs: 60_000 } });
    await app.listen({ port, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  };
  await listen();

  return {
    kind,
    url: () => `http://127.0.0.1:${port}`,
    /** Stops and starts the server on the same port; the database keeps everything. */
    async restart(): Promise<void> {
      await app?.close();
      await listen();
    },
    async newShop(
      name: string,
      agents: { code: string; role: 'agent' | 'supervisor' }[],
    ): Promise<LabAgent[]> {
      const { shopId } = await createShop(storage.db, name);
      const issued: LabAgent[] = [];
      for (const { code, role } of agents) {
        const agent = await createAgent(storage.db, { shopId, code, name: `客服${code}`, role });
        issued.push({
          token: agent.token,
          whoAmI: {
            shopId,
            shopName: name,
            agentId: agent.agentId,
            agentCode: code,
            agentName: `客服${code}`,
            role,
          },
        });
      }
      return issued;
    },
    /** Every row the server holds for a shop, tombstones included. */
    async rowsOf(shopId: string): Promise<ServerRow[]> {
      const found = await storage.db
        .select({
          table: rows.tableName,
          id: rows.id,
          ownerId: rows.ownerId,
          version: rows.version,
          deletedAt: rows.deletedAt,
          data: rows.data,
        })
        .from(rows)
        .where(eq(rows.shopId, shopId));
      return found.map((row) => ({ ...row, data: row.data as Record<string, unknown> }));
    },
    /** Each client's last applied mutation id, as the server keeps it. */
    async lastMutationIds(shopId: string): Promise<Map<string, number>> {
      const found = await storage.db
        .select({ clientId: clients.clientId, last: clients.lastMutationId })
        .from(clients)
        .where(eq(clients.shopId, shopId));
      return new Map(found.map((row) => [row.clientId, row.last]));
    },
    async stop(): Promise<void> {
      await app?.close();
      await storage.close();
      await dropDatabase?.();
    },
  };
}

export type ServerLab = Awaited<ReturnType<typeof startServerLab>>;
