/**
 * Variables in phrase bodies: `{买家昵称}`, `{ buyer }`, `｛订单号｝`. Agents type them with either
 * IME brace width and in either language, so every spelling resolves to one key. Filling never
 * produces text that still reads as a variable: a phrase is pasted complete or not at all.
 */

export const VARIABLE_KEYS = [
  'buyerNick',
  'orderNo',
  'courier',
  'trackingNo',
  'paidAmount',
  'agentName',
  'agentCode',
  'shopName',
  'cutoffTime',
  'freeShippingThreshold',
  'today',
  'time',
] as const;

export type VariableKey = (typeof VARIABLE_KEYS)[number];

/** The name shown in the editor's variable menu and written into bodies, per pack language. */
export const VARIABLE_NAMES: Record<VariableKey, { zh: string; en: string }> = {
  buyerNick: { zh: '买家昵称', en: 'buyer' },
  orderNo: { zh: '订单号', en: 'orderNo' },
  courier: { zh: '快递公司', en: 'courier' },
  trackingNo: { zh: '运单号', en: 'trackingNo' },
  paidAmount: { zh: '实付金额', en: 'amountPaid' },
  agentName: { zh: '客服名', en: 'agent' },
  agentCode: { zh: '工号', en: 'agentCode' },
  shopName: { zh: '店铺名', en: 'shop' },
  cutoffTime: { zh: '截单时间', en: 'cutoff' },
  freeShippingThreshold: { zh: '包邮门槛', en: 'freeShipping' },
  today: { zh: '今天', en: 'today' },
  time: { zh: '时间', en: 'time' },
};

export interface VariableToken {
  /** The token exactly as written, braces included. */
  raw: string;
  /** The name between the braces, trimmed. */
  name: string;
  key: VariableKey | null;
  start: number;
  end: number;
}

/**
 * Lower-case and without separators, so `{OrderNo}`, `{order_no}` and `{order no}` are one name.
 * The code names themselves are accepted too: supervisors who read the docs type them.
 */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '');
}

const KEY_BY_NAME: ReadonlyMap<string, VariableKey> = new Map(
  VARIABLE_KEYS.flatMap((key) => [
    [normaliseName(VARIABLE_NAMES[key].zh), key],
    [normaliseName(VARIABLE_NAMES[key].en), key],
    [normaliseName(key), key],
  ]),
);

/**
 * A brace pair of either width around a non-empty name on one line. `{}` is left as text: it
 * names nothing, so there is nothing to fill or to ask for.
 */
const TOKEN = /[{｛]([^{}｛｝\r\n]+)[}｝]/g;

/** Characters that, inside a filled value, could make the pasted text read as a variable again. */
const BRACE = /[{}｛｝]/;

function resolveVariableName(name: string): VariableKey | null {
  return KEY_BY_NAME.get(normaliseName(name)) ?? null;
}

export function findVariables(body: string): VariableToken[] {
  const tokens: VariableToken[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const inner = match[1] ?? '';
    const name = inner.trim();
    if (name === '') continue;
    tokens.push({
      raw: match[0],
      name,
      key: resolveVariableName(name),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/**
 * Replaces every variable that has a usable value. Tokens without one stay as written so the
 * preview shows where the gap is; `missing` and `unknown` then say the text is not to be pasted.
 * A value is unusable when empty or when it contains a brace: pasting it could leave a `{…}` in
 * the chat, which is exactly what the caller promises never to do.
 */
export function fillVariables(
  body: string,
  values: Partial<Record<VariableKey, string>>,
): { text: string; missing: VariableKey[]; unknown: string[] } {
  const missing = new Set<VariableKey>();
  let text = '';
  let copied = 0;
  for (const token of findVariables(body)) {
    if (token.key === null) continue;
    const value = values[token.key]?.trim();
    if (!value || BRACE.test(value)) {
      missing.add(token.key);
      continue;
    }
    text += body.slice(copied, token.start) + value;
    copied = token.end;
  }
  text += body.slice(copied);
  // Unknown names are read from the result, not the body: a stray brace in the body can close
  // around a filled value (`{ {买家昵称} }`) and that new token must block the paste as well.
  const unknown = new Set<string>();
  for (const token of findVariables(text)) {
    if (token.key === null || !missing.has(token.key)) unknown.add(token.name);
  }
  return { text, missing: [...missing], unknown: [...unknown] };
}
