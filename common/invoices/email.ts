/**
 * The buyer's email for an 电子发票. Buyers type it in the platform chat with a Chinese IME on,
 * so ＠ and 。 arrive as often as @ and . — they are folded before the format check rather than
 * sending the invoice to an address that bounces.
 */
import { toHalfWidth } from './half-width';

/** Practical, not RFC 5322: what mail providers in China hand out (QQ, 163, company domains). */
const EMAIL =
  /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** Long enough for any real address (RFC 5321 caps a path at 254). */
export const EMAIL_MAX_LENGTH = 254;

/** `' 12345＠QQ。com '` → `'12345@qq.com'`; the local part keeps its case, domains have none. */
export function normaliseEmail(input: string): string {
  const folded = toHalfWidth(input)
    .replace(/\u3002/g, '.')
    .trim();
  const at = folded.lastIndexOf('@');
  return at < 0 ? folded : folded.slice(0, at) + folded.slice(at).toLowerCase();
}

export function isEmailAddress(normalised: string): boolean {
  return normalised.length <= EMAIL_MAX_LENGTH && EMAIL.test(normalised);
}
