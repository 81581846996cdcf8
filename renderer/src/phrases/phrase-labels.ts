/**
 * Locale keys for the phrase library's value lists (stages, scopes, lint categories, variables),
 * written out so the key test sees every one and a new value fails to type-check until named.
 */
import type { MethodOutput } from '../../../electron/api/contract';
import type { PHRASE_STAGES, ROW_SCOPES } from '../../../db/enums';

export type VariableKey = MethodOutput<'phrases.render'>['missing'][number];
export type Stage = (typeof PHRASE_STAGES)[number];
export type Scope = (typeof ROW_SCOPES)[number];
type Finding = MethodOutput<'phrases.preview'>['findings'][number];

export const STAGE_LABEL_KEYS: Readonly<Record<Stage, string>> = {
  presale: 'phrases.stage.presale',
  insale: 'phrases.stage.insale',
  aftersale: 'phrases.stage.aftersale',
  general: 'phrases.stage.general',
};

export const SCOPE_LABEL_KEYS: Readonly<Record<Scope, string>> = {
  team: 'phrases.scope.team',
  personal: 'phrases.scope.personal',
};

export const LINT_CATEGORY_LABEL_KEYS: Readonly<Record<Finding['category'], string>> = {
  negative: 'lint.category.negative',
  absolute: 'lint.category.absolute',
  diversion: 'lint.category.diversion',
  invoice: 'lint.category.invoice',
  variable: 'lint.category.variable',
  unknownVariable: 'lint.category.unknownVariable',
  pastCutoff: 'lint.category.pastCutoff',
};

export const LINT_SEVERITY_LABEL_KEYS: Readonly<Record<Finding['severity'], string>> = {
  warning: 'lint.severity.warning',
  error: 'lint.severity.error',
};

/** Display names (买家昵称 / Buyer nickname), in the order the picker offers them. */
export const VARIABLE_LABEL_KEYS: Readonly<Record<VariableKey, string>> = {
  buyerNick: 'variables.names.buyerNick',
  orderNo: 'variables.names.orderNo',
  courier: 'variables.names.courier',
  trackingNo: 'variables.names.trackingNo',
  paidAmount: 'variables.names.paidAmount',
  agentName: 'variables.names.agentName',
  agentCode: 'variables.names.agentCode',
  shopName: 'variables.names.shopName',
  cutoffTime: 'variables.names.cutoffTime',
  freeShippingThreshold: 'variables.names.freeShippingThreshold',
  today: 'variables.names.today',
  time: 'variables.names.time',
};

/** What the picker writes between the braces: a name the host resolves (`买家昵称`, `buyer`). */
export const VARIABLE_TOKEN_KEYS: Readonly<Record<VariableKey, string>> = {
  buyerNick: 'variables.tokens.buyerNick',
  orderNo: 'variables.tokens.orderNo',
  courier: 'variables.tokens.courier',
  trackingNo: 'variables.tokens.trackingNo',
  paidAmount: 'variables.tokens.paidAmount',
  agentName: 'variables.tokens.agentName',
  agentCode: 'variables.tokens.agentCode',
  shopName: 'variables.tokens.shopName',
  cutoffTime: 'variables.tokens.cutoffTime',
  freeShippingThreshold: 'variables.tokens.freeShippingThreshold',
  today: 'variables.tokens.today',
  time: 'variables.tokens.time',
};

export const VARIABLE_KEYS = Object.keys(VARIABLE_LABEL_KEYS) as VariableKey[];
