/**
 * `kefu settings get|set` keys ↔ the settings shape. Amounts are typed in yuan like in the UI;
 * everything is validated by the same contract method the app uses.
 */
import type { Settings, SettingsInput } from '../core/settings/settings-schema';
import { formatFenAsYuan, parseYuanToFen } from '../../common/yuan';

interface SettingKey {
  read(settings: Settings): string | undefined;
  /** Returns the whole input with this key changed, or null when the text cannot be read. */
  write(input: SettingsInput, text: string): SettingsInput | null;
}

const agentField = (field: 'name' | 'agentCode' | 'role'): SettingKey => ({
  read: (s) => s.agent?.[field],
  write: (input, text) => ({ ...input, agent: { ...input.agent, [field]: text } }),
});

const shopField = (field: 'name' | 'defaultCourier' | 'cutoffTime' | 'timeZone'): SettingKey => ({
  read: (s) => s.shop?.[field],
  write: (input, text) => ({ ...input, shop: { ...input.shop, [field]: text } }),
});

export const SETTING_KEYS: Record<string, SettingKey> = {
  language: {
    read: (s) => s.language,
    write: (input, text) => ({ ...input, language: text as SettingsInput['language'] }),
  },
  'agent.name': agentField('name'),
  'agent.agentCode': agentField('agentCode'),
  'agent.role': agentField('role'),
  'shop.name': shopField('name'),
  'shop.defaultCourier': shopField('defaultCourier'),
  'shop.cutoffTime': shopField('cutoffTime'),
  'shop.timeZone': shopField('timeZone'),
  'shop.freeShippingThreshold': {
    read: (s) => (s.shop ? formatFenAsYuan(s.shop.freeShippingThresholdFen) : undefined),
    write: (input, text) => {
      const fen = parseYuanToFen(text);
      return fen === null ? null : { ...input, shop: { ...input.shop, freeShippingThresholdFen: fen } };
    },
  },
};

export const isSettingKey = (key: string): boolean => Object.hasOwn(SETTING_KEYS, key);
