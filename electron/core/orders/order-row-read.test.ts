import { describe, expect, it } from 'vitest';
import { parseMoneyFen } from './order-row-read';

describe('money as people write it', () => {
  it('reads yuan with up to two decimals, a currency sign and thousands separators, into fen', () => {
    expect(parseMoneyFen('128.00')).toBe(12800);
    expect(parseMoneyFen('66')).toBe(6600);
    expect(parseMoneyFen('0.5')).toBe(50);
    expect(parseMoneyFen('0.05')).toBe(5);
    expect(parseMoneyFen('¥1,280.5')).toBe(128050);
    expect(parseMoneyFen('￥12,345,678.90')).toBe(1234567890);
    expect(parseMoneyFen('="59.70"')).toBe(5970);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['12.345', '-1', 'abc', '1.2.3', '', '¥']) expect(parseMoneyFen(text)).toBeNull();
  });
});
