import { beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../../common/sync/protocol';
import { createAgent, createShop, findShop, revokeAgentTokens, revokeTokenById } from '../admin/shop-admin';
import { describeEachStorage, seedShop, type TestShop } from '../test-support/test-server';
import { postJson, VERSIONS } from '../test-support/sync-client';
import { ADMIN_PATHS } from './admin-routes';

/** Text PostgreSQL cannot store (NUL) or would store altered (a lone surrogate becomes U+FFFD). */
const POISON = {
  nul: '小\0周',
  control: '小\u0007周',
  newline: '小\n周',
  delete: '小\u007f周',
  loneSurrogate: '小\ud800周',
  loneLowSurrogate: '\udc00',
};

describeEachStorage('admin input', (env) => {
  let shop: TestShop;
  beforeAll(async () => {
    shop = await seedShop(env.storage);
  });

  const post = (path: string, body: Record<string, unknown>) =>
    postJson(env.url + path, { ...VERSIONS, ...body }, shop.admin.token);

  async function expectField(answer: Promise<{ status: number; body: unknown }>, field: string) {
    const { status, body } = await answer;
    expect(status).toBe(400);
    const { error } = errorResponseSchema.parse(body);
    expect(error.code).toBe('badRequest');
    expect(error.message).toContain(`${field}:`);
  }

  describe('over HTTP', () => {
    for (const [kind, text] of Object.entries(POISON))
      it(`${kind} in an agent's code or name, or in revoke's agentCode or tokenId, is 400 naming it`, async () => {
        const agent = { code: 'P01', name: '小周', role: 'agent' };
        await expectField(post(ADMIN_PATHS.agents, { ...agent, name: text }), 'name');
        await expectField(post(ADMIN_PATHS.agents, { ...agent, code: `P${text}` }), 'code');
        await expectField(post(ADMIN_PATHS.revokeToken, { agentCode: text }), 'agentCode');
        await expectField(post(ADMIN_PATHS.revokeToken, { tokenId: text }), 'tokenId');
      });

    it('a tokenId that is not a token id is 400; an unknown one is 404', async () => {
      await expectField(post(ADMIN_PATHS.revokeToken, { tokenId: 'x'.repeat(5000) }), 'tokenId');
      const unknown = await post(ADMIN_PATHS.revokeToken, { tokenId: crypto.randomUUID() });
      expect(unknown.status).toBe(404);
    });

    it('ordinary names still work, trimmed', async () => {
      const created = await post(ADMIN_PATHS.agents, { code: ' 9100 ', name: ' 新人 小周 ', role: 'agent' });
      expect(created.status).toBe(201);
      const revoked = await post(ADMIN_PATHS.revokeToken, { agentCode: '9100' });
      expect(revoked.body).toEqual({ revoked: 1 });
    });
  });

  describe('through the operations the CLI calls', () => {
    const refusal = (field: string) => ({
      code: 'badRequest',
      message: expect.stringContaining(`${field}:`),
    });

    for (const [kind, text] of Object.entries(POISON))
      it(`${kind} is refused naming the field`, async () => {
        const db = env.storage.db;
        await expect(createShop(db, text)).rejects.toMatchObject(refusal('name'));
        await expect(findShop(db, text)).rejects.toMatchObject(refusal('shop'));
        const agent = { shopId: shop.shopId, code: 'Q01', name: '小周', role: 'agent' } as const;
        await expect(createAgent(db, { ...agent, name: text })).rejects.toMatchObject(refusal('name'));
        await expect(createAgent(db, { ...agent, code: text })).rejects.toMatchObject(refusal('code'));
        await expect(revokeAgentTokens(db, shop.shopId, text)).rejects.toMatchObject(refusal('agentCode'));
        await expect(revokeTokenById(db, text)).rejects.toMatchObject(refusal('tokenId'));
      });

    it('over-long values are refused before they reach an index', async () => {
      const db = env.storage.db;
      const long = '长'.repeat(5000);
      await expect(createShop(db, long)).rejects.toMatchObject(refusal('name'));
      await expect(findShop(db, long)).rejects.toMatchObject(refusal('shop'));
      const agent = { shopId: shop.shopId, code: 'Q02', name: '小周', role: 'agent' } as const;
      await expect(createAgent(db, { ...agent, code: long })).rejects.toMatchObject(refusal('code'));
      await expect(createAgent(db, { ...agent, name: long })).rejects.toMatchObject(refusal('name'));
    });
  });
});
