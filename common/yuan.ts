/**
 * Amounts as agents type and read them (¥99, 99.9, 99.00) ↔ integer fen (分) as stored.
 * Pure: shared by the renderer, the CLI and core.
 */

const FULL_WIDTH_DIGIT = /[０-９．]/g;

/** `'99.9'` → 9990; null when the text is not a non-negative amount with at most 2 decimals. */
export function parseYuanToFen(text: string): number | null {
  const normalised = text
    .trim()
    .replace(FULL_WIDTH_DIGIT, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/^[¥￥]\s*/, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(normalised);
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** 9990 → `'99.90'` (no currency sign; the UI adds ¥ where it fits). */
export function formatFenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
