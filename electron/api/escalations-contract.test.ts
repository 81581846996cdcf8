/**
 * 升级处理 on one desk (real SQLite through the contract): opening from each source kind with
 * what the supervisor needs to read, the supervisor's answer / take-over / close with their
 * times, and an agent refused the supervisor's part offline by the shared column rule.
 */
import { describe, expect, it } from 'vitest';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { openTestDesk } from '../core/test-support/test-desk';

const NOW = Date.UTC(2026, 11, 6, 2, 0);
const MINUTE = 60_000;

function desk(role: 'agent' | 'supervisor') {
  const clock = { at: NOW, now: () => clock.at };
  const opened = openTestDesk({ clock, role, prefix: 'kefu-escalations-' });
  const dispatch = createDispatcher(createHandlers(opened.core), () => undefined);
  const call = async <M extends MethodName>(method: M, input: unknown = {}) => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const refusal = async (method: MethodName, input: unknown) => {
    const result = (await dispatch(method, input)) as ApiResult<unknown>;
    if (result.ok) throw new Error(`${method} was accepted`);
    return result.error;
  };
  /** An order, a complaint task on it with the first two steps done, and a return case of it. */
  const sources = async () => {
    const order = await call('orders.save', { orderNo: '3321009', buyerNick: 'tb_小鹿', totalFen: 12_900 });
    const task = await call('tasks.save', {
      kind: 'complaint',
      title: '买家投诉发错颜色',
      orderId: order.id,
    });
    await call('tasks.setComplaintStep', { id: task.id, step: 0, done: true });
    await call('tasks.setComplaintStep', { id: task.id, step: 1, done: true });
    const returned = await call('returns.save', { orderNo: '3321009', kind: 'return', reason: '颜色不符' });
    return { order, task, returned };
  };
  return { ...opened, clock, call, dispatch, refusal, sources };
}

