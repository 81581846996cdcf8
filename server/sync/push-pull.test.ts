import { describe, expect, it } from 'vitest';
import { describeEachStorage, seedShop, shopState, storedRow } from '../test-support/test-server';
import { fullRow, patch, put, remove, TestDesk } from '../test-support/sync-client';

describeEachStorage('push and pull', (env) => {
  describe('round trip', () => {
    it('a put, a patch and a delete reach another desk of the shop in version order', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const other = new TestDesk(env.url, shop.otherAgent.token);
      const customer = fullRow('customers', {
        nick: 'tb_小王',
        name: '王小明',
        owner_id: shop.agent.agentId,
      });
      const order = fullRow('orders', {
        order_no: '3021',
        buyer_nick: 'tb_小王',
        status: 'paid',
        paid_fen: 29900,
      });

      const first = await desk.push(put('customers', customer), put('orders', order));
      expect(first).toEqual({
        lastMutationId: 2,
        results: [
          { id: 1, outcome: 'applied' },
          { id: 2, outcome: 'applied' },
        ],
      });
      const afterPut = await other.pull(0);
      expect(afterPut.rows.map((row) => [row.table, row.id, row.version])).toEqual([
        ['customers', customer.id, 1],
        ['orders', order.id, 1],
      ]);
      expect(afterPut.rows[1]!.data).toEqual(order);
      expect(afterPut).toMatchObject({ cursor: 1, hasMore: false, resetRequired: false, lastMutationId: 0 });

      await desk.push(
        patch('orders', order.id as string, { remark: '改地址：杭州西湖区', status: 'shipped' }),
      );
      await desk.push(remove('customers', customer.id as string, 1_750_000_000_000));
      const later = await other.pull(afterPut.cursor);
      expect(later.cursor).toBe(3);
      expect(later.rows.map((row) => [row.table, row.version, row.deletedAt])).toEqual([
        ['orders', 2, null],
        ['customers', 3, 1_750_000_000_000],
      ]);
      expect(later.rows[0]!.data).toMatchObject({
        remark: '改地址：杭州西湖区',
        status: 'shipped',
        paid_fen: 29900,
      });
      expect((await desk.pull(0)).lastMutationId).toBe(4);
      expect(await other.pull(later.cursor)).toMatchObject({ rows: [], cursor: 3, hasMore: false });
    });

    it('a repeated push answers duplicate and changes nothing', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const body = desk.pushBody([
        put('tasks', fullRow('tasks', { title: '催付 3021' })),
        put('tasks', fullRow('tasks')),
      ]);
      expect((await desk.pushRaw(body)).body.results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
      const before = await shopState(env.storage, shop.shopId);
      const again = await desk.pushRaw(body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({
        lastMutationId: 2,
        results: [
          { id: 1, outcome: 'duplicate' },
          { id: 2, outcome: 'duplicate' },
        ],
      });
      expect(await shopState(env.storage, shop.shopId)).toEqual(before);
      expect(before).toEqual({ rows: 2, maxRowVersion: 1, version: 1 });
    });

    it('a repeated push answers a refused mutation as rejected again, with the current row', async () => {
      const shop = await seedShop(env.storage);
      const phrase = fullRow('phrases', {
        title: '发货时间',
        body: '48小时内发货',
        owner_id: shop.supervisor.agentId,
      });
      await new TestDesk(env.url, shop.supervisor.token).push(put('phrases', phrase));
      const desk = new TestDesk(env.url, shop.agent.token);
      const body = desk.pushBody([
        patch('phrases', phrase.id as string, { body: '当天发货' }),
        put('tasks', fullRow('tasks', { title: '催付 3021' })),
      ]);
      const first = (await desk.pushRaw(body)).body;
      expect(first.results.map((r) => [r.outcome, r.error?.code])).toEqual([
        ['rejected', 'forbidden'],
        ['applied', undefined],
      ]);
      // The desk never heard that answer and sends the same push again.
      const again = (await desk.pushRaw(body)).body;
      expect(again).toEqual({
        lastMutationId: 2,
        results: [
          {
            id: 1,
            outcome: 'rejected',
            error: first.results[0]!.error,
            serverRow: first.results[0]!.serverRow,
          },
          { id: 2, outcome: 'duplicate' },
        ],
      });
      expect(again.results[0]!.serverRow!.data).toMatchObject({ body: '48小时内发货' });
    });

    it('a batch overlapping applied ids applies only the new ones', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const tasks = [fullRow('tasks'), fullRow('tasks'), fullRow('tasks')];
      await desk.pushRaw(desk.pushBody([put('tasks', tasks[0]!), put('tasks', tasks[1]!)]));
      const overlap = await desk.pushRaw(desk.pushBody(tasks.map((task) => put('tasks', task))));
      expect(overlap.body.results.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'applied']);
      expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 3, maxRowVersion: 2, version: 2 });
    });

    it('a gap in mutation ids is 409 with the last applied id, and nothing is written', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      await desk.push(put('tasks', fullRow('tasks')));
      const before = await shopState(env.storage, shop.shopId);
      const task = fullRow('tasks');
      const gap = await desk.pushRaw(desk.pushBody([put('tasks', task)], 3));
      expect(gap.status).toBe(409);
      expect(gap.body).toEqual({
        error: {
          code: 'mutationGap',
          message: expect.stringContaining('next mutation must be 2'),
          details: { lastMutationId: 1 },
        },
      });
      expect(await shopState(env.storage, shop.shopId)).toEqual(before);
      expect(await storedRow(env.storage, shop.shopId, 'tasks', task.id as string)).toBeNull();
      expect((await desk.pull(0)).lastMutationId).toBe(1);
    });

    it('versions strictly increase, one per push, over every changed row', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const seen: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        await desk.push(
          put('tasks', fullRow('tasks', { title: `任务 ${i}` })),
          put('tasks', fullRow('tasks')),
        );
        const state = await shopState(env.storage, shop.shopId);
        seen.push(state.version);
      }
      expect(seen).toEqual([1, 2, 3, 4, 5]);
      const rows = await desk.pullAll(0);
      expect(rows.map((row) => row.version)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    });

    it('mutations of one push on one row apply in order: put, patch, then delete', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const remark = fullRow('order_remarks', { remark: '加急', agent_code: 'A01', remarked_at: 1 });
      const kept = fullRow('order_remarks', { remark: '原备注', agent_code: 'A01', remarked_at: 1 });
      const answer = await desk.push(
        put('order_remarks', remark),
        put('order_remarks', kept),
        patch('order_remarks', remark.id as string, { flag: 'red' }),
        patch('order_remarks', kept.id as string, { remark: '改过的备注' }),
        remove('order_remarks', remark.id as string, 1_700_000_000_000),
      );
      expect(answer.results.map((result) => result.outcome)).toEqual(Array(5).fill('applied'));
      expect(await storedRow(env.storage, shop.shopId, 'order_remarks', remark.id as string)).toMatchObject({
        version: 1,
        deletedAt: 1_700_000_000_000,
        data: { flag: 'red', remark: '加急', deleted_at: 1_700_000_000_000 },
      });
      expect(
        (await storedRow(env.storage, shop.shopId, 'order_remarks', kept.id as string))!.data.remark,
      ).toBe('改过的备注');
      expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 2, maxRowVersion: 1, version: 1 });
    });

    it('concurrent pushes from several desks each get their own version, and pulls see them all', async () => {
      const shop = await seedShop(env.storage);
      const desks = [shop.agent, shop.otherAgent, shop.supervisor].map(
        (agent) => new TestDesk(env.url, agent.token),
      );
      await Promise.all(
        desks.map(async (desk) => {
          for (let i = 0; i < 4; i += 1)
            await desk.push(put('tasks', fullRow('tasks')), put('tasks', fullRow('tasks')));
        }),
      );
      const rows = await desks[0]!.pullAll(0, 3);
      expect(rows).toHaveLength(24);
      const perVersion = new Map<number, number>();
      for (const row of rows) perVersion.set(row.version, (perVersion.get(row.version) ?? 0) + 1);
      expect([...perVersion.keys()].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect([...perVersion.values()].every((count) => count === 2)).toBe(true);
    });

    it('a push whose mutations are all rejected leaves the version alone but consumes the ids', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const answer = await desk.push(put('phrases', fullRow('phrases', { title: '发货时间' })));
      expect(answer.results[0]).toMatchObject({
        outcome: 'rejected',
        error: { code: 'forbidden' },
        serverRow: null,
      });
      expect(answer.lastMutationId).toBe(1);
      expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });
    });
  });
});
