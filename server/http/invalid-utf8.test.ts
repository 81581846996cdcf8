/**
 * Issue 12, finding 10: a push body with bytes that are not UTF-8 was read with U+FFFD in their
 * place and stored so. It is refused as 400 naming the body; nothing is written.
 */
import { expect, it } from 'vitest';
import { errorResponseSchema, SYNC_PATHS } from '../../common/sync/protocol';
import { describeEachStorage, seedShop, shopState } from '../test-support/test-server';
import { fullRow, put, TestDesk } from '../test-support/sync-client';

describeEachStorage('bodies that are not UTF-8', (env) => {
  it('are 400 badRequest, and nothing is stored', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const json = JSON.stringify(desk.pushBody([put('tasks', fullRow('tasks', { note: '__bad__' }))]));
    const [before, after] = json.split('__bad__') as [string, string];
    // 0xC3 starts a two-byte sequence that 0x28 does not continue; 0xFF is never UTF-8.
    const body = Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(after)]);
    const response = await fetch(env.url + SYNC_PATHS.push, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${shop.agent.token}` },
      body,
    });
    expect(response.status).toBe(400);
    const { error } = errorResponseSchema.parse(await response.json());
    expect(error).toMatchObject({ code: 'badRequest', message: 'body: not valid UTF-8.' });
    expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });
    // The same push in UTF-8 goes through.
    expect((await desk.push(put('tasks', fullRow('tasks', { note: '好' })))).results[0]!.outcome).toBe(
      'applied',
    );
  });
});
