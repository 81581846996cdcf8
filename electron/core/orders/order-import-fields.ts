/**
 * The fields an order file can fill, and the header names that name them. Taobao's
 * "已卖出的宝贝" export comes first in each list; the rest are what hand-made sheets and other
 * tools use, so a generic file usually gets a complete suggested mapping.
 */

export const ORDER_IMPORT_FIELDS = [
  'orderNo',
  'buyerNick',
  'status',
  'goodsAmount',
  'postage',
  'total',
  'paid',
  'buyerMessage',
  'receiverName',
  'receiverAddress',
  'mobile',
  'phone',
  'orderedAt',
  'paidAt',
  'shippedAt',
  'itemTitle',
  'quantity',
  'trackingNo',
  'courier',
  'remark',
  'invoiceTitle',
] as const;

export type OrderImportField = (typeof ORDER_IMPORT_FIELDS)[number];

/** Without these a row cannot be matched to an order or placed in its lifecycle. */
export const REQUIRED_ORDER_FIELDS = ['orderNo', 'status'] as const satisfies readonly OrderImportField[];

export const ORDER_HEADER_ALIASES: Record<OrderImportField, readonly string[]> = {
  orderNo: ['订单编号', '订单号', '主订单编号', 'orderno', 'ordernumber', 'orderid'],
  buyerNick: ['买家会员名', '买家昵称', '旺旺', '旺旺id', '买家', 'buyernick', 'buyer', 'nick'],
  status: ['订单状态', '状态', 'status', 'orderstatus'],
  goodsAmount: ['买家应付货款', '货款', '商品金额', 'goodsamount', 'goods'],
  postage: ['买家应付邮费', '邮费', '运费', 'postage', 'shipping', 'shippingfee'],
  total: ['总金额', '订单金额', '应付金额', 'total', 'totalamount', 'amount'],
  paid: ['买家实际支付金额', '实付金额', '实付款', '支付金额', 'paid', 'paidamount'],
  buyerMessage: ['买家留言', '留言', 'buyermessage', 'message'],
  receiverName: ['收货人姓名', '收货人', '收件人', 'receivername', 'receiver', 'consignee'],
  receiverAddress: ['收货地址', '地址', '收件地址', 'receiveraddress', 'address'],
  mobile: ['联系手机', '手机', '手机号', '收货人手机', 'mobile', 'receiverphone', 'phone'],
  phone: ['联系电话', '电话', '固定电话', 'telephone', 'tel'],
  orderedAt: ['订单创建时间', '下单时间', '创建时间', 'orderedat', 'ordertime', 'createdat', 'created'],
  paidAt: ['订单付款时间', '付款时间', '支付时间', 'paidat', 'paytime', 'paymenttime'],
  shippedAt: ['发货时间', '订单发货时间', 'shippedat', 'shiptime'],
  itemTitle: ['宝贝标题', '商品标题', '商品名称', '宝贝名称', 'itemtitle', 'title', 'product', 'item'],
  quantity: ['宝贝总数量', '数量', '商品数量', 'quantity', 'qty'],
  trackingNo: ['物流单号', '运单号', '快递单号', 'trackingno', 'trackingnumber', 'tracking'],
  courier: ['物流公司', '快递公司', '快递', 'courier', 'carrier'],
  remark: ['订单备注', '卖家备注', '备注', 'remark', 'sellerremark', 'note'],
  invoiceTitle: ['发票抬头', 'invoicetitle'],
};

/** The export's own header names; when all are present the file is the Taobao layout. */
export const TAOBAO_SIGNATURE = ['订单编号', '买家会员名', '订单状态', '订单创建时间'] as const;

/** Headers compared without decoration: stray spaces, `*` marks, `(选填)` notes, case. */
export function headerKey(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s_-]/g, '')
    .toLowerCase();
}

const FIELD_BY_HEADER = new Map<string, OrderImportField>(
  ORDER_IMPORT_FIELDS.flatMap((field) => ORDER_HEADER_ALIASES[field].map((name) => [name, field] as const)),
);

export const isKnownHeader = (header: string): boolean => FIELD_BY_HEADER.has(headerKey(header));

/** The first column each field's aliases name, as the file spells it (trimmed). */
export function suggestMapping(headers: readonly string[]): Partial<Record<OrderImportField, string>> {
  const mapping: Partial<Record<OrderImportField, string>> = {};
  for (const header of headers) {
    const field = FIELD_BY_HEADER.get(headerKey(header));
    if (field && mapping[field] === undefined) mapping[field] = header.trim();
  }
  return mapping;
}

export function isTaobaoLayout(headers: readonly string[]): boolean {
  const trimmed = new Set(headers.map((h) => h.trim()));
  return TAOBAO_SIGNATURE.every((name) => trimmed.has(name));
}
