import { describe, expect, it } from 'vitest';
import {
  fillVariables,
  findVariables,
  VARIABLE_KEYS,
  VARIABLE_NAMES,
  type VariableKey,
} from './phrase-variables';

const ALL_VALUES: Record<VariableKey, string> = {
  buyerNick: '小鱼儿',
  orderNo: '2345678901234',
  courier: '中通快递',
  trackingNo: 'ZT7788',
  paidAmount: '299.00',
  agentName: '小林',
  agentCode: 'KF007',
  shopName: '暖暖家居',
  cutoffTime: '16:00',
  freeShippingThreshold: '99',
  today: '11月24日',
  time: '14:05',
};

describe('findVariables', () => {
  it('resolves Chinese names, English aliases and code names to keys with exact spans', () => {
    const body = '{买家昵称}您好，订单{ orderNo }由{Courier}发出，{shopName}';
    const tokens = findVariables(body);
    expect(tokens.map((t) => [t.name, t.key])).toEqual([
      ['买家昵称', 'buyerNick'],
      ['orderNo', 'orderNo'],
      ['Courier', 'courier'],
      ['shopName', 'shopName'],
    ]);
    for (const token of tokens) expect(body.slice(token.start, token.end)).toBe(token.raw);
  });

  it('accepts full-width and mixed braces, and aliases in any case or with separators', () => {
    const tokens = findVariables('｛订单号｝ {快递公司｝ ｛BUYER} {order_no} {free shipping}');
    expect(tokens.map((t) => t.key)).toEqual([
      'orderNo',
      'courier',
      'buyerNick',
      'orderNo',
      'freeShippingThreshold',
    ]);
  });

  it('reports unknown names with a null key and ignores empty braces', () => {
    const tokens = findVariables('{优惠券} {} { } {今天}');
    expect(tokens.map((t) => [t.raw, t.key])).toEqual([
      ['{优惠券}', null],
      ['{今天}', 'today'],
    ]);
  });

  it('gives every key a Chinese and an English name that resolve back to it', () => {
    for (const key of VARIABLE_KEYS) {
      const { zh, en } = VARIABLE_NAMES[key];
      expect(findVariables(`{${zh}}{${en}}`).map((t) => t.key)).toEqual([key, key]);
    }
  });
});

describe('fillVariables', () => {
  it('fills every known variable and leaves no token behind', () => {
    const result = fillVariables(
      '{买家昵称}亲，订单｛订单号｝已由{ courier }发出，运单号{运单号}。',
      ALL_VALUES,
    );
    expect(result).toEqual({
      text: '小鱼儿亲，订单2345678901234已由中通快递发出，运单号ZT7788。',
      missing: [],
      unknown: [],
    });
  });

  it('lists missing keys once, in order, and keeps their tokens visible for the preview', () => {
    const result = fillVariables('{运单号} {买家昵称} {运单号} {店铺名}', {
      shopName: '暖暖家居',
      trackingNo: '  ',
    });
    expect(result.missing).toEqual(['trackingNo', 'buyerNick']);
    expect(result.text).toBe('{运单号} {买家昵称} {运单号} 暖暖家居');
    expect(result.unknown).toEqual([]);
  });

  it('lists unknown names and never fills them', () => {
    const result = fillVariables('送您{优惠券}一张，{今天}有效', ALL_VALUES);
    expect(result.unknown).toEqual(['优惠券']);
    expect(result.text).toBe('送您{优惠券}一张，11月24日有效');
  });

  it('refuses a value with braces: it would put a raw token into the chat', () => {
    const result = fillVariables('您好{买家昵称}', { buyerNick: '{订单号}' });
    expect(result.missing).toEqual(['buyerNick']);
  });

  it('reports a token that only appears once a value is filled in', () => {
    const result = fillVariables('{ {买家昵称} }', { buyerNick: '小鱼儿' });
    expect(result.text).toBe('{ 小鱼儿 }');
    expect(result.unknown).toEqual(['小鱼儿']);
  });

  it('never reports a text as complete while it still contains a variable token', () => {
    const bodies = [
      '{买家昵称}{订单号}{优惠券}',
      '｛today｝ {time} {工号｝',
      '{{买家昵称}}',
      '{ {店铺名} }',
      '纯文本，没有变量',
      '{} ｛｝ {\n}',
    ];
    const valueSets: Partial<Record<VariableKey, string>>[] = [
      {},
      ALL_VALUES,
      { buyerNick: '店铺名' },
      { buyerNick: '{x}', shopName: '｛y｝' },
    ];
    for (const body of bodies) {
      for (const values of valueSets) {
        const result = fillVariables(body, values);
        if (result.missing.length === 0 && result.unknown.length === 0) {
          expect(findVariables(result.text), `${body} with ${JSON.stringify(values)}`).toEqual([]);
        }
      }
    }
  });
});
