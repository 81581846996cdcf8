import { describe, expect, it } from 'vitest';
import { panelRequestOfHash } from './panel-hash';

describe('panelRequestOfHash', () => {
  it('reads the query, buyer, order and way back of a quick-reply link', () => {
    const hash = `#/panel?q=${encodeURIComponent('催付')}&buyer=${encodeURIComponent('小橘子爱喝茶')}&order=3321009876543210001&back=1`;
    expect(panelRequestOfHash(hash)).toEqual({
      query: '催付',
      buyerNick: '小橘子爱喝茶',
      orderNo: '3321009876543210001',
      back: true,
    });
  });

  it('asks nothing of a plain panel', () => {
    const none = { query: null, buyerNick: null, orderNo: null, back: false };
    expect(panelRequestOfHash('#/panel')).toEqual(none);
    expect(panelRequestOfHash('#/panel?focus=1')).toEqual(none);
    expect(panelRequestOfHash('')).toEqual(none);
  });
});
