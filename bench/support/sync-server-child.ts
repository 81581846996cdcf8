/**
 * The sync server as the benchmarks run it: its own Node process (as in production, so the
 * simulated desks and the server do not share one event loop), the real Fastify app over the
 * real storage, one shop with the agents the bench asks for. The parent talks to it over IPC:
 * `ready` with the URL and tokens, then requests for the plain-INSERT floor on the same
 * database, what parsing and validating the same pushes costs this process, the shop's stored
 * state, and shutdown with the process's peak RSS.
 *
 * The rate limit is raised out of the way: these benches measure throughput, and one desk
 * replaying 50,000 mutations would otherwise be told to slow down, as it should in production.
 *
 * Given `existing`, it serves a store an earlier child filled (same shop, same tokens), so a
 * bench can measure one phase in a process that did nothing else: its peak RSS is that phase's.
 */
import type { AddressInfo } from 'node:net';
import { count, eq, max } from 'drizzle-orm';
import { createAgent, createShop } from '../../server/admin/shop-admin';
import { rows } from '../../server/database/schema';
import { openStorage } from '../../server/database/storage';
import { buildApp } from '../../server/http/app';
import { insertFloor } from './plain-insert-floor';
import { validationCost } from './push-validation-cost';
import { deskBatches, type BenchAgent, type MutationMix } from './sync-mutations';

export type ServerChildConfig = (
  { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; dataDir: string }
) & { agents: number; existing?: { shopId: string; agents: BenchAgent[] } };

export type ServerRequest =
  | { type: 'floor'; agentId: string; batches: number; seed: number; mix: MutationMix }
  | { type: 'validation'; agentId: string; batches: number; seed: number; mix: MutationMix }
  | { type: 'state' }
  | { type: 'close' };

export type ServerReply =
  | { type: 'ready'; url: string; shopId: string; agents: BenchAgent[] }
  | { type: 'floor'; rows: number; ms: number }
  | { type: 'validation'; parseJsonMs: number; validateMs: number }
  /**
   * cpuSeconds: this process's CPU time so far (the database's own is not in it); maxRssMB: its
   * peak RSS so far.
   */
  | { type: 'state'; rows: number; maxVersion: number; cpuSeconds: number; maxRssMB: number }
  | { type: 'closed'; maxRssMB: number }
  | { type: 'failed'; message: string };

const RAISED_RATE_LIMIT = { max: 1_000_000, timeWindowMs: 60_000 };

const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

const config = JSON.parse(process.env.KEFU_BENCH_SERVER ?? 'null') as ServerChildConfig;
const send = (reply: ServerReply) => process.send!(reply);

const storage = await openStorage(
  config.kind === 'postgres'
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir },
);
await storage.migrate();

async function newShop(): Promise<{ shopId: string; agents: BenchAgent[] }> {
  const { shopId } = await createShop(storage.db, '基准测试店铺');
  const agents: BenchAgent[] = [];
  for (let i = 1; i <= config.agents; i += 1) {
    const code = `A${String(i).padStart(2, '0')}`;
    const issued = await createAgent(storage.db, { shopId, code, name: `客服${code}`, role: 'agent' });
    agents.push({ agentId: issued.agentId, token: issued.token });
  }
  return { shopId, agents };
}
const { shopId, agents } = config.existing ?? (await newShop());
const app = await buildApp({ storage, logger: false, rateLimit: RAISED_RATE_LIMIT });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as AddressInfo;

async function answer(request: ServerRequest): Promise<ServerReply> {
  switch (request.type) {
    case 'floor': {
      const batches = deskBatches(request.agentId, request.batches, request.seed, request.mix);
      return { type: 'floor', ...(await insertFloor(storage.db, shopId, batches)) };
    }
    case 'validation':
      return {
        type: 'validation',
        ...validationCost(deskBatches(request.agentId, request.batches, request.seed, request.mix)),
      };
    case 'state': {
      const [state] = await storage.db
        .select({ rows: count(), maxVersion: max(rows.version) })
        .from(rows)
        .where(eq(rows.shopId, shopId));
      const cpu = process.cpuUsage();
      return {
        type: 'state',
        rows: state!.rows,
        maxVersion: state!.maxVersion ?? 0,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        maxRssMB: peakRssMB(),
      };
    }
    case 'close': {
      await app.close();
      await storage.close();
      return { type: 'closed', maxRssMB: peakRssMB() };
    }
  }
}

process.on('message', (request: ServerRequest) => {
  answer(request).then(
    (reply) => {
      send(reply);
      if (reply.type === 'closed') process.disconnect();
    },
    (error: unknown) => send({ type: 'failed', message: String((error as Error)?.stack ?? error) }),
  );
});
send({ type: 'ready', url: `http://127.0.0.1:${port}`, shopId, agents });
