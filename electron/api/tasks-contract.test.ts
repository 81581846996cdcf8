import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { orders } from '../../db/schema';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const HOUR = 3_600_000;
/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
const ORDER_ID = '00000000-0000-4000-8000-000000000001';

async function serve() {
  const database = openDatabase({
    file: join(mkdtempSync(join(tmpdir(), 'kefu-tasks-api-')), 'kefu.sqlite'),
  });
  opened.push(database);
  const clock = { at: NOW, now: () => clock.at };
  const core = createCoreServices({
    database,
    clock,
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const refused = async (method: MethodName, input: unknown) => {
    const result = await dispatch(method, input);
    if (result.ok) throw new Error(`${method} was accepted`);
    return result.error;
  };
  await call('settings.save', SAMPLE_SETTINGS);
  database.db
    .insert(orders)
    .values({
      id: ORDER_ID,
      shopId: core.settings.identity()!.shopId,
      createdAt: NOW - HOUR,
      updatedAt: NOW - HOUR,
      orderNo: '2890345512',
      buyerNick: 'tb_小鹿',
      status: 'unpaid',
      orderedAt: NOW - HOUR,
    })
    .run();
  return { call, refused, clock };
}

describe('tasks over the contract', () => {
  it('runs the rules and lists the rule task with its title key, order and quick-reply query', async () => {
    const { call } = await serve();
    expect(await call('tasks.runRules')).toEqual({ created: 1, reopened: 0, closed: 0 });
    expect(await call('tasks.runRules', { orderIds: [ORDER_ID] })).toEqual({
      created: 0,
      reopened: 0,
      closed: 0,
    });
    const list = await call('tasks.list');
    expect(list.day).toBe('2026-11-24');
    expect(list.today).toHaveLength(1);
    expect(list.today[0]).toMatchObject({
      kind: 'urgePayment',
      titleKey: 'tasks.ruleTitle.urgePayment',
      titleParams: { orderNo: '2890345512', buyerNick: 'tb_小鹿' },
      orderNo: '2890345512',
      source: 'rule',
      replyQuery: '催付',
      complaintSteps: null,
    });
    expect(await call('tasks.badge')).toEqual({ overdue: 0, dueToday: 1 });
  });

  it('creates and edits a manual task, refusing an empty title and unknown links', async () => {
    const { call, refused } = await serve();
    const saved = await call('tasks.save', {
      kind: 'custom',
      title: '  给买家补发赠品 ',
      dueAt: NOW - HOUR,
      orderId: ORDER_ID,
    });
    expect(saved).toMatchObject({
      title: '给买家补发赠品',
      titleKey: null,
      source: 'manual',
      status: 'open',
      orderNo: '2890345512',
    });
    expect(await call('tasks.badge')).toEqual({ overdue: 1, dueToday: 0 });

    const edited = await call('tasks.save', {
      id: saved.id,
      kind: 'custom',
      title: '补发赠品',
      dueAt: null,
      orderId: ORDER_ID,
      note: '顺丰',
    });
    expect(edited).toMatchObject({ title: '补发赠品', dueAt: null, note: '顺丰' });
    expect((await call('tasks.list')).upcoming.map((t) => t.id)).toEqual([edited.id]);

    expect(await refused('tasks.save', { kind: 'custom', title: '' })).toMatchObject({
      messageKey: 'validation.task.titleRequired',
    });
    expect(await refused('tasks.save', { kind: 'custom', title: 'x', customerId: ORDER_ID })).toMatchObject({
      messageKey: 'errors.task.customerNotFound',
    });
    expect(await refused('tasks.save', { kind: 'nonsense', title: 'x' })).toMatchObject({
      code: 'validation',
    });
  });

  it('complete, cancel, reopen and snooze, refusing what makes no sense', async () => {
    const { call, refused, clock } = await serve();
    const task = await call('tasks.save', { kind: 'callback', title: '回访', dueAt: NOW + HOUR });
    expect(await refused('tasks.snooze', { id: task.id, until: NOW - 1 })).toMatchObject({
      messageKey: 'validation.task.snoozeInPast',
    });
    const snoozed = await call('tasks.snooze', { id: task.id, until: NOW + 2 * HOUR });
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 2 * HOUR });
    expect((await call('tasks.list')).snoozed).toHaveLength(1);
    clock.at = NOW + 2 * HOUR + 1;
    expect((await call('tasks.list')).overdue.map((t) => t.id)).toEqual([task.id]);

    expect(await call('tasks.complete', { id: task.id })).toMatchObject({
      status: 'done',
      completedAt: clock.at,
    });
    expect(await refused('tasks.cancel', { id: task.id })).toMatchObject({
      messageKey: 'errors.task.notOpen',
    });
    expect(await call('tasks.reopen', { id: task.id })).toMatchObject({ status: 'open', completedAt: null });
    expect(await call('tasks.cancel', { id: task.id })).toMatchObject({ status: 'cancelled' });
    expect((await call('tasks.list', { includeClosed: true })).closed.map((t) => t.id)).toEqual([task.id]);
    expect(await refused('tasks.complete', { id: '00000000-0000-4000-8000-00000000dead' })).toMatchObject({
      messageKey: 'errors.task.notFound',
    });
  });

  it('walks a complaint through its six steps, in order, before it can be completed', async () => {
    const { call, refused } = await serve();
    const complaint = await call('tasks.save', {
      kind: 'complaint',
      title: '买家投诉发错颜色',
      priority: 'high',
    });
    expect(complaint.complaintSteps).toEqual([false, false, false, false, false, false]);
    expect(complaint.replyQuery).toBe('投诉');
    expect(await refused('tasks.setComplaintStep', { id: complaint.id, step: 2, done: true })).toMatchObject({
      messageKey: 'errors.task.complaintStepOrder',
    });
    expect(await refused('tasks.complete', { id: complaint.id })).toMatchObject({
      messageKey: 'errors.task.complaintUnfinished',
      details: { step: 'vent' },
    });
    for (let step = 0; step < 6; step += 1)
      await call('tasks.setComplaintStep', { id: complaint.id, step, done: true });
    const undone = await call('tasks.setComplaintStep', { id: complaint.id, step: 4, done: false });
    expect(undone.complaintSteps).toEqual([true, true, true, true, false, false]);
    await call('tasks.setComplaintStep', { id: complaint.id, step: 4, done: true });
    await call('tasks.setComplaintStep', { id: complaint.id, step: 5, done: true });
    expect(await call('tasks.complete', { id: complaint.id })).toMatchObject({ status: 'done' });
    expect(await refused('tasks.setComplaintStep', { id: complaint.id, step: 6, done: true })).toMatchObject({
      code: 'validation',
    });
  });

  it('keeps an auto-close reason out of the agent’s note when a rule task is edited', async () => {
    const { call } = await serve();
    await call('tasks.runRules');
    const [task] = (await call('tasks.list')).today;
    const edited = await call('tasks.save', {
      id: task!.id,
      kind: 'custom',
      title: 'ignored',
      dueAt: task!.dueAt,
      priority: 'high',
      orderId: ORDER_ID,
      note: '买家说晚上付',
    });
    expect(edited).toMatchObject({
      kind: 'urgePayment',
      titleKey: 'tasks.ruleTitle.urgePayment',
      priority: 'high',
      note: '买家说晚上付',
    });
  });
});
