import { describe, expect, it } from 'vitest';
import { tokenFromPaste } from './token-text';

describe('tokenFromPaste', () => {
  it('reads the token out of the line create-agent prints', () => {
    expect(tokenFromPaste('token kf_AbC123-xyz\n')).toBe('kf_AbC123-xyz');
    expect(tokenFromPaste('令牌： kf_AbC123')).toBe('kf_AbC123');
  });

  it('drops spaces, line breaks and zero-width characters a chat app adds', () => {
    expect(tokenFromPaste('  kf_Ab\u200bC1\n23 ')).toBe('kf_AbC123');
  });

  it('turns full-width letters from an IME into ASCII', () => {
    expect(tokenFromPaste('ｋｆ＿ＡＢ１')).toBe('kf_AB1');
  });

  it('leaves a bare token as it is', () => {
    expect(tokenFromPaste('abcDEF0123456789')).toBe('abcDEF0123456789');
  });
});
