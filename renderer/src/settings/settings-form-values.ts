/**
 * What the settings form edits (text as typed) ↔ what the contract stores. The only conversion
 * that can fail here is the free-shipping threshold, typed in yuan and stored in integer fen;
 * everything else is checked by the host, whose issues come back onto the same fields.
 */
import type { ValidationIssue } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import type { Language, PROFILE_ROLES } from '../../../db/enums';
import { formatFenAsYuan, parseYuanToFen } from '../../../common/yuan';
import { PATH_OF_FIELD } from './settings-fields';
import { DEFAULT_TIME_ZONE } from './time-zone-choices';

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

/** First run: an ordinary agent, and the 16:00 cut-off (Beijing time) most shops start with. */
export const FIRST_RUN_VALUES: SettingsFormValues = {
  agentName: '',
  agentCode: '',
  role: 'agent',
  shopName: '',
  defaultCourier: '',
  freeShippingThreshold: '',
  cutoffTime: '16:00',
  timeZone: DEFAULT_TIME_ZONE,
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

export function settingsInputFromForm(values: SettingsFormValues, language: Language): FormConversion {
  const fen = parseYuanToFen(values.freeShippingThreshold);
  if (fen === null) {
    return {
      ok: false,
      issues: [
        { path: PATH_OF_FIELD.freeShippingThreshold, messageKey: 'validation.money.format', params: {} },
      ],
    };
  }
  return {
    ok: true,
    input: {
      language,
      agent: { name: values.agentName, agentCode: values.agentCode, role: values.role },
      shop: {
        name: values.shopName,
        defaultCourier: values.defaultCourier,
        freeShippingThresholdFen: fen,
        cutoffTime: values.cutoffTime,
        timeZone: values.timeZone,
      },
    },
  };
}
