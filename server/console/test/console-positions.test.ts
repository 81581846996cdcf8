/**
 * 岗位 in 客服与令牌 over real HTTP on PGlite and PostgreSQL: a supervisor (and an admin) sets an
 * agent's position through the console, CSRF-checked like every change, audited with who and the
 * change, answered by whoami to the agent's desk; another shop's agent is not found.
 */
import { beforeAll, expect, it } from 'vitest';
import { SYNC_PATHS } from '../../../common/sync/protocol';
import { getJson } from '../../test-support/sync-client';
import { describeEachStorage, seedShop, type TestShop } from '../../test-support/test-server';
import { CONSOLE_PATHS, agentPositionPath, type AgentsResponse } from '../console-api';
import { ConsoleClient, errorKey } from './console-client';

describeEachStorage('console agent positions', (env) => {
  let shop: TestShop;
  let other: TestShop;
  beforeAll(async () => {
    shop = await seedShop(env.storage);
    other = await seedShop(env.storage);
  });

  const signedIn = async (token: string) => {
    const client = new ConsoleClient(env.url);
    await client.signIn(token);
    return client;
  };

  it('lets a supervisor set and clear a position, audited and answered by whoami', async () => {
    const client = await signedIn(shop.supervisor.token);
    const before = await client.get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(before.body.agents.find((a) => a.code === 'A01')!.position).toBeNull();

    const set = await client.post(agentPositionPath('A01'), { position: 'orderDesk' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ code: 'A01', position: 'orderDesk' });
    const who = await getJson<{ position: string | null }>(env.url + SYNC_PATHS.whoAmI, shop.agent.token);
    expect(who.body.position).toBe('orderDesk');

    expect((await client.post(agentPositionPath('A01'), { position: 'aftersale' })).status).toBe(200);
    expect((await client.post(agentPositionPath('A01'), { position: null })).body).toEqual({
      code: 'A01',
      position: null,
    });

    const after = await client.get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(after.body.agents.find((a) => a.code === 'A01')!.position).toBeNull();
    expect(
      after.body.audit
        .slice(0, 3)
        .map(({ actorCode, action, target, detail }) => ({ actorCode, action, target, detail })),
    ).toEqual([
      { actorCode: 'S01', action: 'changePosition', target: 'A01', detail: 'aftersale → none' },
      { actorCode: 'S01', action: 'changePosition', target: 'A01', detail: 'orderDesk → aftersale' },
      { actorCode: 'S01', action: 'changePosition', target: 'A01', detail: 'none → orderDesk' },
    ]);
  });

  it('lets an admin set one too, and refuses a bad value, a missing CSRF token, another shop’s agent', async () => {
    const client = await signedIn(shop.admin.token);
    const set = await client.post(agentPositionPath('A02'), { position: 'presale' });
    expect(set.body).toEqual({ code: 'A02', position: 'presale' });

    const bad = await client.post(agentPositionPath('A02'), { position: 'manager' });
    expect(bad.status).toBe(400);
    expect(errorKey(bad)).toBe('console.error.badRequest');

    const noCsrf = await client.post(agentPositionPath('A02'), { position: 'aftersale' }, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(errorKey(noCsrf)).toBe('console.error.csrf');

    const crossSite = await client.post(
      agentPositionPath('A02'),
      { position: 'aftersale' },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(errorKey(crossSite)).toBe('console.error.crossSite');

    const foreign = await client.post(agentPositionPath(other.agent.code), { position: 'aftersale' });
    // Both shops have an A01: the console finds the caller's own, never the other shop's.
    expect(foreign.body).toEqual({ code: 'A01', position: 'aftersale' });
    const theirs = await getJson<{ position: string | null }>(env.url + SYNC_PATHS.whoAmI, other.agent.token);
    expect(theirs.body.position).toBeNull();
    expect(errorKey(await client.post(agentPositionPath('NOPE'), { position: 'presale' }))).toBe(
      'console.error.agentNotFound',
    );

    const list = await client.get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(list.body.agents.find((a) => a.code === 'A02')!.position).toBe('presale');
  });
});
