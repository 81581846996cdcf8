import { describe, expect, it } from 'vitest';
import {
  FIRST_RUN_VALUES,
  formValuesFromSettings,
  settingsInputFromForm,
  type SettingsFormValues,
} from './settings-form-values';

const values = (freeShippingThreshold: string): SettingsFormValues => ({
  agentName: '小美',
  agentCode: 'KF001',
  role: 'supervisor',
  shopName: '小美家居旗舰店',
  defaultCourier: '中通',
  freeShippingThreshold,
  cutoffTime: '16:30',
  timeZone: 'Asia/Tokyo',
});

describe('settings form ↔ contract input', () => {
  it.each([
    ['99', 9900],
    ['99.9', 9990],
    ['99.99', 9999],
    ['0', 0],
    ['99.00', 9900],
    ['９９', 9900],
    ['¥99', 9900],
  ])('threshold %j yuan is sent as %i fen', (typed, fen) => {
    const result = settingsInputFromForm(values(typed), 'zh-CN');
    expect(result).toEqual({
      ok: true,
      input: {
        language: 'zh-CN',
        agent: { name: '小美', agentCode: 'KF001', role: 'supervisor' },
        shop: {
          name: '小美家居旗舰店',
          defaultCourier: '中通',
          freeShippingThresholdFen: fen,
          cutoffTime: '16:30',
          timeZone: 'Asia/Tokyo',
        },
      },
    });
  });

  it.each(['', '-1', '9.999', 'abc', '99.', '1,000'])(
    'threshold %j is a money-format issue on that field',
    (typed) => {
      expect(settingsInputFromForm(values(typed), 'en-US')).toEqual({
        ok: false,
        issues: [
          { path: ['shop', 'freeShippingThresholdFen'], messageKey: 'validation.money.format', params: {} },
        ],
      });
    },
  );

  it('prefills from saved settings, showing fen as yuan with two decimals', () => {
    const saved = {
      language: 'zh-CN' as const,
      agent: { name: '小美', agentCode: 'KF001', role: 'agent' as const },
      shop: {
        name: '小美家居旗舰店',
        defaultCourier: '顺丰',
        freeShippingThresholdFen: 9900,
        cutoffTime: '17:00',
        timeZone: 'Europe/Berlin',
      },
    };
    expect(formValuesFromSettings(saved)).toEqual({
      agentName: '小美',
      agentCode: 'KF001',
      role: 'agent',
      shopName: '小美家居旗舰店',
      defaultCourier: '顺丰',
      freeShippingThreshold: '99.00',
      cutoffTime: '17:00',
      timeZone: 'Europe/Berlin',
    });
  });

  it('starts first run from empty fields and a 16:00 cut-off on Beijing time', () => {
    expect(formValuesFromSettings({ language: 'zh-CN', agent: null, shop: null })).toBe(FIRST_RUN_VALUES);
    expect(FIRST_RUN_VALUES.cutoffTime).toBe('16:00');
    expect(FIRST_RUN_VALUES.timeZone).toBe('Asia/Shanghai');
  });
});
