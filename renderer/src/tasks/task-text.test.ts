import { describe, expect, it } from 'vitest';
import { panelRequestOfHash } from '../panel/panel-hash';
import { replyHash } from './task-text';

describe('replyHash', () => {
  it('round-trips through the panel route with the query, buyer, order and the way back', () => {
    const hash = replyHash('催付', '小橘子 爱喝茶', '3321009876543210001');
    expect(panelRequestOfHash(hash)).toEqual({
      query: '催付',
      buyerNick: '小橘子 爱喝茶',
      orderNo: '3321009876543210001',
      back: true,
    });
  });

  it('leaves out what the task does not have', () => {
    expect(panelRequestOfHash(replyHash('回访', null, null))).toEqual({
      query: '回访',
      buyerNick: null,
      orderNo: null,
      back: true,
    });
  });
});
