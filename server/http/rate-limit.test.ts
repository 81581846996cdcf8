import { describe, expect, it } from 'vitest';
import { SYNC_PATHS } from '../../common/sync/protocol';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { VERSION_HEADERS } from '../test-support/sync-client';

/** whoami with the Authorization header exactly as given (case, spacing and all). */
async function whoami(url: string, authorization?: string) {
  const response = await fetch(url + SYNC_PATHS.whoAmI, {
    headers: { ...VERSION_HEADERS, ...(authorization !== undefined && { authorization }) },
  });
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code };
}

describeEachStorage('rate limits', (env) => {
  describe('per token', () => {
    it('counts the token, however the Authorization header spells "Bearer" and spaces it', async () => {
      const limited = await env.startServer({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
      const shop = await seedShop(env.storage);
      const spellings = [
        `Bearer ${shop.agent.token}`,
        `bearer  ${shop.agent.token}`,
        `BEARER${' '.repeat(40)}${shop.agent.token}`,
        `  bEaReR \t${shop.agent.token}  `,
        `Bearer   ${shop.agent.token}`,
      ];
      const statuses = [];
      for (const authorization of spellings) statuses.push((await whoami(limited.url, authorization)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(await whoami(limited.url, `Bearer ${shop.otherAgent.token}`)).toEqual({
        status: 200,
        code: undefined,
      });
    });

    it('counts a header that is not a bearer token against the address', async () => {
      const limited = await env.startServer({
        rateLimit: { max: 2, timeWindowMs: 60_000 },
        failedAuthLimit: { max: 100, timeWindowMs: 60_000 },
      });
      const statuses = [];
      for (const authorization of ['Basic a', 'Basic b', 'Token c', 'Bearer'])
        statuses.push((await whoami(limited.url, authorization)).status);
      expect(statuses).toEqual([401, 401, 429, 429]);
    });
  });

  describe('failed authentication per address', () => {
    it('answers 429 once an address has failed too often, before looking any token up', async () => {
      const limited = await env.startServer({ failedAuthLimit: { max: 3, timeWindowMs: 60_000 } });
      const shop = await seedShop(env.storage);
      const answers = [];
      for (let i = 0; i < 5; i += 1) answers.push(await whoami(limited.url, `Bearer kefu_garbage${i}`));
      expect(answers).toEqual([
        { status: 401, code: 'unauthorized' },
        { status: 401, code: 'unauthorized' },
        { status: 401, code: 'unauthorized' },
        { status: 429, code: 'rateLimited' },
        { status: 429, code: 'rateLimited' },
      ]);
      // The address is refused as a whole while the window lasts, a valid token included.
      expect(await whoami(limited.url, `Bearer ${shop.agent.token}`)).toEqual({
        status: 429,
        code: 'rateLimited',
      });
      expect((await fetch(limited.url + SYNC_PATHS.health)).status).toBe(200);
    });

    it('counts missing and malformed headers as failures too; successes do not count', async () => {
      const limited = await env.startServer({ failedAuthLimit: { max: 2, timeWindowMs: 60_000 } });
      const shop = await seedShop(env.storage);
      for (let i = 0; i < 5; i += 1)
        expect((await whoami(limited.url, `Bearer ${shop.agent.token}`)).status).toBe(200);
      expect((await whoami(limited.url)).status).toBe(401);
      expect((await whoami(limited.url, 'Basic x')).status).toBe(401);
      expect((await whoami(limited.url, `Bearer ${shop.agent.token}`)).status).toBe(429);
    });

    it('opens again after the window', async () => {
      const limited = await env.startServer({ failedAuthLimit: { max: 1, timeWindowMs: 300 } });
      const shop = await seedShop(env.storage);
      expect((await whoami(limited.url, 'Bearer kefu_nope')).status).toBe(401);
      const refused = await fetch(limited.url + SYNC_PATHS.whoAmI, {
        headers: { ...VERSION_HEADERS, authorization: `Bearer ${shop.agent.token}` },
      });
      expect(refused.status).toBe(429);
      const body = (await refused.json()) as { error: { details: { retryAfterMs: number } } };
      expect(body.error.details.retryAfterMs).toBeGreaterThan(0);
      expect(body.error.details.retryAfterMs).toBeLessThanOrEqual(300);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await whoami(limited.url, `Bearer ${shop.agent.token}`)).status).toBe(200);
    });
  });
});
