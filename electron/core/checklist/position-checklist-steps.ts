/**
 * The default checklist of each position (岗位, common/positions.ts), from the duties the seed
 * 电商客服团队培训 lists. 售前 works the shop's default SOP (default-checklist-template.ts); 售后
 * and 订单专员 get their own list, sharing the SOP's steps where the duty is the same (开工准备,
 * 整理昨日未完成, 退换货登记, 物流查询, 中差评处理, 提交日报) so a step keeps its key, data link and
 * anchor whoever works it.
 */
import type { Position } from '../../../common/positions';
import { DEFAULT_STEPS, type DefaultStep } from './default-checklist-template';

const shared = (stepKey: string): DefaultStep => DEFAULT_STEPS.find((step) => step.stepKey === stepKey)!;

const AFTERSALE_STEPS: readonly DefaultStep[] = [
  shared('prepare'),
  shared('yesterdayLeftovers'),
  {
    stepKey: 'returnOrders',
    titleZh: '退换货指令创建',
    titleEn: 'Create return orders',
    helpZh: '买家申请退换货时核实原因和商品状况，在后台创建退货或换货指令，告诉买家退回地址。',
    helpEn:
      'When a buyer asks to return or exchange, check the reason and the item, create the return order and send the return address.',
    dataLink: null,
    anchor: null,
    phraseStage: 'aftersale',
  },
  shared('returns'),
  {
    stepKey: 'invoiceRegister',
    titleZh: '发票登记',
    titleEn: 'Register invoices',
    helpZh: '登记买家要开的发票：抬头、税号、金额和寄送方式，核对无误后交去开票。',
    helpEn:
      'Register the invoices buyers asked for — title, tax number, amount, delivery — and pass them on to be issued.',
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'offlineRefunds',
    titleZh: '线下退款登记',
    titleEn: 'Register offline refunds',
    helpZh: '补差价、运费补偿等线下退款逐笔登记金额、原因和订单号。',
    helpEn:
      'Record every refund made outside the platform (price differences, postage) with amount, reason and order number.',
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'complaints',
    titleZh: '简单投诉处理',
    titleEn: 'Handle simple complaints',
    helpZh: '按投诉六步处理：让买家倾诉、道歉、了解情况、提出方案、征求意见、回访；处理不了的升级给主管。',
    helpEn:
      'Follow the six complaint steps: listen, apologise, get the facts, propose, ask, call back; escalate what you cannot settle.',
    dataLink: 'openComplaints',
    anchor: null,
    phraseStage: 'aftersale',
  },
  shared('logistics'),
  shared('badReviews'),
  shared('dailyLog'),
];

const ORDER_DESK_STEPS: readonly DefaultStep[] = [
  shared('prepare'),
  shared('yesterdayLeftovers'),
  {
    stepKey: 'missedOrders',
    titleZh: '漏单排查',
    titleEn: 'Check for missed orders',
    helpZh: '截单前核对已付款的订单是否都已审单、核对地址并安排发货，找出漏审漏发的订单。',
    helpEn:
      'Before the cut-off, make sure every paid order is checked, verified and on its way; catch any that slipped through.',
    dataLink: 'paidUnverified',
    // The SOP clock: missed orders are caught while they can still ship today.
    anchor: 'cutoff',
    phraseStage: 'insale',
  },
  {
    stepKey: 'orderFollowUp',
    titleZh: '订单状态跟进',
    titleEn: 'Follow up order status',
    helpZh: '跟进发货满 3 天未签收和物流异常的订单，及时联系快递和买家。',
    helpEn:
      'Follow parcels shipped 3+ days ago and not signed, and logistics exceptions; contact courier and buyer.',
    dataLink: 'shippedNotSigned',
    anchor: null,
    phraseStage: 'insale',
  },
  {
    stepKey: 'orderEdits',
    titleZh: '订单信息修改',
    titleEn: 'Amend orders',
    helpZh: '按买家要求修改地址、规格和备注，插旗并写清原因和工号。',
    helpEn:
      'Change address, options and remarks as buyers ask, with a flag, the reason and your staff number.',
    dataLink: null,
    anchor: null,
    phraseStage: 'insale',
  },
  {
    stepKey: 'orderCancel',
    titleZh: '订单取消',
    titleEn: 'Cancel orders',
    helpZh: '买家要求取消的订单，确认未发货后取消，并在备注写明原因。',
    helpEn: 'Cancel orders buyers asked to cancel once you are sure they have not shipped; note the reason.',
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'stockoutCalls',
    titleZh: '缺货电话呼出',
    titleEn: 'Call buyers about stock-outs',
    helpZh: '缺货的订单打电话联系买家，商量换款、等货或退款。',
    helpEn: 'Call the buyers of out-of-stock orders: another item, wait, or a refund.',
    dataLink: null,
    anchor: null,
    phraseStage: 'insale',
  },
  {
    stepKey: 'invoiceSummary',
    titleZh: '发票汇总',
    titleEn: 'Summarise invoices',
    helpZh: '汇总当天已开和待开的发票，核对后交给财务。',
    helpEn: "Total the day's issued and pending invoices and hand them to finance.",
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  shared('dailyLog'),
];

/** The default steps for a position: 售前 (or none chosen) the shop's SOP. */
export function defaultStepsFor(position: Position | null): readonly DefaultStep[] {
  if (position === 'aftersale') return AFTERSALE_STEPS;
  if (position === 'orderDesk') return ORDER_DESK_STEPS;
  return DEFAULT_STEPS;
}

const OWN_STEPS: ReadonlyMap<string, DefaultStep> = new Map(
  [...AFTERSALE_STEPS, ...ORDER_DESK_STEPS]
    .filter((step) => !DEFAULT_STEPS.includes(step))
    .map((step) => [step.stepKey, step]),
);

/**
 * The titles of a step only a position's list has (never a template row), or null: the daily
 * log names a day's items by them. A step of the shop's SOP is named by the template, and one the
 * supervisor removed is not named at all.
 */
export function positionStepTitles(stepKey: string): { titleZh: string; titleEn: string } | null {
  const step = OWN_STEPS.get(stepKey);
  return step ? { titleZh: step.titleZh, titleEn: step.titleEn } : null;
}

/**
 * Whether the shop's template is still the seeded SOP, as nobody changed it: same steps in the
 * same order with the same texts and links (anchor times and phrase groups follow the shop's
 * cut-off and pack, and say nothing about an edit). Only then does a position's own list replace
 * it; a template the supervisor wrote is the team's SOP for everyone.
 */
export function isSeededTemplate(
  steps: readonly {
    stepKey: string;
    titleZh: string;
    titleEn: string;
    helpZh: string;
    helpEn: string;
    dataLink: string | null;
  }[],
): boolean {
  return (
    steps.length === DEFAULT_STEPS.length &&
    steps.every((step, index) => {
      const seeded = DEFAULT_STEPS[index]!;
      return (
        step.stepKey === seeded.stepKey &&
        step.titleZh === seeded.titleZh &&
        step.titleEn === seeded.titleEn &&
        step.helpZh === seeded.helpZh &&
        step.helpEn === seeded.helpEn &&
        step.dataLink === seeded.dataLink
      );
    })
  );
}
