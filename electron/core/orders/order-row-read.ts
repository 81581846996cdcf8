/**
 * One record of an order file → one clean order row, or the problems that keep it out, each with
 * the row number Excel shows and the column as the file names it. Pure, so the dry run and the
 * write read a file identically.
 */
import { textLimit } from '../../../common/sync/field-limits';
import { IMPORTED_TITLE_MAX_LENGTH } from '../invoices/imported-invoice';
import { cleanText } from '../../../common/text/stored-text';
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
  /** 发票抬头 as the buyer gave it when ordering; empty when none. */
  invoiceTitle: string;
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
const EQUALS = 0x3d;
const APOSTROPHE = 0x27;
const TAB = 0x09;

/**
 * Exports keep long numbers as text for Excel: `="3321…"` (a formula yielding text) or a leading
 * `'`; tabs are another trick. None of it is part of the value.
 */
export function cleanCode(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charCodeAt(0);
  // Most cells carry none of it: 100,000 rows × a dozen cells skip the regular expressions.
  if (first !== EQUALS && first !== APOSTROPHE && first !== TAB) return trimmed;
  const formula = /^="(.*)"$/.exec(trimmed);
  return (formula ? formula[1]! : trimmed).replace(/^['\t]+/, '').trim();
}

export function parseMoneyFen(text: string): number | null {
  const code = cleanCode(text);
  // Thousands separators are rare: most of 400,000 money cells skip the replace.
  const match = MONEY.exec(code.includes(',') ? code.replace(/,/g, '') : code);
  if (!match) return null;
  const decimals = match[2];
  const fen = decimals === undefined ? 0 : decimals.length === 1 ? Number(decimals) * 10 : Number(decimals);
  return Number(match[1]) * 100 + fen;
}

export function parseOrderStatus(text: string): OrderStatus | null {
  const trimmed = text.trim();
  return STATUS_BY_TEXT[trimmed] ?? STATUS_BY_TEXT[trimmed.replace(/,/g, '，').replace(/\s+/g, '')] ?? null;
}

/** One record being read; module-level helpers over it, not closures made afresh per row. */
interface RecordReading {
  row: number;
  cells: readonly string[];
  columns: ResolvedColumns;
  timeZone: string;
  problems: OrderRowProblem[];
}

/**
 * A cell's text, cleaned of control characters no cell means and the sync server cannot store
 * (a NUL in a buyer message); CSV and XLSX cells alike.
 */
function rawCell({ cells, columns }: RecordReading, field: OrderImportField): string {
  const column = columns[field];
  return column === undefined ? '' : cleanText(cells[column.index] ?? '').trim();
}

function addProblem(
  reading: RecordReading,
  field: OrderImportField,
  key: string,
  params: Record<string, unknown> = {},
): void {
  reading.problems.push({
    row: reading.row,
    column: reading.columns[field]?.header ?? field,
    messageKey: `${KEY_PREFIX}.${key}`,
    params,
  });
}

function moneyCell(reading: RecordReading, field: OrderImportField): number {
  const text = rawCell(reading, field);
  if (text === '') return 0;
  const fen = parseMoneyFen(text);
  if (fen === null) addProblem(reading, field, 'badMoney', { value: text });
  return fen ?? 0;
}

function timeCell(reading: RecordReading, field: OrderImportField): number | null {
  const text = cleanCode(rawCell(reading, field));
  if (text === '') return null;
  const at = parseShopTime(text, reading.timeZone);
  if (at === null) addProblem(reading, field, 'badTime', { value: text });
  return at;
}

/** The synced column each text field is stored in: its length limit is that column's. */
const STORED_COLUMN: Partial<Record<OrderImportField, string>> = {
  buyerNick: 'buyer_nick',
  buyerMessage: 'buyer_message',
  receiverName: 'receiver_name',
  receiverAddress: 'receiver_address',
  mobile: 'receiver_phone',
  phone: 'receiver_phone',
  itemTitle: 'title',
  trackingNo: 'tracking_no',
  courier: 'courier',
  remark: 'remark',
};
const LIMITED_FIELDS = Object.entries(STORED_COLUMN).map(
  ([field, column]) => [field as OrderImportField, textLimit(column)] as const,
);

/** A cell longer than its synced column holds is named with its row and column, never cut silently. */
function checkLengths(reading: RecordReading): void {
  for (const [field, max] of LIMITED_FIELDS) {
    const length = rawCell(reading, field).length;
    if (length > max) addProblem(reading, field, 'tooLong', { max, length });
  }
  const title = rawCell(reading, 'invoiceTitle').length;
  if (title > IMPORTED_TITLE_MAX_LENGTH) {
    addProblem(reading, 'invoiceTitle', 'tooLong', { max: IMPORTED_TITLE_MAX_LENGTH, length: title });
  }
}

export function readOrderRow(
  row: number,
  cells: readonly string[],
  columns: ResolvedColumns,
  timeZone: string,
): OrderFileRow | OrderRowProblem[] {
  const reading: RecordReading = { row, cells, columns, timeZone, problems: [] };
  const { problems } = reading;

  const orderNo = cleanCode(rawCell(reading, 'orderNo'));
  if (orderNo === '') addProblem(reading, 'orderNo', 'orderNoRequired');
  else if (!ORDER_NO.test(orderNo)) addProblem(reading, 'orderNo', 'badOrderNo', { value: orderNo });
  const statusText = rawCell(reading, 'status');
  const status = parseOrderStatus(statusText);
  if (statusText === '') addProblem(reading, 'status', 'statusRequired');
  else if (status === null) addProblem(reading, 'status', 'unknownStatus', { value: statusText });
  const goodsFen = moneyCell(reading, 'goodsAmount');
  const postageFen = moneyCell(reading, 'postage');
  const totalText = rawCell(reading, 'total');
  const totalFen = totalText === '' ? goodsFen + postageFen : moneyCell(reading, 'total');
  const paidFen = moneyCell(reading, 'paid');
  const quantityText = cleanCode(rawCell(reading, 'quantity'));
  const quantity = quantityText === '' ? 1 : Number(quantityText);
  if (!Number.isInteger(quantity) || quantity < 1)
    addProblem(reading, 'quantity', 'badQuantity', { value: quantityText });
  const orderedAt = timeCell(reading, 'orderedAt');
  const paidAt = timeCell(reading, 'paidAt');
  const shippedAt = timeCell(reading, 'shippedAt');
  const remarkText = rawCell(reading, 'remark');
  const note = remarkText === '' ? null : parseRemarkNote(remarkText);
  const remarkedAt = note?.wallTime ? parseShopTime(note.wallTime, timeZone) : null;
  checkLengths(reading);

  if (problems.length > 0 || status === null) return problems;
  return {
    row,
    orderNo,
    buyerNick: rawCell(reading, 'buyerNick'),
    status,
    goodsFen,
    postageFen,
    totalFen,
    paidFen,
    buyerMessage: rawCell(reading, 'buyerMessage'),
    receiverName: rawCell(reading, 'receiverName'),
    receiverAddress: rawCell(reading, 'receiverAddress'),
    // 联系手机 reaches the buyer; the landline is the fallback Taobao keeps in its own column.
    receiverPhone: cleanCode(rawCell(reading, 'mobile')) || cleanCode(rawCell(reading, 'phone')),
    orderedAt,
    paidAt,
    shippedAt,
    itemTitle: rawCell(reading, 'itemTitle'),
    quantity,
    trackingNo: cleanCode(rawCell(reading, 'trackingNo')),
    courier: rawCell(reading, 'courier'),
    remark: note ? { ...note, remarkedAt } : null,
    invoiceTitle: rawCell(reading, 'invoiceTitle'),
  };
}
