/**
 * The values the panel knows without asking: agent profile, shop settings, the customer/order
 * picked in the context line, and the shop's local date and time. Whatever is absent is left
 * out, so the inline form asks the agent for it instead of pasting a blank.
 */
import { formatFenAsYuan } from '../../../common/yuan';
import type { VariableKey } from './phrase-variables';

export interface VariableContext {
  buyerNick?: string;
  orderNo?: string;
  courier?: string;
  trackingNo?: string;
  /** 实付金额 of the order in context, in yuan. */
  paidAmount?: string;
}

export interface VariableValuesInput {
  agent: { name: string; agentCode: string } | null;
  shop: { name: string; defaultCourier: string; freeShippingThresholdFen: number; cutoffTime: string } | null;
  context: VariableContext;
  now: number;
  /** The shop's zone, not the machine's: "today" is the day the buyer and the warehouse live in. */
  timeZone: string;
  language: 'zh-CN' | 'en-US';
}

/** 9900 → "99", 9950 → "99.5": buyers read 满99元包邮, never 满99.00元. */
function thresholdYuan(fen: number): string {
  return formatFenAsYuan(fen).replace(/\.?0+$/, '');
}

function today(now: number, timeZone: string, language: 'zh-CN' | 'en-US'): string {
  if (language === 'en-US') {
    return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric' }).format(now);
  }
  // Built from parts: Intl's zh-CN month/day output differs between ICU versions ("11月24日" vs "11/24").
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('month')}月${part('day')}日`;
}

function clockTime(now: number, timeZone: string): string {
  // hourCycle h23, not hour12: false, which some engines render as "24:05" just after midnight.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}

export function variableValues(input: VariableValuesInput): Partial<Record<VariableKey, string>> {
  const { agent, shop, context, now, timeZone, language } = input;
  const candidates: Record<VariableKey, string | undefined> = {
    buyerNick: context.buyerNick,
    orderNo: context.orderNo,
    // The order's own courier when the context has one; otherwise the shop ships with its default.
    courier: context.courier?.trim() || shop?.defaultCourier,
    trackingNo: context.trackingNo,
    paidAmount: context.paidAmount,
    agentName: agent?.name,
    agentCode: agent?.agentCode,
    shopName: shop?.name,
    cutoffTime: shop?.cutoffTime,
    // 0 is the "not set" default of the shop settings; 满0元包邮 would be a promise nobody made.
    freeShippingThreshold:
      shop && shop.freeShippingThresholdFen > 0 ? thresholdYuan(shop.freeShippingThresholdFen) : undefined,
    today: today(now, timeZone, language),
    time: clockTime(now, timeZone),
  };
  const values: Partial<Record<VariableKey, string>> = {};
  for (const [key, value] of Object.entries(candidates) as [VariableKey, string | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) values[key] = trimmed;
  }
  return values;
}
