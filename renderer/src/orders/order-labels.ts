/** Locale keys for order value lists; every key written out so the i18n test can check it. */
import type { LOGISTICS_STATES, ORDER_STATUSES, REMARK_FLAGS, REVIEW_STATES } from '../../../db/enums';

export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type LogisticsState = (typeof LOGISTICS_STATES)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];
export type RemarkFlag = (typeof REMARK_FLAGS)[number];

export const ORDER_STATUS_LABEL_KEYS: Readonly<Record<OrderStatus, string>> = {
  unpaid: 'orders.status.unpaid',
  paid: 'orders.status.paid',
  shipped: 'orders.status.shipped',
  completed: 'orders.status.completed',
  closed: 'orders.status.closed',
};

export const LOGISTICS_LABEL_KEYS: Readonly<Record<LogisticsState, string>> = {
  inTransit: 'orders.logistics.inTransit',
  delivering: 'orders.logistics.delivering',
  signed: 'orders.logistics.signed',
  exception: 'orders.logistics.exception',
};

export const REVIEW_LABEL_KEYS: Readonly<Record<ReviewState, string>> = {
  none: 'orders.review.none',
  good: 'orders.review.good',
  neutral: 'orders.review.neutral',
  bad: 'orders.review.bad',
};

export const FLAG_LABEL_KEYS: Readonly<Record<RemarkFlag, string>> = {
  red: 'orders.flag.red',
  yellow: 'orders.flag.yellow',
  green: 'orders.flag.green',
  blue: 'orders.flag.blue',
  purple: 'orders.flag.purple',
};

export const ORDER_SORTS = ['orderedAtDesc', 'orderedAtAsc', 'totalDesc', 'totalAsc'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export const ORDER_SORT_LABEL_KEYS: Readonly<Record<OrderSort, string>> = {
  orderedAtDesc: 'orders.sort.orderedAtDesc',
  orderedAtAsc: 'orders.sort.orderedAtAsc',
  totalDesc: 'orders.sort.totalDesc',
  totalAsc: 'orders.sort.totalAsc',
};

export const SORT_QUERY: Readonly<
  Record<OrderSort, { sortBy: 'orderedAt' | 'total'; sortDir: 'asc' | 'desc' }>
> = {
  orderedAtDesc: { sortBy: 'orderedAt', sortDir: 'desc' },
  orderedAtAsc: { sortBy: 'orderedAt', sortDir: 'asc' },
  totalDesc: { sortBy: 'total', sortDir: 'desc' },
  totalAsc: { sortBy: 'total', sortDir: 'asc' },
};

/** The import's fields, as the column-mapping step names them. */
export const IMPORT_FIELD_LABEL_KEYS = {
  orderNo: 'orders.importField.orderNo',
  buyerNick: 'orders.importField.buyerNick',
  status: 'orders.importField.status',
  goodsAmount: 'orders.importField.goodsAmount',
  postage: 'orders.importField.postage',
  total: 'orders.importField.total',
  paid: 'orders.importField.paid',
  buyerMessage: 'orders.importField.buyerMessage',
  receiverName: 'orders.importField.receiverName',
  receiverAddress: 'orders.importField.receiverAddress',
  mobile: 'orders.importField.mobile',
  phone: 'orders.importField.phone',
  orderedAt: 'orders.importField.orderedAt',
  paidAt: 'orders.importField.paidAt',
  shippedAt: 'orders.importField.shippedAt',
  itemTitle: 'orders.importField.itemTitle',
  quantity: 'orders.importField.quantity',
  trackingNo: 'orders.importField.trackingNo',
  courier: 'orders.importField.courier',
  remark: 'orders.importField.remark',
  invoiceTitle: 'orders.importField.invoiceTitle',
} as const;
export type ImportField = keyof typeof IMPORT_FIELD_LABEL_KEYS;
export const IMPORT_FIELDS = Object.keys(IMPORT_FIELD_LABEL_KEYS) as ImportField[];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['orderNo', 'status'];
