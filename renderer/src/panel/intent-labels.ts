/**
 * The i18n key naming each situation the suggestion engine recognises, spelled out so the key test
 * sees every one and the type makes a new INTENT_ID without a label a compile error.
 */
import type { IntentId } from '../../../common/suggest/suggestion-types';

export const INTENT_LABEL_KEYS: Record<IntentId, string> = {
  greeting: 'suggest.intent.greeting',
  stillThere: 'suggest.intent.stillThere',
  stock: 'suggest.intent.stock',
  outOfStock: 'suggest.intent.outOfStock',
  shipTime: 'suggest.intent.shipTime',
  courier: 'suggest.intent.courier',
  arrival: 'suggest.intent.arrival',
  bargain: 'suggest.intent.bargain',
  tooExpensive: 'suggest.intent.tooExpensive',
  quality: 'suggest.intent.quality',
  colorDiff: 'suggest.intent.colorDiff',
  material: 'suggest.intent.material',
  size: 'suggest.intent.size',
  gift: 'suggest.intent.gift',
  shippingFee: 'suggest.intent.shippingFee',
  promotion: 'suggest.intent.promotion',
  considering: 'suggest.intent.considering',
  payment: 'suggest.intent.payment',
  paid: 'suggest.intent.paid',
  paymentReminder: 'suggest.intent.paymentReminder',
  addressCheck: 'suggest.intent.addressCheck',
  addressChange: 'suggest.intent.addressChange',
  remark: 'suggest.intent.remark',
  shippedNotice: 'suggest.intent.shippedNotice',
  logistics: 'suggest.intent.logistics',
  logisticsDelay: 'suggest.intent.logisticsDelay',
  returnGoods: 'suggest.intent.returnGoods',
  qualityProblem: 'suggest.intent.qualityProblem',
  exchange: 'suggest.intent.exchange',
  refundProgress: 'suggest.intent.refundProgress',
  damaged: 'suggest.intent.damaged',
  signedFor: 'suggest.intent.signedFor',
  delivery: 'suggest.intent.delivery',
  goodReview: 'suggest.intent.goodReview',
  badReview: 'suggest.intent.badReview',
  complaint: 'suggest.intent.complaint',
  followUp: 'suggest.intent.followUp',
  wait: 'suggest.intent.wait',
  apology: 'suggest.intent.apology',
  afterHours: 'suggest.intent.afterHours',
  closing: 'suggest.intent.closing',
  invoice: 'suggest.intent.invoice',
};

const isIntentId = (id: string): id is IntentId => Object.hasOwn(INTENT_LABEL_KEYS, id);

/** The label keys of the intents the host named, in its order; an id this build does not know is left out. */
export function intentLabelKeys(intents: readonly string[]): string[] {
  return intents.filter(isIntentId).map((id) => INTENT_LABEL_KEYS[id]);
}
