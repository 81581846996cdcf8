/**
 * Chinese IMEs type full-width forms (９１３５, ＠, －) as readily as ASCII, and buyers paste
 * tax numbers and emails from chat in either. Identifiers are compared as ASCII, so they are
 * folded to half-width before any check.
 */

/** U+FF01…U+FF5E map one-to-one onto U+0021…U+007E; U+3000 is the ideographic space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
