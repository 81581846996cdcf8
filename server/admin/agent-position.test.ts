/**
 * 岗位 on the server (issue 17): a supervisor or admin of the shop sets an agent's position over
 * POST /v1/admin/agents/position, audited in admin_audit in the same transaction; whoami answers
 * it; an agent's token, another shop's agent and unknown positions are refused. Both storages.
 */
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { SYNC_PATHS, type WhoAmI } from '../../common/sync/protocol';
import { adminAudit, agents } from '../database/schema';
import { ADMIN_PATHS } from '../http/admin-routes';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { getJson, postJson, VERSIONS } from '../test-support/sync-client';

describeEachStorage('agent positions', (env) => {
  const setPosition = (token: string, agentCode: string, position: unknown) =>
    postJson<Record<string, unknown>>(
      env.url + ADMIN_PATHS.position,
      { ...VERSIONS, agentCode, position },
      token,
    );

  it('a supervisor sets and clears a position; whoami answers it and admin_audit keeps each change', async () => {
    const shop = await seedShop(env.storage);
    const whoami = async () =>
      (await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, shop.agent.token)).body.position;
    expect(await whoami()).toBeNull();

    const set = await setPosition(shop.supervisor.token, 'A01', 'aftersale');
    expect(set).toMatchObject({
      status: 200,
      body: { agentCode: 'A01', position: 'aftersale', previous: null },
    });
    expect(await whoami()).toBe('aftersale');
    const byAdmin = await setPosition(shop.admin.token, 'A01', 'presale');
    expect(byAdmin.body).toMatchObject({ position: 'presale', previous: 'aftersale' });
    expect(await whoami()).toBe('presale');
    expect((await setPosition(shop.supervisor.token, 'A01', null)).body).toMatchObject({ position: null });
    expect(await whoami()).toBeNull();

    const audit = await env.storage.db
      .select({
        actor: adminAudit.actorAgentId,
        action: adminAudit.action,
        target: adminAudit.target,
        detail: adminAudit.detail,
      })
      .from(adminAudit)
      .where(eq(adminAudit.shopId, shop.shopId))
      .orderBy(adminAudit.at);
    expect(audit).toEqual([
      {
        actor: shop.supervisor.agentId,
        action: 'changePosition',
        target: 'A01',
        detail: 'none → aftersale',
      },
      {
        actor: shop.admin.agentId,
        action: 'changePosition',
        target: 'A01',
        detail: 'aftersale → presale',
      },
      {
        actor: shop.supervisor.agentId,
        action: 'changePosition',
        target: 'A01',
        detail: 'presale → none',
      },
    ]);
  });

  it("an agent's token, another shop's agent and an unknown position change nothing", async () => {
    const shop = await seedShop(env.storage);
    const elsewhere = await seedShop(env.storage);
    const agent = await setPosition(shop.agent.token, 'A02', 'orderDesk');
    expect(agent.status).toBe(403);
    const foreign = await setPosition(elsewhere.supervisor.token, 'A09', 'orderDesk');
    expect(foreign.status).toBe(404);
    const unknown = await setPosition(shop.supervisor.token, 'A02', 'boss');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('position');
    const [stored] = await env.storage.db
      .select({ position: agents.position })
      .from(agents)
      .where(and(eq(agents.shopId, shop.shopId), eq(agents.code, 'A02')));
    expect(stored!.position).toBeNull();
    const audit = await env.storage.db.select().from(adminAudit).where(eq(adminAudit.shopId, shop.shopId));
    expect(audit).toEqual([]);
  });

  it('the database refuses a position outside the list even when written directly', async () => {
    const shop = await seedShop(env.storage);
    await expect(
      env.storage.db
        .update(agents)
        .set({ position: 'boss' as never })
        .where(eq(agents.id, shop.agent.agentId)),
    ).rejects.toThrow();
  });
});
