/** Locale keys for customer and inquiry value lists, written out for the i18n test. */
import type { CONCERNS, CUSTOMER_TYPES, INQUIRY_OUTCOMES, LOSS_REASONS, PLATFORMS } from '../../../db/enums';

export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type Concern = (typeof CONCERNS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number];
export type LossReason = (typeof LOSS_REASONS)[number];

export const CUSTOMER_TYPE_LABEL_KEYS: Readonly<Record<CustomerType, string>> = {
  sociable: 'customers.type.sociable',
  decisive: 'customers.type.decisive',
  polite: 'customers.type.polite',
  bargainer: 'customers.type.bargainer',
  nonPayer: 'customers.type.nonPayer',
};

export const CONCERN_LABEL_KEYS: Readonly<Record<Concern, string>> = {
  credit: 'customers.concern.credit',
  lowPriceQuality: 'customers.concern.lowPriceQuality',
  whichToChoose: 'customers.concern.whichToChoose',
  paymentSafety: 'customers.concern.paymentSafety',
  delivery: 'customers.concern.delivery',
  damage: 'customers.concern.damage',
  returnPostage: 'customers.concern.returnPostage',
};

export const PLATFORM_LABEL_KEYS: Readonly<Record<Platform, string>> = {
  taobao: 'customers.platform.taobao',
  tmall: 'customers.platform.tmall',
  jd: 'customers.platform.jd',
  pdd: 'customers.platform.pdd',
  douyin: 'customers.platform.douyin',
  other: 'customers.platform.other',
};

export const OUTCOME_LABEL_KEYS: Readonly<Record<InquiryOutcome, string>> = {
  pending: 'inquiries.outcomeLabel.pending',
  converted: 'inquiries.outcomeLabel.converted',
  lost: 'inquiries.outcomeLabel.lost',
};

export const LOSS_REASON_LABEL_KEYS: Readonly<Record<LossReason, string>> = {
  price: 'inquiries.lossReasonLabel.price',
  service: 'inquiries.lossReasonLabel.service',
  outOfStock: 'inquiries.lossReasonLabel.outOfStock',
  other: 'inquiries.lossReasonLabel.other',
};

/** `a, b、c；d` → `['a', 'b', 'c', 'd']`: tags as Chinese and English typists separate them. */
export function splitList(text: string, lines = false): string[] {
  const separator = lines ? /\r?\n/ : /[,，、;；\n]/;
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}
