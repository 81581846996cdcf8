/**
 * The default SOP checklist (DESIGN.md feature 8), in the SOP's order. Every shop starts with
 * it; the supervisor edits it from there. Phrase groups are named by the default pack's stage
 * (售前 / 售中 / 售后), since group ids exist only once the pack is seeded.
 */
import type { PHRASE_STAGES } from '../../../db/enums';
import type { DataLink } from './checklist-data-links';

export interface DefaultStep {
  stepKey: string;
  titleZh: string;
  titleEn: string;
  helpZh: string;
  helpEn: string;
  dataLink: DataLink | null;
  /** `cutoff` anchors the step an hour before the shop's 截单时间. */
  anchor: 'cutoff' | null;
  phraseStage: (typeof PHRASE_STAGES)[number] | null;
}

export const DEFAULT_TEMPLATE_NAME = { zh: '客服岗位 SOP', en: 'Agent SOP' };

export const DEFAULT_STEPS: readonly DefaultStep[] = [
  {
    stepKey: 'prepare',
    titleZh: '开工准备',
    titleEn: 'Get ready',
    helpZh: '看今日计划、新品和促销活动，熟悉今天要推的商品和优惠。',
    helpEn: "Read today's plan, new products and promotions before the first buyer arrives.",
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'yesterdayLeftovers',
    titleZh: '整理昨日未完成',
    titleEn: "Finish yesterday's leftovers",
    helpZh: '今日事今日毕：先处理昨天没勾完的步骤和已逾期的任务。',
    helpEn: "Clear yesterday's unchecked steps and the overdue tasks first.",
    dataLink: 'overdueTasks',
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'reception',
    titleZh: '在线接待',
    titleEn: 'Chat reception',
    helpZh: '及时回复买家咨询，每次咨询记录询单结果（成交 / 未成交及原因）。',
    helpEn: 'Answer buyers promptly and log every inquiry with its outcome and loss reason.',
    dataLink: 'pendingInquiries',
    anchor: null,
    phraseStage: 'presale',
  },
  {
    stepKey: 'verifyAddress',
    titleZh: '核对收件信息',
    titleEn: 'Verify receiver details',
    helpZh: '买家付款后核对收件人、电话、地址和快递，发货前确认无误。',
    helpEn: 'After payment, confirm receiver, phone, address and courier before the parcel leaves.',
    dataLink: 'paidUnverified',
    anchor: null,
    phraseStage: 'insale',
  },
  {
    stepKey: 'remarks',
    titleZh: '修改备注',
    titleEn: 'Update remarks',
    helpZh: '买家的特殊要求写进订单备注并插小红旗，注明原因和工号。',
    helpEn: "Put buyers' special requests in the order remark with a flag, a reason and your staff number.",
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
  {
    stepKey: 'shipNotice',
    titleZh: '发货通知',
    titleEn: 'Shipping notices',
    helpZh: '告诉买家包裹已发出，附快递公司和单号。',
    helpEn: 'Tell buyers their parcel has left, with courier and tracking number.',
    dataLink: 'shippedTodayWithoutNotice',
    anchor: null,
    phraseStage: 'insale',
  },
  {
    stepKey: 'urgePayment',
    titleZh: '催付',
    titleEn: 'Urge payment',
    helpZh: '截单前联系拍下未付款的买家，语气友好，不要频繁打扰。',
    helpEn: 'Before the cut-off, remind buyers of unpaid orders — friendly, and only once.',
    dataLink: 'unpaidOrders',
    anchor: 'cutoff',
    phraseStage: 'insale',
  },
  {
    stepKey: 'logistics',
    titleZh: '物流查询',
    titleEn: 'Track parcels',
    helpZh: '发货满 3 天未签收的订单查物流，异常件马上联系快递和买家。',
    helpEn: 'Check parcels shipped 3+ days ago and not signed; act at once on exceptions.',
    dataLink: 'shippedNotSigned',
    anchor: null,
    phraseStage: 'aftersale',
  },
  {
    stepKey: 'reviews',
    titleZh: '评价',
    titleEn: 'Reviews',
    helpZh: '给已签收的订单评价，并邀请买家评价。',
    helpEn: 'Review signed orders and invite buyers to leave a review.',
    dataLink: 'unreviewedCompleted',
    anchor: null,
    phraseStage: 'aftersale',
  },
  {
    stepKey: 'badReviews',
    titleZh: '中差评处理',
    titleEn: 'Handle bad reviews',
    helpZh: '中差评当天处理：联系买家了解原因、解决问题，争取修改评价。',
    helpEn: 'Handle neutral and bad reviews the same day: reach out, fix the problem.',
    dataLink: 'openBadReviews',
    anchor: null,
    phraseStage: 'aftersale',
  },
  {
    stepKey: 'returns',
    titleZh: '退换货登记',
    titleEn: 'Register returns',
    helpZh: '登记当天的退货、换货和仅退款，写清原因和退回单号。',
    helpEn: "Register the day's returns, exchanges and refunds with reason and tracking number.",
    dataLink: 'returnsToday',
    anchor: null,
    phraseStage: 'aftersale',
  },
  {
    stepKey: 'dailyLog',
    titleZh: '提交日报',
    titleEn: 'Submit the daily log',
    helpZh: '下班前查看日报，确认数据无误后提交给主管。',
    helpEn: 'Before you leave, review your daily log and hand it to your supervisor.',
    dataLink: null,
    anchor: null,
    phraseStage: null,
  },
];

/** An hour before the cut-off, not before noon (催付 is an afternoon step) unless the cut-off is. */
export function anchorBeforeCutoff(cutoffTime: string): string {
  const [hours, minutes] = cutoffTime.split(':').map(Number);
  const cutoff = hours! * 60 + minutes!;
  const total = Math.min(cutoff, Math.max(12 * 60, cutoff - 60));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
