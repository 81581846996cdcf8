import { describe, expect, it } from 'vitest';
import { findOrderNumber } from './order-number';

describe('findOrderNumber', () => {
  it.each([
    ['3412345678901234567', '3412345678901234567'],
    ['订单号：2890345512987654321 麻烦查一下', '2890345512987654321'],
    ['="4012345678901234"', '4012345678901234'],
  ])('finds the order number in %j', (text, orderNo) => expect(findOrderNumber(text)).toBe(orderNo));

  it.each(['13800138000', 'ZT7788990011', '', '123456789012345678901234'])('finds none in %j', (text) =>
    expect(findOrderNumber(text)).toBeNull(),
  );
});
