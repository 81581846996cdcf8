/**
 * Issue 12, findings 4 and 5: natural ids can be computed by anyone, so an agent could create a
 * colleague's future daily log (whose own log was then refused for ever), or a personal phrase
 * under a seeded team phrase's id (the supervisor's team phrase then never reached the team).
 */
import { createHash, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { NATURAL_ID_NAMESPACE_HEX, naturalIdName, uuidText } from '../../common/sync/natural-keys';
import { describeEachStorage, seedShop, storedRow } from '../test-support/test-server';
import { fullRow, put, TestDesk } from '../test-support/sync-client';

/** UUID v5 as RFC 9562 defines it, computed here independently of the server's check. */
const v5 = (shopId: string, table: string, ...key: string[]) =>
  uuidText(
    createHash('sha1')
      .update(Buffer.from(NATURAL_ID_NAMESPACE_HEX, 'hex'))
      .update(naturalIdName(shopId, table, key))
      .digest('hex'),
    5,
  );

describeEachStorage('natural ids only for their owner', (env) => {
  it("an agent cannot take a colleague's daily log or checklist day of tomorrow; the owner still can", async () => {
    const shop = await seedShop(env.storage);
    const mallory = new TestDesk(env.url, shop.otherAgent.token);
    const owner = new TestDesk(env.url, shop.agent.token);
    const day = '2026-12-07';
    const logId = v5(shop.shopId, 'daily_logs', shop.agent.agentId, day);
    const legacyLogId = v5(shop.shopId, 'daily_logs', shop.agent.code, day);
    const dayId = v5(shop.shopId, 'checklist_days', shop.agent.agentId, day);
    const squat = await mallory.push(
      put(
        'daily_logs',
        fullRow('daily_logs', { id: logId, owner_id: shop.otherAgent.agentId, day, payload: '{}' }),
      ),
      put(
        'daily_logs',
        fullRow('daily_logs', { id: legacyLogId, owner_id: shop.otherAgent.agentId, day, payload: '{}' }),
      ),
      put('checklist_days', fullRow('checklist_days', { id: dayId, owner_id: shop.otherAgent.agentId, day })),
    );
    expect(squat.results.map((result) => [result.outcome, result.error?.code])).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(await storedRow(env.storage, shop.shopId, 'daily_logs', logId)).toBeNull();

    const own = await owner.push(
      put(
        'daily_logs',
        fullRow('daily_logs', { id: logId, owner_id: shop.agent.agentId, day, payload: '{}' }),
      ),
      put('checklist_days', fullRow('checklist_days', { id: dayId, owner_id: shop.agent.agentId, day })),
      put(
        'checklist_items',
        fullRow('checklist_items', {
          id: v5(shop.shopId, 'checklist_items', shop.agent.agentId, dayId, 'urgePayment'),
          owner_id: shop.agent.agentId,
          day_id: dayId,
          step_key: 'urgePayment',
        }),
      ),
    );
    expect(own.results.map((result) => result.outcome)).toEqual(['applied', 'applied', 'applied']);
  });

  it('ids of desks from before (keyed by 工号) are accepted from their own agent only', async () => {
    const shop = await seedShop(env.storage);
    const day = '2026-12-08';
    const legacyDay = v5(shop.shopId, 'checklist_days', shop.agent.code, day);
    const legacyItem = v5(shop.shopId, 'checklist_items', legacyDay, 'shipNotice');
    const item = (owner: string) =>
      fullRow('checklist_items', {
        id: legacyItem,
        owner_id: owner,
        day_id: legacyDay,
        step_key: 'shipNotice',
      });
    // A colleague first: the item's day is not theirs (nor stored yet).
    const early = await new TestDesk(env.url, shop.otherAgent.token).push(
      put('checklist_items', item(shop.otherAgent.agentId)),
    );
    expect(early.results[0]!.error?.code).toBe('forbidden');
    const own = await new TestDesk(env.url, shop.agent.token).push(
      put('checklist_days', fullRow('checklist_days', { id: legacyDay, owner_id: shop.agent.agentId, day })),
      put('checklist_items', item(shop.agent.agentId)),
    );
    expect(own.results.map((result) => result.outcome)).toEqual(['applied', 'applied']);
  });

  it("a learned question's id is its owner's: a colleague picking the same question keeps a row of their own", async () => {
    const shop = await seedShop(env.storage);
    const phraseId = randomUUID();
    const text = '什么时候发货';
    const learned = (ownerId: string, id: string) =>
      put(
        'phrase_questions',
        fullRow('phrase_questions', {
          id,
          owner_id: ownerId,
          phrase_id: phraseId,
          text,
          picks: 1,
          last_used_at: 1,
        }),
      );
    const agentsId = v5(shop.shopId, 'phrase_questions', shop.agent.agentId, phraseId, text);
    const colleaguesId = v5(shop.shopId, 'phrase_questions', shop.otherAgent.agentId, phraseId, text);
    const squat = await new TestDesk(env.url, shop.otherAgent.token).push(
      learned(shop.otherAgent.agentId, agentsId),
      learned(shop.otherAgent.agentId, colleaguesId),
    );
    expect(squat.results.map((result) => [result.outcome, result.error?.code])).toEqual([
      ['rejected', 'forbidden'],
      ['applied', undefined],
    ]);
    const own = await new TestDesk(env.url, shop.agent.token).push(learned(shop.agent.agentId, agentsId));
    expect(own.results[0]!.outcome).toBe('applied');
    expect((await storedRow(env.storage, shop.shopId, 'phrase_questions', agentsId))!.ownerId).toBe(
      shop.agent.agentId,
    );
  });

  it('random ids stay free for everyone', async () => {
    const shop = await seedShop(env.storage);
    const answer = await new TestDesk(env.url, shop.agent.token).push(
      put(
        'checklist_days',
        fullRow('checklist_days', { id: randomUUID(), owner_id: shop.agent.agentId, day: '2026-12-09' }),
      ),
    );
    expect(answer.results[0]!.outcome).toBe('applied');
  });

  it("an agent cannot create a personal phrase under a seeded team phrase's id; the supervisor's team phrase reaches the team", async () => {
    const shop = await seedShop(env.storage);
    const groupId = v5(shop.shopId, 'phrase_groups', 'seed', '售前');
    const phraseId = v5(shop.shopId, 'phrases', 'seed', groupId, '发货时间');
    const agent = new TestDesk(env.url, shop.agent.token);
    const squat = await agent.push(
      put(
        'phrases',
        fullRow('phrases', {
          id: phraseId,
          owner_id: shop.agent.agentId,
          scope: 'personal',
          group_id: groupId,
          title: '发货时间',
          body: '加我微信',
        }),
      ),
    );
    expect(squat.results[0]).toMatchObject({ outcome: 'rejected', error: { code: 'reservedId' } });
    const team = await new TestDesk(env.url, shop.supervisor.token).push(
      put(
        'phrases',
        fullRow('phrases', {
          id: phraseId,
          owner_id: shop.supervisor.agentId,
          scope: 'team',
          group_id: groupId,
          title: '发货时间',
          body: '亲，48 小时内发货',
        }),
      ),
    );
    expect(team.results[0]!.outcome).toBe('applied');
    const seen = (await new TestDesk(env.url, shop.otherAgent.token).pullAll(0)).find(
      (row) => row.id === phraseId,
    );
    expect(seen?.data).toMatchObject({ scope: 'team', body: '亲，48 小时内发货' });
  });
});
