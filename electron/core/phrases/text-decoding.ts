/**
 * Turns the bytes of an imported text file into a string. Chinese Excel and Taobao/Qianniu tools
 * save CSV as GBK (the Windows "ANSI" code page), newer tools as UTF-8 with or without a BOM, and
 * the user cannot tell which: so a BOM wins, then strict UTF-8, and only bytes that are not valid
 * UTF-8 are read as GB18030 (a superset of GBK and GB2312, so every GBK file decodes the same).
 */
import iconv from 'iconv-lite';
import { cleanText } from '../../../common/text/stored-text';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gbk';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

/**
 * The file's text, cleaned of control characters (a NUL in a buyer message, an escape code) that
 * no cell means and the sync server cannot store; tabs and line breaks stay.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoded = decodeBytes(bytes);
  return { ...decoded, text: cleanText(decoded.text) };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWithUtf8Bom(bytes)) {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(UTF8_BOM.length)),
      encoding: 'utf-8-bom',
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE are not followed by the
    // 10xxxxxx continuation bytes UTF-8 needs), so a fatal decode failure is a reliable signal.
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gbk' };
  }
}
