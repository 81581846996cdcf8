/**
 * 询单分析 reads orders from order_facts, which triggers on `rows` keep (migration 0008). Pushed
 * through the real sync route: a paid order, an edit of when it was paid and its deletion each
 * show in the returning customers and in 退款率's paid amount at once, on PGlite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { addDays } from '../../../common/time/zoned-time';
import { fullRow, patch, put, remove, TestDesk } from '../../test-support/sync-client';
import { describeEachStorage, seedShop } from '../../test-support/test-server';
import { ConsoleClient } from './console-client';
import { at } from './console-seed';

const D = '2026-11-20';

describeEachStorage('order facts follow the sync', (env) => {
  it('a pushed order, a change of when it was paid and its deletion each change 询单分析 at once', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const console = new ConsoleClient(env.url);
    await console.signIn(shop.supervisor.token);
    const analysis = async () => {
      const { returningNotBought, returns } = await console.inquiryAnalysis(addDays(D, -1), D);
      return {
        returning: returningNotBought.map((c) => [c.buyerNick, c.earlierPaidOrders]),
        paidFen: returns.paidFen,
      };
    };
    const customer = fullRow('customers', { nick: '回头客小王' });
    const order = (paidAt: number | null, paidFen: number) =>
      fullRow('orders', {
        customer_id: customer.id,
        paid_at: paidAt,
        paid_fen: paidFen,
        status: paidAt === null ? 'unpaid' : 'paid',
      });
    const earlier = order(at(addDays(D, -10), '09:00'), 4_900);
    await desk.push(
      put('customers', customer),
      put('orders', earlier),
      put(
        'inquiries',
        fullRow('inquiries', {
          owner_id: shop.agent.agentId,
          customer_id: customer.id,
          inquired_at: at(D, '10:00'),
          outcome: 'lost',
          loss_reason: 'price',
        }),
      ),
    );
    expect(await analysis()).toEqual({ returning: [['回头客小王', 1]], paidFen: 0 });

    // Bought in the range after all: no longer a returning customer who did not buy.
    const bought = order(at(D, '15:00'), 12_800);
    await desk.push(put('orders', bought));
    expect(await analysis()).toEqual({ returning: [], paidFen: 12_800 });

    // That payment was in fact made before the range: a second earlier order.
    await desk.push(patch('orders', bought.id as string, { paid_at: at(addDays(D, -3), '15:00') }));
    expect(await analysis()).toEqual({ returning: [['回头客小王', 2]], paidFen: 0 });

    // An unpaid order counts for nothing; with both paid orders deleted the customer never came before.
    await desk.push(put('orders', order(null, 0)));
    await desk.push(remove('orders', earlier.id as string, at(D, '16:00')));
    expect(await analysis()).toEqual({ returning: [['回头客小王', 1]], paidFen: 0 });
    await desk.push(remove('orders', bought.id as string, at(D, '16:01')));
    expect(await analysis()).toEqual({ returning: [], paidFen: 0 });
  });
});
