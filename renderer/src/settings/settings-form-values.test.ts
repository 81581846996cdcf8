import { describe, expect, it } from 'vitest';
import {
  fieldIssue,
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

  it.each(['-1', '9.999', 'abc', '99.', '1,000'])(
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

  it('asks for an empty threshold instead of calling it a bad amount', () => {
    expect(settingsInputFromForm(values(' '), 'zh-CN')).toEqual({
      ok: false,
      issues: [
        {
          path: ['shop', 'freeShippingThresholdFen'],
          messageKey: 'validation.threshold.required',
          params: {},
        },
      ],
    });
  });

  it('reports every field at once, each with the message for its case, in form order', () => {
    const result = settingsInputFromForm(
      { ...FIRST_RUN_VALUES, agentName: '小美', shopName: 'x'.repeat(41), cutoffTime: '1630' },
      'zh-CN',
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => [issue.path.join('.'), issue.messageKey])).toEqual([
      ['agent.agentCode', 'validation.agentCode.required'],
      ['shop.name', 'validation.shopName.tooLong'],
      ['shop.freeShippingThresholdFen', 'validation.threshold.required'],
      ['shop.cutoffTime', 'validation.cutoffTime.format'],
    ]);
    expect(issues[1]!.params).toMatchObject({ maximum: 40 });
  });

  it('checks one field as it is corrected: a 工号 with a space, then a good one', () => {
    expect(fieldIssue('agentCode', values('99'))).toBeNull();
    expect(fieldIssue('agentCode', { ...values('99'), agentCode: 'KF 1' })?.messageKey).toBe(
      'validation.agentCode.format',
    );
    expect(fieldIssue('cutoffTime', { ...values('99'), cutoffTime: '' })?.messageKey).toBe(
      'validation.cutoffTime.required',
    );
    expect(fieldIssue('freeShippingThreshold', values('100001'))?.messageKey).toBe(
      'validation.threshold.range',
    );
  });

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
