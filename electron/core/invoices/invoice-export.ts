/**
 * 发票汇总 as the sheet finance opens: one row per invoice, columns and words in the UI language,
 * amounts in yuan. CSV (UTF-8 with BOM, for Chinese Excel) or XLSX with a styled, frozen header,
 * laid out like the 退换货登记 export (returns/return-day-export.ts).
 */
import type { Language } from '../../../db/enums';
import type { InvoiceKind, InvoiceStatus, TitleKind } from '../../../common/invoices/invoice-types';
import { formatFenAsYuan } from '../../../common/yuan';
import { localDateTime } from '../customers/local-day';
import { displayWidth } from '../reports/display-width';
import type { InvoiceExportFormat } from './invoice-export-formats';
import type { Invoice } from './invoice-schema';

export interface InvoiceFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

interface Labels {
  title: string;
  baseName: string;
  headers: readonly string[];
  titleKinds: Record<TitleKind, string>;
  kinds: Record<InvoiceKind, string>;
  statuses: Record<InvoiceStatus, string>;
  sources: Record<Invoice['source'], string>;
}

const LABELS: Record<Language, Labels> = {
  'zh-CN': {
    title: '发票汇总',
    baseName: '发票汇总',
    headers: [
      '申请时间',
      '订单号',
      '买家',
      '抬头类型',
      '发票抬头',
      '税号',
      '发票类型',
      '开票金额（元）',
      '状态',
      '发票号码',
      '开票日期',
      '邮箱',
      '邮寄地址',
      '快递单号',
      '开户行',
      '银行账号',
      '注册地址',
      '注册电话',
      '作废原因',
      '来源',
    ],
    titleKinds: { personal: '个人', company: '企业' },
    kinds: { electronic: '电子普票', paper: '纸质普票', special: '增值税专票' },
    statuses: { pending: '待开', issued: '已开', sent: '已发送/已寄出', void: '作废' },
    sources: { panel: '快捷面板', order_page: '订单页', import: '订单导入', cli: '命令行' },
  },
  'en-US': {
    title: 'Invoices',
    baseName: 'invoices',
    headers: [
      'Requested at',
      'Order no.',
      'Buyer',
      'Title kind',
      'Invoice title',
      'Tax no.',
      'Invoice kind',
      'Amount (CNY)',
      'Status',
      'Invoice no.',
      'Issued on',
      'Email',
      'Post address',
      'Tracking no.',
      'Bank',
      'Bank account',
      'Registered address',
      'Registered phone',
      'Void reason',
      'Source',
    ],
    titleKinds: { personal: 'Personal', company: 'Company' },
    kinds: { electronic: 'E-invoice', paper: 'Paper invoice', special: 'Special VAT invoice' },
    statuses: { pending: 'To issue', issued: 'Issued', sent: 'Sent', void: 'Void' },
    sources: { panel: 'Reply panel', order_page: 'Order page', import: 'Imported orders', cli: 'CLI' },
  },
};

/** Long digit strings Excel would turn into 3.32E+18 or round: kept as text. */
const CODE_COLUMNS = new Set([1, 5, 9, 13, 15]);
const AMOUNT_COLUMN = 7;

function tableRows(rows: readonly Invoice[], labels: Labels, timeZone: string): (string | number)[][] {
  return rows.map((invoice) => [
    localDateTime(invoice.requestedAt ?? invoice.createdAt, timeZone),
    invoice.orderNo,
    invoice.buyerNick,
    labels.titleKinds[invoice.titleKind],
    invoice.title,
    invoice.taxNo ?? '',
    labels.kinds[invoice.kind],
    invoice.amountFen,
    labels.statuses[invoice.status],
    invoice.invoiceNo ?? '',
    invoice.issuedOn ?? '',
    invoice.email ?? '',
    invoice.postAddress ?? '',
    invoice.trackingNo ?? '',
    invoice.bankName ?? '',
    invoice.bankAccount ?? '',
    invoice.companyAddress ?? '',
    invoice.companyPhone ?? '',
    invoice.voidReason ?? '',
    labels.sources[invoice.source],
  ]);
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** `="…"` keeps a code text in Excel, as the platforms' own exports (and our order import) do. */
const asExcelText = (value: string) => (value === '' ? '' : `="${value}"`);

function toCsv(rows: readonly Invoice[], labels: Labels, timeZone: string): Uint8Array {
  const body = tableRows(rows, labels, timeZone).map((row) =>
    row.map((cell, index) => {
      if (index === AMOUNT_COLUMN) return formatFenAsYuan(Number(cell));
      const text = String(cell);
      return CODE_COLUMNS.has(index) ? asExcelText(text) : text;
    }),
  );
  const lines = [labels.headers, ...body].map((cells) => cells.map(csvField).join(','));
  // Without the BOM, Chinese Excel opens UTF-8 CSV as GBK mojibake.
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 40;
const HEADER_FILL = 'FFDDEBF7';

async function toXlsx(rows: readonly Invoice[], labels: Labels, timeZone: string): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(labels.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  // The amount stays a number so finance can sum the column.
  const cells = tableRows(rows, labels, timeZone).map((row) =>
    row.map((cell, index) => (index === AMOUNT_COLUMN ? Number(cell) / 100 : cell)),
  );
  sheet.columns = labels.headers.map((header, index) => {
    const widest = Math.max(displayWidth(header), ...cells.map((row) => displayWidth(String(row[index]))));
    return { header, width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2)) };
  });
  sheet.addRows(cells);
  sheet.getColumn(AMOUNT_COLUMN + 1).numFmt = '#,##0.00';
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function exportInvoices(
  rows: readonly Invoice[],
  options: { format: InvoiceExportFormat; language: Language; timeZone: string; day: string | null },
): Promise<InvoiceFile> {
  const labels = LABELS[options.language];
  const bytes =
    options.format === 'xlsx'
      ? await toXlsx(rows, labels, options.timeZone)
      : toCsv(rows, labels, options.timeZone);
  return {
    bytes,
    fileName: `${labels.baseName}${options.day ? `-${options.day}` : ''}.${options.format}`,
    mimeType:
      options.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
  };
}
