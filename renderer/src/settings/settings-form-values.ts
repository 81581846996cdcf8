/**
 * What the settings form edits (text as typed) ↔ what the contract stores. Every field is checked
 * here by the host's own rule for it (common/settings/settings-rules.ts), so one submit shows every
 * problem and a flagged field clears as soon as it is right; the free-shipping threshold, typed in
 * yuan, is converted to integer fen first.
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import type { Language, PROFILE_ROLES } from '../../../db/enums';
import {
  agentCodeRule,
  agentNameRule,
  courierRule,
  cutoffTimeRule,
  shopNameRule,
  thresholdFenRule,
  timeZoneRule,
} from '../../../common/settings/settings-rules';
import { FIRST_RUN_DEFAULTS } from '../../../common/settings/first-run-defaults';
import { formatFenAsYuan, parseYuanToFen } from '../../../common/yuan';
import { PATH_OF_FIELD, type SettingsField } from './settings-fields';

export type Settings = MethodOutput<'settings.get'>;
export type SettingsInput = MethodInput<'settings.save'>;

export type ProfileRole = (typeof PROFILE_ROLES)[number];

export interface SettingsFormValues {
  agentName: string;
  agentCode: string;
  role: ProfileRole;
  shopName: string;
  defaultCourier: string;
  /** Yuan as typed: `99`, `99.00`, `９９`. */
  freeShippingThreshold: string;
  /** `HH:mm`, 24-hour. */
  cutoffTime: string;
  /** IANA name: the shop's clock for cut-off, days and every time shown. */
  timeZone: string;
}

/** First run: the defaults `kefu setup` assumes too (common/settings/first-run-defaults.ts). */
export const FIRST_RUN_VALUES: SettingsFormValues = {
  agentName: '',
  agentCode: '',
  shopName: '',
  freeShippingThreshold: '',
  ...FIRST_RUN_DEFAULTS,
};

export function formValuesFromSettings(settings: Settings): SettingsFormValues {
  if (!settings.agent || !settings.shop) return FIRST_RUN_VALUES;
  return {
    agentName: settings.agent.name,
    agentCode: settings.agent.agentCode,
    role: settings.agent.role,
    shopName: settings.shop.name,
    defaultCourier: settings.shop.defaultCourier,
    freeShippingThreshold: formatFenAsYuan(settings.shop.freeShippingThresholdFen),
    cutoffTime: settings.shop.cutoffTime,
    timeZone: settings.shop.timeZone,
  };
}

export type FormConversion = { ok: true; input: SettingsInput } | { ok: false; issues: ValidationIssue[] };

/** The fields the form checks itself (language and role are picked from lists). */
export const CHECKED_FIELDS = [
  'agentName',
  'agentCode',
  'shopName',
  'defaultCourier',
  'freeShippingThreshold',
  'cutoffTime',
  'timeZone',
] as const satisfies readonly SettingsField[];

export type CheckedField = (typeof CHECKED_FIELDS)[number];

const issueAt = (field: SettingsField, messageKey: string, params: Record<string, unknown> = {}) => ({
  path: PATH_OF_FIELD[field],
  messageKey,
  params,
});

/** The rule's first issue for the value, shaped like the host's (placeholders such as `maximum` kept). */
function ruleIssue(field: SettingsField, rule: z.ZodType, value: unknown): ValidationIssue | null {
  const first = rule.safeParse(value).error?.issues[0];
  if (!first) return null;
  const {
    code: _code,
    path: _path,
    message,
    input: _input,
    ...params
  } = first as typeof first & {
    input?: unknown;
  };
  return issueAt(field, message, params);
}

/** The threshold in fen, or the issue: an empty box asks for a value, a bad one for an amount. */
function thresholdOf(typed: string): { fen: number } | { issue: ValidationIssue } {
  if (typed.trim() === '')
    return { issue: issueAt('freeShippingThreshold', 'validation.threshold.required') };
  const fen = parseYuanToFen(typed);
  if (fen === null) return { issue: issueAt('freeShippingThreshold', 'validation.money.format') };
  const issue = ruleIssue('freeShippingThreshold', thresholdFenRule, fen);
  return issue ? { issue } : { fen };
}

export function fieldIssue(field: CheckedField, values: SettingsFormValues): ValidationIssue | null {
  switch (field) {
    case 'agentName':
      return ruleIssue(field, agentNameRule, values.agentName);
    case 'agentCode':
      return ruleIssue(field, agentCodeRule, values.agentCode);
    case 'shopName':
      return ruleIssue(field, shopNameRule, values.shopName);
    case 'defaultCourier':
      return ruleIssue(field, courierRule, values.defaultCourier);
    case 'freeShippingThreshold': {
      const threshold = thresholdOf(values.freeShippingThreshold);
      return 'issue' in threshold ? threshold.issue : null;
    }
    case 'cutoffTime':
      return ruleIssue(field, cutoffTimeRule, values.cutoffTime);
    case 'timeZone':
      return ruleIssue(field, timeZoneRule, values.timeZone);
  }
}

/** Every field's problem at once, in form order; the input to save when there is none. */
export function settingsInputFromForm(values: SettingsFormValues, language: Language): FormConversion {
  const issues = CHECKED_FIELDS.flatMap((field) => fieldIssue(field, values) ?? []);
  const threshold = thresholdOf(values.freeShippingThreshold);
  if (issues.length > 0 || 'issue' in threshold) return { ok: false, issues };
  return {
    ok: true,
    input: {
      language,
      agent: { name: values.agentName, agentCode: values.agentCode, role: values.role },
      shop: {
        name: values.shopName,
        defaultCourier: values.defaultCourier,
        freeShippingThresholdFen: threshold.fen,
        cutoffTime: values.cutoffTime,
        timeZone: values.timeZone,
      },
    },
  };
}
