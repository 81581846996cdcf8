/**
 * Taobao/Tmall order numbers are 15–20 digits; an agent often has one on the clipboard after
 * copying it from the chat. Longer digit runs (phones with area codes, tracking numbers with
 * letters) are not taken for one.
 */
const ORDER_NUMBER = /(?<!\d)\d{15,20}(?!\d)/;

export function findOrderNumber(text: string): string | null {
  return ORDER_NUMBER.exec(text)?.[0] ?? null;
}
