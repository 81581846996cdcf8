/**
 * Issue 12's findings on pushed values, each as it was found: one value the server cannot store
 * used to fail the whole batch (500 from PostgreSQL, or 400), and the desk retried it for ever.
 * Now that mutation alone is answered `rejected` with the field named, its id is used up, and
 * the rest of the batch is applied.
 */
import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PUSH_LIMITS } from '../../common/sync/protocol';
import { TEXT_LIMITS } from '../../common/sync/field-limits';
import { describeEachStorage, seedShop, shopState, storedRow } from '../test-support/test-server';
import { fullRow, patch, put, TestDesk } from '../test-support/sync-client';
import { writeChangedRows } from './write-rows';

const order = (values: Record<string, unknown> = {}) =>
  fullRow('orders', {
    order_no: `33210098765${Math.floor(Math.random() * 1e8)}`,
    buyer_nick: 'tb_lily',
    ...values,
  });

describeEachStorage('hostile values in a push', (env) => {
  it.each([
    [
      'a NUL byte in a buyer message',
      { buyer_message: '周末送\u0000到' },
      'buyer_message',
      'cannot be stored',
    ],
    ['a lone surrogate', { receiver_name: 'lily\ud800' }, 'receiver_name', 'cannot be stored'],
    ['an escape character', { remark: '\u001b[31m红' }, 'remark', 'cannot be stored'],
    // Larger cells exceed a push on their own: the desk sends them as `oversizeBytes` (below).
    [
      'a cell past its column limit',
      { buyer_message: '长'.repeat(TEXT_LIMITS.long + 1) },
      'buyer_message',
      'longer than',
    ],
    ['an id of 3,000 characters', { id: 'x'.repeat(3_000) }, 'id', 'not a row id'],
    ['an empty id', { id: '' }, 'id', 'not a row id'],
    ['negative money', { total_fen: -500 }, 'total_fen', 'negative'],
    ['a negative deletion time', { deleted_at: -1 }, 'deleted_at', 'negative'],
  ])(
    '%s is rejected alone, naming the field; the mutations around it apply',
    async (_what, bad, field, words) => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const before = order();
      const poisoned = order(bad);
      const after = order();
      const answer = await desk.push(put('orders', before), put('orders', poisoned), put('orders', after));
      expect(answer.lastMutationId).toBe(3);
      expect(answer.results.map((result) => result.outcome)).toEqual(['applied', 'rejected', 'applied']);
      expect(answer.results[1]!.error!.code).toBe('invalid');
      expect(answer.results[1]!.error!.message).toContain(`${field}: `);
      expect(answer.results[1]!.error!.message).toContain(words);
      expect(await storedRow(env.storage, shop.shopId, 'orders', before.id as string)).not.toBeNull();
      expect(await storedRow(env.storage, shop.shopId, 'orders', after.id as string)).not.toBeNull();
      // The id is used up: the desk's next mutation follows it, and a retry hears the same answer.
      const retry = await desk.pushRaw(desk.pushBody([put('orders', before), put('orders', poisoned)], 1));
      expect(retry.body.results.map((result) => [result.outcome, result.error?.code])).toEqual([
        ['duplicate', undefined],
        ['rejected', 'invalid'],
      ]);
      const next = await desk.push(patch('orders', after.id as string, { remark: '已核对' }));
      expect(next.results[0]!.outcome).toBe('applied');
    },
  );

  it('a patch with an unstorable value is rejected, other patches of the row apply', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const row = order();
    await desk.push(put('orders', row));
    const answer = await desk.push(
      patch('orders', row.id as string, { remark: '红旗\u0000' }),
      patch('orders', row.id as string, { remark: '红旗' }),
    );
    expect(answer.results.map((result) => result.outcome)).toEqual(['rejected', 'applied']);
    expect((await storedRow(env.storage, shop.shopId, 'orders', row.id as string))!.data.remark).toBe('红旗');
  });

  it('a mutation the desk marks too large on its own is rejected alone (tooLarge)', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const kept = order();
    const big = order();
    const body = desk.pushBody([put('orders', { id: big.id }), put('orders', kept)]);
    body.mutations[0] = {
      ...body.mutations[0]!,
      oversizeBytes: 10 * 1024 * 1024,
    } as (typeof body.mutations)[0];
    const answer = await desk.pushRaw(body);
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((result) => [result.outcome, result.error?.code])).toEqual([
      ['rejected', 'tooLarge'],
      ['applied', undefined],
    ]);
    expect(answer.body.results[0]!.error!.message).toContain(String(PUSH_LIMITS.maxBytes));
  });

  it('values at the limits are stored and read back identical', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const row = order({
      buyer_message: '留'.repeat(TEXT_LIMITS.long),
      receiver_name: '\u200f\u202eلي 😀\tline\nnext\r',
    });
    expect((await desk.push(put('orders', row))).results[0]!.outcome).toBe('applied');
    const pulled = (await desk.pullAll(0)).find((stored) => stored.id === row.id)!;
    expect(pulled.data.buyer_message).toBe(row.buyer_message);
    expect(pulled.data.receiver_name).toBe(row.receiver_name);
  });

  it('a row the storage refuses after all is reported on its own and the other rows are written', async () => {
    const shop = await seedShop(env.storage);
    const good = {
      shopId: shop.shopId,
      tableName: 'orders',
      id: randomUUID(),
      ownerId: null,
      version: 1,
      deletedAt: null,
    };
    const refused = await env.storage.db.transaction((tx) =>
      writeChangedRows(
        tx,
        new Map([
          ['good', { ...good, data: { remark: 'ok' } }],
          // Past the shared schema (as if a check were missing): PostgreSQL refuses NUL in jsonb.
          ['bad', { ...good, id: randomUUID(), data: { remark: 'a\u0000b' } }],
        ]),
        true,
      ),
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]!.key).toBe('bad');
    expect(refused[0]!.message).toMatch(/SQLSTATE 22/);
    expect(refused[0]!.message).not.toContain('a\u0000b');
    expect(await storedRow(env.storage, shop.shopId, 'orders', good.id)).not.toBeNull();
    expect((await shopState(env.storage, shop.shopId)).rows).toBe(1);
  });
});
