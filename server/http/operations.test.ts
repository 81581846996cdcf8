import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SYNC_PATHS, type WhoAmI } from '../../common/sync/protocol';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { getJson, postJson, VERSIONS } from '../test-support/sync-client';
import { ADMIN_PATHS } from './admin-routes';
import { buildApp, SERVER_LOGGER } from './app';
import { openStorage } from '../database/storage';

describeEachStorage('server operations', (env) => {
  describe('health and whoami', () => {
    it('health needs no token and names the storage; whoami answers the token’s shop and agent', async () => {
      expect(await getJson(env.url + SYNC_PATHS.health, undefined, {})).toMatchObject({
        status: 200,
        body: { ok: true, storage: env.kind },
      });
      const shop = await seedShop(env.storage, '苏州店');
      const who = await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, shop.agent.token);
      expect(who.body).toEqual({
        shopId: shop.shopId,
        shopName: '苏州店',
        agentId: shop.agent.agentId,
        agentCode: 'A01',
        agentName: '客服A01',
        role: 'agent',
        position: null,
      });
    });
    it('health answers 503 in the error shape when the storage does not answer', async () => {
      const storage = await openStorage(
        env.databaseUrl
          ? { kind: 'postgres', url: env.databaseUrl }
          : { kind: 'pglite', dataDir: 'memory://' },
      );
      const app = await buildApp({ storage });
      try {
        await storage.close();
        const url = await app.listen({ port: 0, host: '127.0.0.1' });
        const answer = await getJson<{ error: { code: string; message: string } }>(url + SYNC_PATHS.health);
        expect(answer.status).toBe(503);
        expect(answer.body.error).toMatchObject({
          code: 'internal',
          message: expect.stringContaining('storage'),
        });
      } finally {
        await app.close();
      }
    });
  });

  describe('admin endpoints', () => {
    it('an admin creates an agent whose token works once revealed, and revokes it', async () => {
      const shop = await seedShop(env.storage);
      const created = await postJson<{ agentId: string; token: string; tokenId: string }>(
        env.url + ADMIN_PATHS.agents,
        { ...VERSIONS, code: '9001', name: '新人小周', role: 'agent' },
        shop.admin.token,
      );
      expect(created.status).toBe(201);
      expect(created.body.token).toMatch(/^kefu_[A-Za-z0-9_-]{43}$/);
      const who = await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, created.body.token);
      expect(who.body).toMatchObject({ shopId: shop.shopId, agentCode: '9001', agentName: '新人小周' });

      const duplicate = await postJson<{ error: { message: string } }>(
        env.url + ADMIN_PATHS.agents,
        { ...VERSIONS, code: '9001', name: '重名', role: 'agent' },
        shop.admin.token,
      );
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.error.message).toContain('9001 already exists');

      const revoked = await postJson(
        env.url + ADMIN_PATHS.revokeToken,
        { ...VERSIONS, tokenId: created.body.tokenId },
        shop.admin.token,
      );
      expect(revoked.body).toEqual({ revoked: 1 });
      expect((await getJson(env.url + SYNC_PATHS.whoAmI, created.body.token)).status).toBe(401);
    });

    it('needs an admin token of the same shop', async () => {
      const shop = await seedShop(env.storage);
      const other = await seedShop(env.storage);
      const body = { ...VERSIONS, code: '9002', name: '小吴', role: 'supervisor' };
      const bySupervisor = await postJson<{ error: { code: string } }>(
        env.url + ADMIN_PATHS.agents,
        body,
        shop.supervisor.token,
      );
      expect(bySupervisor.status).toBe(403);
      const foreign = await postJson<{ error: { code: string } }>(
        env.url + ADMIN_PATHS.revokeToken,
        { ...VERSIONS, tokenId: shop.agent.tokenId },
        other.admin.token,
      );
      expect(foreign).toMatchObject({ status: 404, body: { error: { code: 'notFound' } } });
      expect((await getJson(env.url + SYNC_PATHS.whoAmI, shop.agent.token)).status).toBe(200);
      const badRole = await postJson<{ error: { message: string } }>(
        env.url + ADMIN_PATHS.agents,
        { ...body, role: 'owner' },
        shop.admin.token,
      );
      expect(badRole.status).toBe(400);
      expect(badRole.body.error.message).toContain('role');
    });
  });

  describe('rate limit and logs', () => {
    it('limits requests per token with 429 rateLimited; another token is unaffected', async () => {
      const limited = await env.startServer({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
      const shop = await seedShop(env.storage);
      const whoami = (token: string) =>
        getJson<{ error?: { code: string } }>(limited.url + SYNC_PATHS.whoAmI, token);
      for (let i = 0; i < 3; i += 1) expect((await whoami(shop.agent.token)).status).toBe(200);
      for (let i = 0; i < 5; i += 1)
        expect((await getJson(limited.url + SYNC_PATHS.health, undefined, {})).status).toBe(200);
      const refused = await whoami(shop.agent.token);
      expect(refused.status).toBe(429);
      expect(refused.body.error?.code).toBe('rateLimited');
      expect((await whoami(shop.otherAgent.token)).status).toBe(200);
    });

    it('logs JSON lines with request headers but never the bearer token', async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...chunk.toString().trim().split('\n'));
          done();
        },
      });
      const logged = await env.startServer({ logger: { ...SERVER_LOGGER, level: 'info', stream } });
      const shop = await seedShop(env.storage);
      await getJson(logged.url + SYNC_PATHS.whoAmI, shop.agent.token);
      const incoming = lines
        .map((line) => JSON.parse(line))
        .find((entry) => entry.req?.url === SYNC_PATHS.whoAmI);
      expect(incoming.req.headers['x-kefu-app-version']).toBe('0.1.0');
      expect(incoming.req.headers.authorization).toBe('[redacted]');
      expect(lines.join('\n')).not.toContain(shop.agent.token.slice(5));
    });
  });
});
