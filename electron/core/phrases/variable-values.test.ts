import { describe, expect, it } from 'vitest';
import { variableValues, type VariableValuesInput } from './variable-values';

const base: VariableValuesInput = {
  agent: { name: '小林', agentCode: 'KF007' },
  shop: { name: '暖暖家居', defaultCourier: '中通快递', freeShippingThresholdFen: 9900, cutoffTime: '16:00' },
  context: {},
  now: Date.parse('2026-11-24T06:05:00Z'),
  timeZone: 'Asia/Shanghai',
  language: 'zh-CN',
};

describe('variableValues', () => {
  it('takes agent, shop and clock values', () => {
    expect(variableValues(base)).toEqual({
      agentName: '小林',
      agentCode: 'KF007',
      shopName: '暖暖家居',
      courier: '中通快递',
      cutoffTime: '16:00',
      freeShippingThreshold: '99',
      today: '11月24日',
      time: '14:05',
    });
  });

  it("dates and times in the shop's zone: 16:30 UTC is already the next day in Shanghai", () => {
    const now = Date.parse('2026-11-24T16:30:00Z');
    expect(variableValues({ ...base, now })).toMatchObject({ today: '11月25日', time: '00:30' });
    expect(variableValues({ ...base, now, language: 'en-US' })).toMatchObject({
      today: 'Nov 25',
      time: '00:30',
    });
    expect(variableValues({ ...base, now, timeZone: 'UTC', language: 'en-US' })).toMatchObject({
      today: 'Nov 24',
      time: '16:30',
    });
  });

  it('writes the threshold in yuan without trailing zeros, and leaves an unset (0) threshold out', () => {
    const withFen = (freeShippingThresholdFen: number) =>
      variableValues({ ...base, shop: { ...base.shop!, freeShippingThresholdFen } }).freeShippingThreshold;
    expect(withFen(9950)).toBe('99.5');
    expect(withFen(9905)).toBe('99.05');
    expect(withFen(10000)).toBe('100');
    expect(withFen(0)).toBeUndefined();
  });

  it("prefers the order's courier from the context over the shop default", () => {
    const values = variableValues({
      ...base,
      context: { buyerNick: '小鱼儿', orderNo: '2345', courier: '顺丰速运', trackingNo: 'SF1' },
    });
    expect(values).toMatchObject({
      buyerNick: '小鱼儿',
      orderNo: '2345',
      courier: '顺丰速运',
      trackingNo: 'SF1',
    });
  });

  it('omits empty and blank values so the panel asks for them', () => {
    const values = variableValues({
      ...base,
      agent: null,
      shop: { name: ' ', defaultCourier: '', freeShippingThresholdFen: 0, cutoffTime: '16:00' },
      context: { buyerNick: '', orderNo: '  ', courier: ' ' },
    });
    expect(Object.keys(values).sort()).toEqual(['cutoffTime', 'time', 'today']);
  });

  it('without a shop or agent, only the clock is known', () => {
    expect(Object.keys(variableValues({ ...base, agent: null, shop: null })).sort()).toEqual([
      'time',
      'today',
    ]);
  });
});
