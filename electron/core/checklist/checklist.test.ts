import { describe, expect, it } from 'vitest';
import { checklistDays, checklistItems, orders } from '../../../db/schema';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { openTestDesk } from '../test-support/test-desk';
import { checklistStepInputSchema } from './checklist-schema';

const HOUR = 3_600_000;
/** 2026-11-24 09:00 in Shanghai (01:00 UTC). */
const MORNING = Date.UTC(2026, 10, 24, 1, 0);

function desk(role: 'agent' | 'supervisor' = 'agent') {
  const clock = { at: MORNING, now: () => clock.at };
  const notifier = createMemoryNotifier();
  const { core, database } = openTestDesk({ clock, notifier, role, prefix: 'kefu-checklist-' });
  const shopId = core.settings.identity()!.shopId;
  const addUnpaidOrder = (orderNo: string) =>
    database.db
      .insert(orders)
      .values({
        id: crypto.randomUUID(),
        shopId,
        createdAt: clock.at,
        updatedAt: clock.at,
        orderNo,
        buyerNick: 'tb_小鹿',
        status: 'unpaid',
        orderedAt: clock.at,
      })
      .run();
  return { core, clock, notifier, database, addUnpaidOrder };
}

describe('checklist template', () => {
  it('seeds the SOP in order with data links, the 催付 anchor before the cut-off and pack groups', () => {
    const { core } = desk();
    const template = core.checklist.template();
    expect(template.steps.map((s) => s.titleZh)).toEqual([
      '开工准备',
      '整理昨日未完成',
      '在线接待',
      '核对收件信息',
      '修改备注',
      '发货通知',
      '催付',
      '物流查询',
      '评价',
      '中差评处理',
      '退换货登记',
      '提交日报',
    ]);
    const urge = template.steps.find((s) => s.stepKey === 'urgePayment')!;
    // The sample shop's cut-off is 16:30.
    expect(urge).toMatchObject({ dataLink: 'unpaidOrders', anchorTime: '15:30', titleEn: 'Urge payment' });
    const groups = core.library.groups();
    expect(groups.find((g) => g.id === urge.phraseGroupId)?.name).toBe('售中跟进');
    expect(template.editable).toBe(false);
    expect(template.dataLinks).toHaveLength(11);
    expect(template.dataLinks).toContain('shippedNotSigned');
  });

  it('lets a supervisor add, edit, reorder and remove steps; an agent only reads', () => {
    const { core } = desk('supervisor');
    const before = core.checklist.template();
    expect(before.editable).toBe(true);
    const added = core.checklist.saveStep(
      checklistStepInputSchema.parse({ titleZh: '盘点赠品', titleEn: 'Count gifts', anchorTime: '17:00' }),
    );
    const gift = added.steps.at(-1)!;
    expect(gift).toMatchObject({ titleZh: '盘点赠品', anchorTime: '17:00', dataLink: null, sortOrder: 13 });
    const edited = core.checklist.saveStep(
      checklistStepInputSchema.parse({
        id: gift.id,
        titleZh: '盘点赠品库存',
        titleEn: 'Count gifts',
        dataLink: 'returnsToday',
      }),
    );
    expect(edited.steps.at(-1)).toMatchObject({
      titleZh: '盘点赠品库存',
      dataLink: 'returnsToday',
      anchorTime: null,
    });
    const order = [gift.id, ...edited.steps.slice(0, -1).map((s) => s.id)];
    expect(core.checklist.reorder(order).steps[0]!.titleZh).toBe('盘点赠品库存');
    expect(() => core.checklist.reorder(order.slice(1))).toThrow(/reorderMismatch/);
    expect(core.checklist.removeStep(gift.id).steps.map((s) => s.titleZh)).not.toContain('盘点赠品库存');
    expect(() =>
      core.checklist.saveStep(
        checklistStepInputSchema.parse({ titleZh: 'x', titleEn: 'x', phraseGroupId: crypto.randomUUID() }),
      ),
    ).toThrow(/validation.checklist.phraseGroup/);

    core.settings.save({ ...SAMPLE_SETTINGS });
    expect(core.checklist.template().editable).toBe(false);
    expect(() =>
      core.checklist.saveStep(checklistStepInputSchema.parse({ titleZh: '新步骤', titleEn: 'New' })),
    ).toThrow(/supervisorsOnly/);
    expect(() => core.checklist.removeStep(before.steps[0]!.id)).toThrow(/supervisorsOnly/);
    expect(() => core.checklist.reorder(before.steps.map((s) => s.id))).toThrow(/supervisorsOnly/);
  });

  it('refuses a bad anchor time, an unknown data link and an empty title', () => {
    const bad = checklistStepInputSchema.safeParse({
      titleZh: '',
      titleEn: 'x',
      anchorTime: '25:00',
      dataLink: 'everything',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message).sort()).toEqual([
      'validation.checklist.anchorTime',
      'validation.checklist.dataLink',
      'validation.checklist.titleRequired',
    ]);
  });
});

