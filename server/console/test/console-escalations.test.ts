/**
 * The console's 升级 page from synced escalation rows over real HTTP, on PGlite and PostgreSQL:
 * the queue order (open first, oldest first), the agent who escalated, the times and the time to
 * the first answer, the range's totals and median, a status filter, and nothing of another shop.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachStorage, seedShop, type TestShop } from '../../test-support/test-server';
import { CONSOLE_PATHS, type EscalationsResponse } from '../console-api';
import { ConsoleClient, errorKey } from './console-client';
import { at, seedRow } from './console-seed';

const D = '2026-12-03';
const MINUTE = 60_000;

describeEachStorage('console escalations', (env) => {
  let shop: TestShop;
  let other: TestShop;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    shop = await seedShop(env.storage, `升级店 ${env.kind}`);
    other = await seedShop(env.storage, `别家升级店 ${env.kind}`);
    const escalation = (shopId: string, owner: string, values: Record<string, unknown>) =>
      seedRow(env.storage, shopId, 'escalations', owner, {
        source_kind: 'task',
        source_id: crypto.randomUUID(),
        buyer_nick: 'tb_小鹿',
        buyer_wants: '',
        scope: 'personal',
        ...values,
      });
    const a01 = shop.agent.agentId;
    const a02 = shop.otherAgent.agentId;
    ids.answered = await escalation(shop.shopId, a01, {
      reason: '买家要求三倍赔偿',
      buyer_wants: '赔偿',
      order_no: '3321009',
      status: 'answered',
      answer: '同意补偿 20 元',
      answered_by: shop.supervisor.agentId,
      escalated_at: at(D, '09:00'),
      first_answer_at: at(D, '09:10'),
    });
    ids.open = await escalation(shop.shopId, a02, {
      source_kind: 'order',
      reason: '改地址到外省',
      status: 'open',
      escalated_at: at(D, '10:00'),
    });
    ids.closed = await escalation(shop.shopId, a01, {
      source_kind: 'return',
      reason: '退货有使用痕迹',
      status: 'closed',
      taken_over_by: shop.supervisor.agentId,
      escalated_at: at(D, '08:00'),
      first_answer_at: at(D, '08:30'),
      closed_at: at(D, '11:00'),
      closed_by: shop.supervisor.agentId,
    });
    ids.earlyOpen = await escalation(shop.shopId, a01, {
      reason: '买家威胁投诉',
      status: 'open',
      escalated_at: at(D, '07:00'),
    });
    // Outside the range, and another shop's: neither is listed nor counted.
    await escalation(shop.shopId, a01, {
      reason: '前天的',
      status: 'open',
      escalated_at: at('2026-12-01', '09:00'),
    });
    await escalation(other.shopId, other.agent.agentId, {
      reason: '别家的',
      status: 'open',
      escalated_at: at(D, '09:00'),
    });
  });

  const supervisor = async (token = shop.supervisor.token) => {
    const client = new ConsoleClient(env.url);
    await client.signIn(token);
    return client;
  };

  it('lists the range’s cases, open first and oldest first, with the agent, the times and the time to the first answer', async () => {
    const client = await supervisor();
    const answer = await client.get<EscalationsResponse>(`${CONSOLE_PATHS.escalations}?from=${D}&to=${D}`);
    expect(answer.status).toBe(200);
    const { totals, items } = answer.body;
    expect(items.map((item) => item.id)).toEqual([ids.earlyOpen, ids.open, ids.answered, ids.closed]);
    expect(totals).toEqual({
      opened: 4,
      open: 2,
      answered: 1,
      takenOver: 0,
      closed: 1,
      // 10 and 30 minutes.
      medianFirstAnswerMs: 20 * MINUTE,
    });
    expect(items[1]).toMatchObject({
      sourceKind: 'order',
      agentCode: 'A02',
      agentName: '客服A02',
      firstAnswerMs: null,
    });
    expect(items[2]).toEqual({
      id: ids.answered,
      status: 'answered',
      sourceKind: 'task',
      agentCode: 'A01',
      agentName: '客服A01',
      orderNo: '3321009',
      buyerNick: 'tb_小鹿',
      reason: '买家要求三倍赔偿',
      buyerWants: '赔偿',
      answer: '同意补偿 20 元',
      escalatedAt: at(D, '09:00'),
      firstAnswerAt: at(D, '09:10'),
      closedAt: null,
      firstAnswerMs: 10 * MINUTE,
    });
    expect(items[3]).toMatchObject({
      status: 'closed',
      closedAt: at(D, '11:00'),
      firstAnswerMs: 30 * MINUTE,
    });

    const open = await client.get<EscalationsResponse>(
      `${CONSOLE_PATHS.escalations}?from=${D}&to=${D}&status=open`,
    );
    expect(open.body.items.map((item) => item.id)).toEqual([ids.earlyOpen, ids.open]);
    expect(open.body.totals.opened).toBe(4);
  });

  it('answers only supervisors of the shop, and names a wrong field', async () => {
    const agent = new ConsoleClient(env.url);
    const refused = await agent.post(CONSOLE_PATHS.session, { token: shop.agent.token });
    expect(errorKey(refused)).toBe('console.error.supervisorsOnly');

    const client = await supervisor();
    const bad = await client.get(`${CONSOLE_PATHS.escalations}?from=${D}&to=${D}&status=waiting`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { messageKey: 'console.error.badRequest', details: { field: 'status' } },
    });

    const elsewhere = await supervisor(other.supervisor.token);
    const theirs = (
      await elsewhere.get<EscalationsResponse>(`${CONSOLE_PATHS.escalations}?from=${D}&to=${D}`)
    ).body;
    expect(theirs.items.map((item) => item.reason)).toEqual(['别家的']);
  });
});
