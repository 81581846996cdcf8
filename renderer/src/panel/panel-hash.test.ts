import { describe, expect, it } from 'vitest';
import { panelRequestOfHash } from './panel-hash';

describe('panelRequestOfHash', () => {
  it('reads the query, buyer and order of a quick-reply link', () => {
    const hash = `#/panel?q=${encodeURIComponent('催付')}&buyer=${encodeURIComponent('小橘子爱喝茶')}&order=3321009876543210001`;
    expect(panelRequestOfHash(hash)).toEqual({
      query: '催付',
      buyerNick: '小橘子爱喝茶',
      orderNo: '3321009876543210001',
    });
  });

  it('asks nothing of a plain panel', () => {
    expect(panelRequestOfHash('#/panel')).toEqual({ query: null, buyerNick: null, orderNo: null });
    expect(panelRequestOfHash('')).toEqual({ query: null, buyerNick: null, orderNo: null });
  });
});
