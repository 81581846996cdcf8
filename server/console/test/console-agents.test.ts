/**
 * 客服与令牌 over real HTTP on PGlite and PostgreSQL: supervisors read, admins create agents
 * (the token answered once, and working), change roles and revoke tokens, each audited with who
 * and when; nothing of another shop can be changed.
 */
import { beforeAll, expect, it } from 'vitest';
import { SYNC_PATHS } from '../../../common/sync/protocol';
import { getJson } from '../../test-support/sync-client';
import { describeEachStorage, seedShop, type TestShop } from '../../test-support/test-server';
import { CONSOLE_PATHS, agentRolePath, revokeTokenPath, type AgentsResponse } from '../console-api';
import { ConsoleClient, errorKey } from './console-client';

describeEachStorage('console agents and tokens', (env) => {
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

  it('lets a supervisor read agents and tokens, and change nothing', async () => {
    const client = await signedIn(shop.supervisor.token);
    const list = await client.get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(list.status).toBe(200);
    expect(list.body.canManage).toBe(false);
    expect(list.body.agents.map((a) => a.code)).toEqual(['A01', 'A02', 'ADM', 'S01']);
    const s01 = list.body.agents.find((a) => a.code === 'S01')!;
    expect(s01).toMatchObject({ role: 'supervisor', disabled: false });
    expect(s01.tokens).toEqual([expect.objectContaining({ id: shop.supervisor.tokenId, revokedAt: null })]);
    // Signing in to the console is not a desk's sync: S01 has never synced.
    expect(s01.lastSeenAt).toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(shop.agent.token);
    for (const [path, body] of [
      [CONSOLE_PATHS.agents, { code: 'X01', name: '某人', role: 'agent' }],
      [agentRolePath('A01'), { role: 'supervisor' }],
      [revokeTokenPath(shop.agent.tokenId), {}],
    ] as const) {
      const refused = await client.post(path, body);
      expect(refused.status).toBe(403);
      expect(errorKey(refused)).toBe('console.error.adminOnly');
    }
  });

  it('lets an admin create an agent, change a role and revoke a token, each audited', async () => {
    const client = await signedIn(shop.admin.token);
    const created = await client.post<{ code: string; tokenId: string; token: string }>(
      CONSOLE_PATHS.agents,
      {
        code: 'N01',
        name: '新客服',
        role: 'agent',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^kefu_/);
    const who = await getJson<{ agentCode: string }>(env.url + SYNC_PATHS.whoAmI, created.body.token);
    expect(who.body.agentCode).toBe('N01');
    const taken = await client.post(CONSOLE_PATHS.agents, { code: 'N01', name: '重复', role: 'agent' });
    expect(taken.status).toBe(409);
    expect(errorKey(taken)).toBe('console.error.agentCodeTaken');

    const role = await client.post(agentRolePath('A02'), { role: 'supervisor' });
    expect(role.body).toEqual({ code: 'A02', role: 'supervisor' });
    expect(errorKey(await client.post(agentRolePath('ADM'), { role: 'agent' }))).toBe(
      'console.error.ownRole',
    );
    expect(errorKey(await client.post(agentRolePath('NOPE'), { role: 'agent' }))).toBe(
      'console.error.agentNotFound',
    );

    const revoked = await client.post(revokeTokenPath(created.body.tokenId));
    expect(revoked.body).toEqual({ revoked: 1 });
    expect((await getJson(env.url + SYNC_PATHS.whoAmI, created.body.token)).status).toBe(401);
    // Another shop's token is not found from this shop, and stays live.
    const foreign = await client.post(revokeTokenPath(other.agent.tokenId));
    expect(errorKey(foreign)).toBe('console.error.tokenNotFound');
    expect((await getJson(env.url + SYNC_PATHS.whoAmI, other.agent.token)).status).toBe(200);

    const list = await client.get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(list.body.canManage).toBe(true);
    expect(list.body.agents.find((a) => a.code === 'A02')!.role).toBe('supervisor');
    expect(list.body.audit.map(({ actorCode, action, target }) => ({ actorCode, action, target }))).toEqual([
      { actorCode: 'ADM', action: 'revokeToken', target: created.body.tokenId },
      { actorCode: 'ADM', action: 'changeRole', target: 'A02' },
      { actorCode: 'ADM', action: 'createAgent', target: 'N01' },
    ]);
    expect(list.body.audit[1]!.detail).toBe('agent → supervisor');
    expect(list.body.audit[0]!.at).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(list.body.audit)).not.toContain(created.body.token);
    // The other shop's console sees none of it.
    const theirs = await (await signedIn(other.admin.token)).get<AgentsResponse>(CONSOLE_PATHS.agents);
    expect(theirs.body.audit).toEqual([]);
  });
});
