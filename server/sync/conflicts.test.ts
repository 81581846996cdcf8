import { describe, expect, it } from 'vitest';
import { describeEachStorage, seedShop, storedRow } from '../test-support/test-server';
import { fullRow, patch, put, remove, TestDesk } from '../test-support/sync-client';

describeEachStorage('conflicts', (env) => {
  describe('order status', () => {
    it('a patch or put moving status backward is rejected with the server row; forward applies', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const order = fullRow('orders', { order_no: '5120', status: 'paid', paid_fen: 15800 });
      await a.push(put('orders', order));
      await a.push(patch('orders', order.id as string, { status: 'shipped', tracking_no: 'SF1234' }));

      // B was offline and still thinks the order is paid.
      const answer = await b.push(
        patch('orders', order.id as string, { status: 'unpaid' }),
        put('orders', { ...order, status: 'paid', remark: '离线改的' }),
        patch('orders', order.id as string, { status: 'completed' }),
      );
      expect(answer.results[0]).toMatchObject({
        id: 1,
        outcome: 'rejected',
        error: { code: 'statusBackward', message: expect.stringContaining('from shipped back to unpaid') },
        serverRow: { table: 'orders', id: order.id, version: 2, deletedAt: null },
      });
      expect(answer.results[0]!.serverRow!.data).toMatchObject({ status: 'shipped', tracking_no: 'SF1234' });
      expect(answer.results[1]).toMatchObject({ outcome: 'rejected', error: { code: 'statusBackward' } });
      expect(answer.results[2]).toEqual({ id: 3, outcome: 'applied' });
      expect(answer.lastMutationId).toBe(3);
      const stored = await storedRow(env.storage, shop.shopId, 'orders', order.id as string);
      expect(stored!.data).toMatchObject({ status: 'completed', remark: '', tracking_no: 'SF1234' });
    });

    it('completed and closed are final', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const closed = fullRow('orders', { status: 'closed' });
      const completed = fullRow('orders', { status: 'completed' });
      await desk.push(put('orders', closed), put('orders', completed));
      const answer = await desk.push(
        patch('orders', closed.id as string, { status: 'paid' }),
        patch('orders', completed.id as string, { status: 'closed' }),
        patch('orders', completed.id as string, { remark: '好评返现已发' }),
      );
      expect(answer.results.map((result) => result.error?.code ?? result.outcome)).toEqual([
        'statusBackward',
        'statusBackward',
        'applied',
      ]);
    });
  });

  describe('invoice and escalation status', () => {
    it('an invoice moves only forward (pending → issued → sent, steps may be skipped); void is final', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const invoice = fullRow('invoices', { owner_id: shop.agent.agentId, status: 'pending' });
      const skipped = fullRow('invoices', { owner_id: shop.agent.agentId, status: 'pending' });
      await a.push(put('invoices', invoice), put('invoices', skipped));
      await a.push(
        patch('invoices', invoice.id as string, { status: 'issued', invoice_no: '26322000000087654321' }),
      );

      // B, offline, still sees it 待开; its outbox carried only the last status of the other.
      const answer = await b.push(
        patch('invoices', invoice.id as string, { status: 'pending' }),
        patch('invoices', skipped.id as string, { status: 'sent' }),
        patch('invoices', invoice.id as string, { status: 'void', void_reason: '抬头错误' }),
        patch('invoices', invoice.id as string, { status: 'issued' }),
      );
      expect(answer.results[0]).toMatchObject({
        outcome: 'rejected',
        error: { code: 'statusBackward', message: expect.stringContaining('invoice') },
      });
      expect(answer.results[0]!.serverRow!.data).toMatchObject({ status: 'issued' });
      expect(answer.results.map((result) => result.error?.code ?? result.outcome)).toEqual([
        'statusBackward',
        'applied',
        'applied',
        'statusBackward',
      ]);
      const stored = await storedRow(env.storage, shop.shopId, 'invoices', invoice.id as string);
      expect(stored!.data).toMatchObject({ status: 'void', void_reason: '抬头错误' });
    });

    it('an escalation never goes back to waiting once answered, nor leaves closed', async () => {
      const shop = await seedShop(env.storage);
      const agent = new TestDesk(env.url, shop.agent.token);
      const supervisor = new TestDesk(env.url, shop.supervisor.token);
      const escalation = fullRow('escalations', { owner_id: shop.agent.agentId, status: 'open' });
      await agent.push(put('escalations', escalation));
      const id = escalation.id as string;
      const answered = await supervisor.push(
        patch('escalations', id, {
          status: 'answered',
          answer: '先补发，运费店铺承担',
          answered_by: shop.supervisor.agentId,
        }),
        patch('escalations', id, { status: 'open' }),
      );
      expect(answered.results.map((result) => result.error?.code ?? result.outcome)).toEqual([
        'applied',
        'statusBackward',
      ]);
      const closing = await agent.push(
        patch('escalations', id, { status: 'closed', closed_by: shop.agent.agentId }),
      );
      expect(closing.results.map((result) => result.error?.code ?? result.outcome)).toEqual(['applied']);
      // Even the supervisor, who may answer, cannot answer a closed case again.
      const reopened = await supervisor.push(patch('escalations', id, { status: 'answered' }));
      expect(reopened.results.map((result) => result.error?.code ?? result.outcome)).toEqual([
        'statusBackward',
      ]);
    });
  });

  describe('field merge by arrival', () => {
    it('the same rule task created on two desks: the later creation does not reopen the done one', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const task = fullRow('tasks', {
        kind: 'urgePayment',
        title: '催付 3021',
        status: 'open',
        source: 'rule',
      });
      await a.push(put('tasks', task));
      await a.push(patch('tasks', task.id as string, { status: 'done', completed_at: 1_750_000_000_000 }));
      // B's rules pass made the same task (same natural id) while offline and sends it late.
      const late = await b.push(put('tasks', { ...task, note: 'B 的规则也建了' }));
      expect(late.results[0]).toEqual({ id: 1, outcome: 'applied' });
      const stored = (await storedRow(env.storage, shop.shopId, 'tasks', task.id as string))!;
      expect(stored.data).toMatchObject({
        status: 'done',
        completed_at: 1_750_000_000_000,
        note: 'B 的规则也建了',
      });
      // B pulls the merged row back.
      expect((await b.pullAll(0)).find((row) => row.id === task.id)!.data).toMatchObject({ status: 'done' });
    });

    it('two desks patching different fields of one row: both survive', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const customer = fullRow('customers', { nick: 'tb_阿花', notes: '', tags: '[]' });
      await a.push(put('customers', customer));
      await a.push(patch('customers', customer.id as string, { notes: '只收顺丰' }));
      await b.push(patch('customers', customer.id as string, { tags: '["老客"]' }));
      const rows = await b.pullAll(0);
      expect(rows.find((row) => row.id === customer.id)!.data).toMatchObject({
        nick: 'tb_阿花',
        notes: '只收顺丰',
        tags: '["老客"]',
      });
    });

    it('the same field patched by two desks: the later arrival wins, whatever the client clocks say', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const order = fullRow('orders', { remark: '' });
      await a.push(put('orders', order));
      const late = b.pushBody([
        patch('orders', order.id as string, { remark: 'B 的备注', updated_at: 2_000 }),
      ]);
      const early = a.pushBody([
        patch('orders', order.id as string, { remark: 'A 的备注', updated_at: 9_000 }),
      ]);
      await a.pushRaw(early);
      await b.pushRaw(late);
      const stored = await storedRow(env.storage, shop.shopId, 'orders', order.id as string);
      expect(stored!.data).toMatchObject({ remark: 'B 的备注', updated_at: 2_000 });
      expect(stored!.version).toBe(3);
    });

    it('a patch of a deleted row is rejected with the tombstone; deleting twice keeps the first deletion', async () => {
      const shop = await seedShop(env.storage);
      const a = new TestDesk(env.url, shop.agent.token);
      const b = new TestDesk(env.url, shop.otherAgent.token);
      const task = fullRow('tasks', { title: '回访 tb_lily' });
      await a.push(put('tasks', task));
      await a.push(remove('tasks', task.id as string, 1_000));
      const answer = await b.push(
        patch('tasks', task.id as string, { note: '已回访' }),
        remove('tasks', task.id as string, 5_000),
      );
      expect(answer.results[0]).toMatchObject({
        outcome: 'rejected',
        error: { code: 'rowDeleted' },
        serverRow: { deletedAt: 1_000, version: 2 },
      });
      expect(answer.results[1]).toEqual({ id: 2, outcome: 'applied' });
      const stored = await storedRow(env.storage, shop.shopId, 'tasks', task.id as string);
      expect(stored).toMatchObject({ deletedAt: 1_000, version: 2 });
    });
  });
});
