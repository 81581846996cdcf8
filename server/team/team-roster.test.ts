/**
 * GET /v1/team: any token of the shop lists the shop's agents — its own shop's only, whatever
 * the request says — and without a valid token the answer is 401.
 */
import { expect, it } from 'vitest';
import { SYNC_PATHS, teamRosterSchema, type TeamRoster } from '../../common/sync/protocol';
import { changeAgentPosition, revokeAgentTokens } from '../admin/shop-admin';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { getJson } from '../test-support/sync-client';

describeEachStorage('GET /v1/team', (env) => {
  it("an agent's, supervisor's or admin's token lists its shop's agents and none of another shop's", async () => {
    const shop = await seedShop(env.storage, '杭州店');
    const other = await seedShop(env.storage, '宁波店');
    await changeAgentPosition(
      env.storage.db,
      { shopId: shop.shopId, agentId: shop.supervisor.agentId, role: 'supervisor' },
      'A02',
      'aftersale',
    );
    const answer = await getJson<TeamRoster>(env.url + SYNC_PATHS.team, shop.agent.token);
    expect(answer.status).toBe(200);
    expect(teamRosterSchema.parse(answer.body)).toEqual(answer.body);
    expect(answer.body.agents).toEqual([
      {
        id: shop.agent.agentId,
        code: 'A01',
        name: '客服A01',
        role: 'agent',
        position: null,
        disabled: false,
      },
      {
        id: shop.otherAgent.agentId,
        code: 'A02',
        name: '客服A02',
        role: 'agent',
        position: 'aftersale',
        disabled: false,
      },
      {
        id: shop.admin.agentId,
        code: 'ADM',
        name: '客服ADM',
        role: 'admin',
        position: null,
        disabled: false,
      },
      {
        id: shop.supervisor.agentId,
        code: 'S01',
        name: '客服S01',
        role: 'supervisor',
        position: null,
        disabled: false,
      },
    ]);
    const otherIds = [other.agent, other.otherAgent, other.supervisor, other.admin].map((a) => a.agentId);
    for (const token of [shop.supervisor.token, shop.admin.token]) {
      const ids = (await getJson<TeamRoster>(env.url + SYNC_PATHS.team, token)).body.agents.map((a) => a.id);
      expect(ids).toHaveLength(4);
      expect(ids).toContain(shop.agent.agentId);
      for (const id of otherIds) expect(ids).not.toContain(id);
    }
    // The shop comes from the token: a query naming the other shop changes nothing.
    const asked = await getJson<TeamRoster>(
      `${env.url}${SYNC_PATHS.team}?shopId=${encodeURIComponent(other.shopId)}`,
      shop.agent.token,
    );
    expect(asked.body.agents.map((a) => a.id).sort()).toEqual(answer.body.agents.map((a) => a.id).sort());
  });

  it('no token, an unknown one or a revoked one is 401', async () => {
    const shop = await seedShop(env.storage);
    expect((await getJson(env.url + SYNC_PATHS.team)).status).toBe(401);
    expect((await getJson(env.url + SYNC_PATHS.team, 'kefu_nope')).status).toBe(401);
    await revokeAgentTokens(env.storage.db, shop.shopId, 'A01');
    expect((await getJson(env.url + SYNC_PATHS.team, shop.agent.token)).status).toBe(401);
    expect((await getJson(env.url + SYNC_PATHS.team, shop.otherAgent.token)).status).toBe(200);
  });
});
