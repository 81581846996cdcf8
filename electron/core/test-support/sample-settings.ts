/** One realistic first-run setup shared by tests and benchmarks. */
import type { SettingsInput } from '../settings/settings-schema';

export const SAMPLE_SETTINGS: SettingsInput = {
  language: 'zh-CN',
  agent: { name: '林小雨', agentCode: 'KF007', role: 'agent' },
  shop: {
    name: '小鹿家居旗舰店',
    defaultCourier: '中通',
    freeShippingThresholdFen: 9900,
    cutoffTime: '16:30',
  },
};