describe('today', () => {
  it('creates the day on first open in the shop’s time zone and reuses it after', () => {
    const { core, database, clock } = desk();
    // 2026-11-24 23:30 in Shanghai is still 11-24 there, while UTC already says 15:30 of the 24th.
    clock.at = Date.UTC(2026, 10, 24, 15, 30);
    const first = core.checklist.today();
    expect(first.day).toBe('2026-11-24');
    expect(first.items).toHaveLength(12);
    expect(first.progress).toEqual({ checked: 0, total: 12 });
    clock.at += HOUR; // 00:30 on the 25th in Shanghai
    expect(core.checklist.today().day).toBe('2026-11-25');
    clock.at += HOUR;
    const again = core.checklist.today();
    expect(again.dayId).not.toBe(first.dayId);
    expect(database.db.select().from(checklistDays).all()).toHaveLength(2);
    expect(database.db.select().from(checklistItems).all()).toHaveLength(24);
  });

  it('carries yesterday’s unchecked steps to the top, keeping the day they were first missed', () => {
    const { core, clock } = desk();
    const monday = core.checklist.today();
    for (const item of monday.items.filter((i) => i.stepKey !== 'remarks' && i.stepKey !== 'dailyLog')) {
      core.checklist.check({ itemId: item.id, note: '', confirmed: true });
    }
    clock.at += 24 * HOUR;
    const tuesday = core.checklist.today();
    expect(tuesday.items.slice(0, 2).map((i) => [i.stepKey, i.carriedFromDay])).toEqual([
      ['remarks', '2026-11-24'],
      ['dailyLog', '2026-11-24'],
    ]);
    expect(tuesday.items.slice(2).every((i) => i.carriedFromDay === null)).toBe(true);
    // Still not done on Tuesday: on Wednesday it is still Monday's miss.
    clock.at += 24 * HOUR;
    expect(core.checklist.today().items[0]).toMatchObject({
      stepKey: 'remarks',
      carriedFromDay: '2026-11-24',
    });
  });

  it('names the agent’s previous day: none on day one, the last one worked after a weekend off', () => {
    const { core, clock } = desk();
    expect(core.checklist.today().previousDay).toBeNull();
    clock.at += 24 * HOUR;
    expect(core.checklist.today().previousDay).toBe('2026-11-24');
    clock.at += 3 * 24 * HOUR;
    expect(core.checklist.today().previousDay).toBe('2026-11-25');
  });

  it('shows live counts, refuses to check a step with pending items unless confirmed, and unchecks', () => {
    const { core, clock, addUnpaidOrder } = desk();
    addUnpaidOrder('2890345501');
    addUnpaidOrder('2890345502');
    const day = core.checklist.today();
    const urge = day.items.find((i) => i.stepKey === 'urgePayment')!;
    expect(urge.count).toBe(2);
    expect(urge.target).toEqual({ page: 'orders', filter: { unpaid: true } });
    expect(day.items.find((i) => i.stepKey === 'prepare')!.count).toBeNull();
    expect(() => core.checklist.check({ itemId: urge.id, note: '', confirmed: false })).toThrow(
      /checklist.error.confirmRequired/,
    );
    clock.at += HOUR;
    const checked = core.checklist.check({ itemId: urge.id, note: '两位买家说晚上付', confirmed: true });
    expect(checked.items.find((i) => i.id === urge.id)).toMatchObject({
      checkedAt: MORNING + HOUR,
      note: '两位买家说晚上付',
    });
    expect(checked.progress).toEqual({ checked: 1, total: 12 });
    const prepare = day.items.find((i) => i.stepKey === 'prepare')!;
    expect(core.checklist.check({ itemId: prepare.id, note: '', confirmed: false }).progress.checked).toBe(2);
    const unchecked = core.checklist.uncheck(urge.id);
    expect(unchecked.items.find((i) => i.id === urge.id)).toMatchObject({
      checkedAt: null,
      note: '两位买家说晚上付',
    });
    expect(unchecked.progress.checked).toBe(1);
  });

  it('reminds an anchored step of an opened day once, when its time comes and it is unchecked', () => {
    const { core, clock, notifier, database } = desk();
    clock.at = Date.UTC(2026, 10, 24, 7, 45); // 15:45 in Shanghai
    // The shift has not started on the Today page: no reminder, and no day made by the timer.
    core.tasks.tick();
    expect(notifier.sent).toEqual([]);
    expect(database.db.select().from(checklistDays).all()).toEqual([]);
    clock.at = Date.UTC(2026, 10, 24, 7, 29); // 15:29
    core.checklist.today();
    core.tasks.tick();
    expect(notifier.sent.filter((n) => n.body.includes('催付'))).toEqual([]);
    clock.at += 60_000; // 15:30
    core.tasks.tick();
    clock.at += 60_000;
    core.tasks.tick();
    expect(notifier.sent.filter((n) => n.body.includes('催付'))).toEqual([
      { title: '15:30 提醒', body: '该做「催付」了' },
    ]);
    // The next day it reminds again, unless the step is already checked.
    clock.at += 24 * HOUR;
    core.checklist.today();
    core.tasks.tick();
    expect(notifier.sent.filter((n) => n.body.includes('催付'))).toHaveLength(2);
    clock.at += 24 * HOUR;
    const urge = core.checklist.today().items.find((i) => i.stepKey === 'urgePayment')!;
    core.checklist.check({ itemId: urge.id, note: '', confirmed: true });
    core.tasks.tick();
    expect(notifier.sent.filter((n) => n.body.includes('催付'))).toHaveLength(2);
  });
});
