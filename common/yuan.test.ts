import { describe, expect, it } from 'vitest';
import { formatFenAsYuan, parseYuanToFen } from './yuan';

describe('yuan ↔ fen', () => {
  it.each([
    ['99', 9900],
    ['99.9', 9990],
    ['99.99', 9999],
    ['0', 0],
    [' 88.00 ', 8800],
    ['¥99', 9900],
    ['￥ 49.5', 4950],
    ['９９．５', 9950],
  ])('parses %j as %i fen', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

  it.each(['', '-1', '9.999', 'abc', '1e3', '99,00', '.5', '1234567890'])('refuses %j', (text) =>
    expect(parseYuanToFen(text)).toBeNull(),
  );

  it('formats fen for display', () => {
    expect(formatFenAsYuan(9990)).toBe('99.90');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(0)).toBe('0.00');
  });
});
