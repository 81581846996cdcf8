import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../test-support/test-desk';
import { DEFAULT_STEPS } from './default-checklist-template';
import { defaultStepsFor, isSeededTemplate, positionStepTitles } from './position-checklist-steps';

/** 2026-11-24 09:00 in Shanghai (01:00 UTC). */
const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const DAY = '2026-11-24';

const asTemplateSteps = (steps: typeof DEFAULT_STEPS) =>
  steps.map(({ stepKey, titleZh, titleEn, helpZh, helpEn, dataLink }) => ({
    stepKey,
    titleZh,
    titleEn,
    helpZh,
    helpEn,
    dataLink,
  }));

describe('a position picks its default checklist', () => {
  it('售前 and no position work the shop SOP; 售后 and 订单专员 their duties', () => {
    expect(defaultStepsFor('presale')).toBe(DEFAULT_STEPS);
    expect(defaultStepsFor(null)).toBe(DEFAULT_STEPS);
    expect(defaultStepsFor('orderDesk').map((s) => s.titleZh)).toEqual([
      '开工准备',
      '整理昨日未完成',
      '漏单排查',
      '订单状态跟进',
      '订单信息修改',
      '订单取消',
      '缺货电话呼出',
      '发票汇总',
      '提交日报',
    ]);
    expect(defaultStepsFor('aftersale').map((s) => s.titleZh)).toEqual([
      '开工准备',
      '整理昨日未完成',
      '退换货指令创建',
      '退换货登记',
      '发票登记',
      '线下退款登记',
      '简单投诉处理',
      '物流查询',
      '中差评处理',
      '提交日报',
    ]);
  });

  it('knows the seeded template from an edited one', () => {
    const seeded = asTemplateSteps(DEFAULT_STEPS);
    expect(isSeededTemplate(seeded)).toBe(true);
    expect(isSeededTemplate(seeded.map((s, i) => (i === 3 ? { ...s, titleZh: '核对地址' } : s)))).toBe(false);
    expect(isSeededTemplate(seeded.slice(1))).toBe(false);
    expect(isSeededTemplate([seeded[1]!, seeded[0]!, ...seeded.slice(2)])).toBe(false);
  });

  it('names only the steps a position adds', () => {
    expect(positionStepTitles('stockoutCalls')).toEqual({
      titleZh: '缺货电话呼出',
      titleEn: 'Call buyers about stock-outs',
    });
    expect(positionStepTitles('urgePayment')).toBeNull();
  });
});

describe("the agent's day by position", () => {
  function desk(role: 'agent' | 'supervisor' = 'agent') {
    const clock = { at: MORNING, now: () => clock.at };
    return { clock, ...openTestDesk({ clock, role, prefix: 'kefu-position-' }) };
  }

  it('an 订单专员 gets the order desk list with the SOP anchor before the cut-off, and the daily log names it', () => {
    const { core } = desk();
    core.settings.setPosition('orderDesk');
    const today = core.checklist.today();
    expect(today.items.map((item) => item.step.titleZh)).toEqual(
      defaultStepsFor('orderDesk').map((s) => s.titleZh),
    );
    const missed = today.items.find((item) => item.stepKey === 'missedOrders')!;
    // The sample shop's cut-off is 16:30.
    expect(missed.step).toMatchObject({ anchorTime: '15:30', dataLink: 'paidUnverified' });
    expect(missed.count).toBe(0);
    const groups = core.library.groups();
    expect(groups.find((g) => g.id === missed.step.phraseGroupId)?.stage).toBe('insale');

    const checked = core.checklist.check({ itemId: missed.id, note: '无漏单', confirmed: false });
    expect(checked.progress).toEqual({ checked: 1, total: 9 });
    const log = core.reports.daily({ from: DAY, to: DAY }).logs[0]!;
    expect(log.checklistItems.map((item) => item.titleZh)).toEqual(
      defaultStepsFor('orderDesk').map((s) => s.titleZh),
    );
    expect(log.checklistItems.find((item) => item.stepKey === 'missedOrders')).toMatchObject({
      note: '无漏单',
    });
  });

  it('a 售前 agent keeps the SOP; once the supervisor edits the template it is everyone’s', () => {
    const presale = desk();
    presale.core.settings.setPosition('presale');
    expect(presale.core.checklist.today().items.map((i) => i.stepKey)).toEqual(
      DEFAULT_STEPS.map((s) => s.stepKey),
    );

    const { core } = desk('supervisor');
    core.settings.setPosition('aftersale');
    const step = core.checklist.template().steps.find((s) => s.stepKey === 'remarks')!;
    core.checklist.saveStep({ ...step, titleZh: '修改备注（插旗）', dataLink: null });
    const titles = core.checklist.today().items.map((item) => item.step.titleZh);
    expect(titles).toContain('修改备注（插旗）');
    expect(titles).not.toContain('线下退款登记');
  });

  it('a position chosen after the day opened swaps its unchecked steps; checked work stays', () => {
    const { core } = desk();
    const sop = core.checklist.today();
    const prepare = sop.items.find((item) => item.stepKey === 'prepare')!;
    const remarks = sop.items.find((item) => item.stepKey === 'remarks')!;
    core.checklist.check({ itemId: remarks.id, note: '改了两单备注', confirmed: false });
    core.checklist.check({ itemId: prepare.id, note: '', confirmed: false });

    core.settings.setPosition('orderDesk');
    const today = core.checklist.today();
    expect(today.items.map((item) => item.stepKey)).toEqual(
      defaultStepsFor('orderDesk').map((s) => s.stepKey),
    );
    // 开工准备 is on both lists: the same item, still checked.
    expect(today.items.find((item) => item.stepKey === 'prepare')!.id).toBe(prepare.id);
    expect(today.progress).toEqual({ checked: 1, total: 9 });

    const log = core.reports.daily({ from: DAY, to: DAY }).logs[0]!;
    // The order desk's nine steps and the checked 修改备注 from before: no stale unchecked SOP step.
    expect(log.checklistItems.map((item) => item.stepKey).sort()).toEqual(
      [...defaultStepsFor('orderDesk').map((s) => s.stepKey), 'remarks'].sort(),
    );
    expect(log.checklistItems.find((item) => item.stepKey === 'remarks')).toMatchObject({
      note: '改了两单备注',
    });
  });
});
