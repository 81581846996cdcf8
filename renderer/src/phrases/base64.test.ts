import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64 helpers', () => {
  it('encodes UTF-8 text the way the host decodes it', () => {
    const bytes = new TextEncoder().encode('分组,快捷编码,短语内容\n发货,fh,亲，已发货');
    const encoded = bytesToBase64(bytes);
    expect(bytesToBase64(new TextEncoder().encode('发货'))).toBe('5Y+R6LSn');
    expect(new TextDecoder().decode(base64ToBytes(encoded))).toBe(
      '分组,快捷编码,短语内容\n发货,fh,亲，已发货',
    );
  });

  it('round-trips every byte value and inputs larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
