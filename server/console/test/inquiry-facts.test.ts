/**
 * 询单分析 reads inquiries from inquiry_facts, which triggers on `rows` keep (migration 0003).
 * Pushed through the real sync route: a new inquiry, an edit of its outcome and product, and a
 * deletion each show in the supervisor's figures at once, on PGlite and PostgreSQL. The per-day
 * counts follow the zone the shop's desks name in their daily logs.
 */
import { expect, it } from 'vitest';
import { addDays, zonedInstant } from '../../../common/time/zoned-time';
import { fullRow, patch, put, remove, TestDesk } from '../../test-support/sync-client';
import { describeEachStorage, seedShop } from '../../test-support/test-server';
import { ConsoleClient } from './console-client';
import { at, sampleLog, seedLog } from './console-seed';

const D = '2026-11-20';

describeEachStorage('inquiry facts follow the sync', (env) => {
  it('a pushed inquiry, its edit and its deletion each change 询单分析 at once', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const console = new ConsoleClient(env.url);
    await console.signIn(shop.supervisor.token);
    const analysis = async () => {
      const { products, lossReasons, byAgentDay } = await console.inquiryAnalysis(addDays(D, -1), D);
      return {
        products: products.map((p) => [p.product, p.inquiries, p.converted, p.lost, p.mainLossReason]),
        price: lossReasons.find((r) => r.reason === 'price')?.count,
        days: byAgentDay.map((d) => [d.agentCode, d.day, d.inquiries, d.converted]),
      };
    };
    const inquiry = (product: string, time: string) =>
      fullRow('inquiries', {
        owner_id: shop.agent.agentId,
        product: ` ${product} `,
        inquired_at: at(D, time),
        outcome: 'lost',
        loss_reason: 'price',
      });
    const cup = inquiry('保温杯', '10:00');
    const umbrella = inquiry('雨伞', '11:00');

    await desk.push(put('inquiries', cup), put('inquiries', umbrella));
    expect(await analysis()).toEqual({
      products: [
        ['保温杯', 1, 0, 1, 'price'],
        ['雨伞', 1, 0, 1, 'price'],
      ],
      price: 2,
      days: [[shop.agent.code, D, 2, 0]],
    });

    await desk.push(patch('inquiries', umbrella.id as string, { outcome: 'converted', loss_reason: null }));
    await desk.push(patch('inquiries', cup.id as string, { product: '保温杯 500ml' }));
    expect(await analysis()).toEqual({
      products: [
        ['保温杯 500ml', 1, 0, 1, 'price'],
        ['雨伞', 1, 1, 0, null],
      ],
      price: 1,
      days: [[shop.agent.code, D, 2, 1]],
    });

    await desk.push(remove('inquiries', cup.id as string, at(D, '12:00')));
    expect(await analysis()).toEqual({
      products: [['雨伞', 1, 1, 0, null]],
      price: 0,
      days: [[shop.agent.code, D, 1, 1]],
    });
  });

  it('cuts the days on the zone the desks name in their daily logs', async () => {
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(env.url, shop.agent.token);
    const console = new ConsoleClient(env.url);
    await console.signIn(shop.supervisor.token);
    const days = async () =>
      (await console.inquiryAnalysis(addDays(D, -1), D)).byAgentDay.map((d) => [d.day, d.inquiries]);
    // 01:30 on D in Shanghai is 12:30 the day before in New York.
    const early = zonedInstant(D, '01:30', 'Asia/Shanghai');
    await desk.push(
      put(
        'inquiries',
        fullRow('inquiries', { owner_id: shop.agent.agentId, inquired_at: early, outcome: 'pending' }),
      ),
    );
    expect(await days()).toEqual([[D, 1]]);

    const agent = { id: shop.agent.agentId, agentCode: shop.agent.code, name: shop.agent.code };
    await seedLog(env.storage, shop.shopId, shop.agent.agentId, {
      ...sampleLog(agent, addDays(D, -1)),
      timeZone: 'America/New_York',
    });
    expect(await days()).toEqual([[addDays(D, -1), 1]]);
    await desk.push(
      put(
        'inquiries',
        fullRow('inquiries', { owner_id: shop.agent.agentId, inquired_at: early + 1, outcome: 'pending' }),
      ),
    );
    expect(await days()).toEqual([[addDays(D, -1), 2]]);
  });
});
