/**
 * One record of an order file → one clean order row, or the problems that keep it out, each with
 * the row number Excel shows and the column as the file names it. Pure, so the dry run and the
 * write read a file identically.
 */
import type { OrderImportField } from './order-import-fields';
import type { OrderStatus } from './order-status-rules';
import { parseRemarkNote, type RemarkNote } from './remark-note';
import { parseShopTime } from './shop-time';

export interface OrderFileRow {
  row: number;
  orderNo: string;
  buyerNick: string;
  status: OrderStatus;
  goodsFen: number;
  postageFen: number;
  totalFen: number;
  paidFen: number;
  buyerMessage: string;
  receiverName: string;
  receiverAddress: string;
  receiverPhone: string;
  orderedAt: number | null;
  paidAt: number | null;
  shippedAt: number | null;
  itemTitle: string;
  quantity: number;
  trackingNo: string;
  courier: string;
  /** Null when the file's remark cell is empty. */
  remark: (RemarkNote & { remarkedAt: number | null }) | null;
}

export interface OrderRowProblem {
  row: number;
  column: string | null;
  messageKey: string;
  params: Record<string, unknown>;
}

/** Field → index of its column in the record, and the header text to name it in problems. */
export type ResolvedColumns = Partial<Record<OrderImportField, { index: number; header: string }>>;

/** Taobao writes the status with a full-width comma; sheets retyped by hand often have an ASCII one. */
const STATUS_BY_TEXT: Record<string, OrderStatus> = {
  等待买家付款: 'unpaid',
  '买家已付款，等待卖家发货': 'paid',
  '卖家已发货，等待买家确认': 'shipped',
  交易成功: 'completed',
  交易关闭: 'closed',
  unpaid: 'unpaid',
  paid: 'paid',
  shipped: 'shipped',
  completed: 'completed',
  closed: 'closed',
};

/** Money as people write it: `128.00`, `¥1,280.5`, `66`; at most two decimals, never negative. */
const MONEY = /^[¥￥]?(\d+)(?:\.(\d{1,2}))?$/;
const ORDER_NO = /^[A-Za-z0-9_-]{1,64}$/;
const KEY_PREFIX = 'validation.orderImport';

/**
 * Exports keep long numbers as text for Excel: `="3321…"` (a formula yielding text) or a leading
 * `'`; tabs are another trick. None of it is part of the value.
 */
export function cleanCode(text: string): string {
  const trimmed = text.trim();
  const formula = /^="(.*)"$/.exec(trimmed);
  return (formula ? formula[1]! : trimmed).replace(/^['\t]+/, '').trim();
}

export function parseMoneyFen(text: string): number | null {
  const match = MONEY.exec(cleanCode(text).replace(/,/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function parseOrderStatus(text: string): OrderStatus | null {
  return STATUS_BY_TEXT[text.trim().replace(/,/g, '，').replace(/\s+/g, '')] ?? null;
}

export function readOrderRow(
  row: number,
  cells: readonly string[],
  columns: ResolvedColumns,
  timeZone: string,
): OrderFileRow | OrderRowProblem[] {
  const problems: OrderRowProblem[] = [];
  const raw = (field: OrderImportField): string => {
    const column = columns[field];
    return column === undefined ? '' : (cells[column.index] ?? '').trim();
  };
  const problem = (field: OrderImportField, key: string, params: Record<string, unknown> = {}) => {
    problems.push({
      row,
      column: columns[field]?.header ?? field,
      messageKey: `${KEY_PREFIX}.${key}`,
      params,
    });
  };
  const money = (field: OrderImportField): number => {
    const text = raw(field);
    if (text === '') return 0;
    const fen = parseMoneyFen(text);
    if (fen === null) problem(field, 'badMoney', { value: text });
    return fen ?? 0;
  };
  const time = (field: OrderImportField): number | null => {
    const text = cleanCode(raw(field));
    if (text === '') return null;
    const at = parseShopTime(text, timeZone);
    if (at === null) problem(field, 'badTime', { value: text });
    return at;
  };

  const orderNo = cleanCode(raw('orderNo'));
  if (orderNo === '') problem('orderNo', 'orderNoRequired');
  else if (!ORDER_NO.test(orderNo)) problem('orderNo', 'badOrderNo', { value: orderNo });
  const statusText = raw('status');
  const status = parseOrderStatus(statusText);
  if (statusText === '') problem('status', 'statusRequired');
  else if (status === null) problem('status', 'unknownStatus', { value: statusText });
  const goodsFen = money('goodsAmount');
  const postageFen = money('postage');
  const totalText = raw('total');
  const totalFen = totalText === '' ? goodsFen + postageFen : money('total');
  const paidFen = money('paid');
  const quantityText = cleanCode(raw('quantity'));
  const quantity = quantityText === '' ? 1 : Number(quantityText);
  if (!Number.isInteger(quantity) || quantity < 1)
    problem('quantity', 'badQuantity', { value: quantityText });
  const orderedAt = time('orderedAt');
  const paidAt = time('paidAt');
  const shippedAt = time('shippedAt');
  const remarkText = raw('remark');
  const note = remarkText === '' ? null : parseRemarkNote(remarkText);
  const remarkedAt = note?.wallTime ? parseShopTime(note.wallTime, timeZone) : null;

  if (problems.length > 0 || status === null) return problems;
  return {
    row,
    orderNo,
    buyerNick: raw('buyerNick'),
    status,
    goodsFen,
    postageFen,
    totalFen,
    paidFen,
    buyerMessage: raw('buyerMessage'),
    receiverName: raw('receiverName'),
    receiverAddress: raw('receiverAddress'),
    // 联系手机 reaches the buyer; the landline is the fallback Taobao keeps in its own column.
    receiverPhone: cleanCode(raw('mobile')) || cleanCode(raw('phone')),
    orderedAt,
    paidAt,
    shippedAt,
    itemTitle: raw('itemTitle'),
    quantity,
    trackingNo: cleanCode(raw('trackingNo')),
    courier: raw('courier'),
    remark: note ? { ...note, remarkedAt } : null,
  };
}
