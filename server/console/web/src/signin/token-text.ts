/**
 * What a supervisor pastes into the token field, made into the token: `kefu-server create-agent`
 * prints `token kf_…`, chat apps and e-mail add spaces, line breaks and zero-width characters,
 * and a full-width IME turns letters full-width. The token itself is plain ASCII without spaces.
 */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

export function tokenFromPaste(text: string): string {
  const halfWidth = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const withoutLabel = halfWidth.trim().replace(/^(token|令牌)\s*[:：]?\s+/i, '');
  return withoutLabel.replace(INVISIBLE, '');
}
