import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './text-decoding';

const SAMPLE = '分组,快捷编码,短语内容\r\n售前,hi,"亲，您好！"\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops the UTF-8 BOM and says it was there', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${SAMPLE}`);
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('falls back to GBK for bytes that are not UTF-8', () => {
    const bytes = iconv.encode(SAMPLE, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'gbk' });
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('group,code\r\n'))).toEqual({
      text: 'group,code\r\n',
      encoding: 'utf-8',
    });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