describe('escalations', () => {
  it('opens from a complaint task, a return case and an order, each carrying its order and buyer', async () => {
    const d = desk('agent');
    const { order, task, returned } = await d.sources();

    const fromTask = await d.call('escalations.open', {
      sourceKind: 'task',
      sourceId: task.id,
      reason: '  买家要求三倍赔偿 ',
      buyerWants: '退款并赔偿',
    });
    expect(fromTask).toMatchObject({
      sourceKind: 'task',
      orderNo: '3321009',
      buyerNick: 'tb_小鹿',
      reason: '买家要求三倍赔偿',
      buyerWants: '退款并赔偿',
      complaintSteps: [true, true, false, false, false, false],
      status: 'open',
      escalatedAt: NOW,
      firstAnswerAt: null,
      closedAt: null,
      mine: true,
      ownerCode: d.core.settings.identity()!.agentCode,
    });
    d.clock.at += MINUTE;
    const fromReturn = await d.call('escalations.open', {
      sourceKind: 'return',
      sourceId: returned.id,
      reason: '退回的商品有使用痕迹',
    });
    expect(fromReturn).toMatchObject({
      orderNo: '3321009',
      buyerNick: 'tb_小鹿',
      complaintSteps: null,
      buyerWants: '',
    });
    d.clock.at += MINUTE;
    const fromOrder = await d.call('escalations.open', {
      sourceKind: 'order',
      sourceId: order.id,
      reason: '地址改到外省',
    });
    expect(fromOrder).toMatchObject({ orderNo: '3321009', escalatedAt: NOW + 2 * MINUTE });

    // The source shows its case; one not yet closed is not escalated twice.
    expect(
      (await d.call('escalations.forSource', { sourceKind: 'task', sourceId: task.id })).escalation?.id,
    ).toBe(fromTask.id);
    expect(await d.call('escalations.forSource', { sourceKind: 'task', sourceId: order.id })).toEqual({
      escalation: null,
    });
    expect(
      await d.refusal('escalations.open', { sourceKind: 'task', sourceId: task.id, reason: '再升级一次' }),
    ).toMatchObject({ code: 'conflict', messageKey: 'errors.escalation.alreadyEscalated' });

    // Reason is required, named; a source that does not exist is said so.
    const blank = await d.refusal('escalations.open', {
      sourceKind: 'order',
      sourceId: order.id,
      reason: '   ',
    });
    expect(blank.code).toBe('validation');
    expect(JSON.stringify(blank.details)).toContain('validation.escalation.reasonRequired');
    expect(
      await d.refusal('escalations.open', {
        sourceKind: 'return',
        sourceId: '00000000-0000-4000-8000-000000000000',
        reason: '找不到',
      }),
    ).toMatchObject({ code: 'notFound', messageKey: 'errors.escalation.sourceNotFound' });

    const mine = await d.call('escalations.list', {});
    expect(mine.items.map((e) => e.sourceKind)).toEqual(['task', 'return', 'order']);
    // Nothing answered yet: nothing waits for the agent.
    expect(mine.badge).toBe(0);
  });

  it('refuses an agent the supervisor’s answer and take-over offline, and closing before an answer', async () => {
    const d = desk('agent');
    const { order } = await d.sources();
    const opened = await d.call('escalations.open', {
      sourceKind: 'order',
      sourceId: order.id,
      reason: '买家威胁投诉到平台',
    });
    const outboxBefore = d.count('sync_outbox');
    expect(await d.refusal('escalations.answer', { id: opened.id, answer: '同意退款' })).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.escalation.supervisorOnly',
      details: { field: 'answer' },
    });
    expect(await d.refusal('escalations.takeOver', { id: opened.id })).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.escalation.supervisorOnly',
      details: { field: 'taken_over_by' },
    });
    expect(await d.refusal('escalations.close', { id: opened.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.escalation.closeBeforeAnswer',
    });
    expect((await d.call('escalations.get', { id: opened.id })).status).toBe('open');
    expect(d.count('sync_outbox')).toBe(outboxBefore);
  });

  it('answers, answers again keeping the first answer’s time, takes over and closes', async () => {
    const d = desk('supervisor');
    const { order, task } = await d.sources();
    const first = await d.call('escalations.open', {
      sourceKind: 'task',
      sourceId: task.id,
      reason: '需要主管决定赔偿',
    });
    d.clock.at += MINUTE;
    const second = await d.call('escalations.open', {
      sourceKind: 'order',
      sourceId: order.id,
      reason: '改地址',
    });
    // The queue: open first, oldest first.
    let queue = await d.call('escalations.list', { status: 'active' });
    expect(queue.items.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(queue.badge).toBe(2);

    d.clock.at = NOW + 10 * MINUTE;
    const answered = await d.call('escalations.answer', { id: first.id, answer: '  同意补偿 10 元 ' });
    expect(answered).toMatchObject({
      status: 'answered',
      answer: '同意补偿 10 元',
      answeredBy: d.core.settings.identity()!.agentId,
      firstAnswerAt: NOW + 10 * MINUTE,
    });
    d.clock.at = NOW + 20 * MINUTE;
    const again = await d.call('escalations.answer', { id: first.id, answer: '补偿 20 元' });
    expect(again).toMatchObject({ answer: '补偿 20 元', firstAnswerAt: NOW + 10 * MINUTE });
    queue = await d.call('escalations.list', { status: 'active' });
    expect(queue.items.map((e) => [e.id, e.status])).toEqual([
      [second.id, 'open'],
      [first.id, 'answered'],
    ]);
    expect(queue.badge).toBe(1);

    d.clock.at = NOW + 30 * MINUTE;
    const taken = await d.call('escalations.takeOver', { id: second.id });
    expect(taken).toMatchObject({
      status: 'taken_over',
      takenOverBy: d.core.settings.identity()!.agentId,
      firstAnswerAt: NOW + 30 * MINUTE,
    });
    expect(await d.refusal('escalations.answer', { id: second.id, answer: '晚了' })).toMatchObject({
      messageKey: 'errors.escalation.notWaiting',
    });

    d.clock.at = NOW + 40 * MINUTE;
    const closed = await d.call('escalations.close', { id: first.id });
    expect(closed).toMatchObject({
      status: 'closed',
      closedAt: NOW + 40 * MINUTE,
      firstAnswerAt: NOW + 10 * MINUTE,
    });
    expect(await d.refusal('escalations.close', { id: first.id })).toMatchObject({
      messageKey: 'errors.escalation.alreadyClosed',
    });
    expect((await d.call('escalations.list', { status: 'closed' })).items.map((e) => e.id)).toEqual([
      first.id,
    ]);
    expect((await d.call('escalations.list', { sourceKind: 'order' })).items.map((e) => e.id)).toEqual([
      second.id,
    ]);
    // Closed, the source may be escalated again.
    expect(
      (await d.call('escalations.open', { sourceKind: 'task', sourceId: task.id, reason: '买家又来投诉' }))
        .status,
    ).toBe('open');
  });
});
