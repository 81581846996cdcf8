/**
 * The day's 退换货登记 as the paper form supervisors know: one row per case, columns and words in
 * the UI language. CSV (UTF-8 with BOM, for Chinese Excel) or XLSX laid out for reading.
 */
import type { Language } from '../../../db/enums';
import { formatFenAsYuan } from '../../../common/yuan';
import { localDateTime } from '../customers/local-day';
import type { ReturnCase } from './return-schema';
import type { ReturnKind, ReturnStatus } from './return-status-flow';

export const RETURN_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReturnExportFormat = (typeof RETURN_EXPORT_FORMATS)[number];

export interface ReturnDayFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

interface Labels {
  title: string;
  headers: readonly string[];
  kinds: Record<ReturnKind, string>;
  statuses: Record<ReturnStatus, string>;
  yes: string;
  no: string;
}

const LABELS: Record<Language, Labels> = {
  'zh-CN': {
    title: '退换货登记',
    headers: [
      '登记时间',
      '订单号',
      '买家',
      '类型',
      '原因',
      '退回单号',
      '状态',
      '退款金额',
      '运费险',
      '登记人',
    ],
    kinds: { return: '退货', exchange: '换货', refundOnly: '仅退款' },
    statuses: {
      registered: '已登记',
      awaitingReturn: '待退回',
      received: '已收货',
      refunded: '已退款',
      exchanged: '已换货',
      closed: '已关闭',
    },
    yes: '有',
    no: '无',
  },
  'en-US': {
    title: 'Returns',
    headers: [
      'Registered at',
      'Order no.',
      'Buyer',
      'Kind',
      'Reason',
      'Return tracking no.',
      'Status',
      'Refund (CNY)',
      'Freight insurance',
      'Registered by',
    ],
    kinds: { return: 'Return', exchange: 'Exchange', refundOnly: 'Refund only' },
    statuses: {
      registered: 'Registered',
      awaitingReturn: 'Awaiting return',
      received: 'Received',
      refunded: 'Refunded',
      exchanged: 'Exchanged',
      closed: 'Closed',
    },
    yes: 'Yes',
    no: 'No',
  },
};

const ORDER_NO_COLUMN = 1;
const TRACKING_NO_COLUMN = 5;
const REFUND_COLUMN = 7;

/** Cells as text, except the refund, kept in fen for each format to write as it fits. */
function tableRows(cases: readonly ReturnCase[], labels: Labels, timeZone: string): (string | number)[][] {
  return cases.map((c) => [
    localDateTime(c.registeredAt, timeZone),
    c.orderNo ?? '',
    c.buyerNick ?? '',
    labels.kinds[c.kind],
    c.reason,
    c.returnTrackingNo,
    labels.statuses[c.status],
    c.refundFen,
    c.freightInsurance ? labels.yes : labels.no,
    c.registeredBy,
  ]);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Excel reads a 19-digit order number as a number and shows 3.32E+18; `="…"` keeps it text, as the
 * platforms' own exports do (and our order import reads back).
 */
const asExcelText = (value: string) => (value === '' ? '' : `="${value}"`);

function toCsv(cases: readonly ReturnCase[], labels: Labels, timeZone: string): Uint8Array {
  const body = tableRows(cases, labels, timeZone).map((row) =>
    row.map((cell, index) => {
      if (index === REFUND_COLUMN) return formatFenAsYuan(Number(cell));
      const text = String(cell);
      return index === ORDER_NO_COLUMN || index === TRACKING_NO_COLUMN ? asExcelText(text) : text;
    }),
  );
  const lines = [labels.headers, ...body].map((cells) => cells.map(csvField).join(','));
  // Without the BOM, Chinese Excel opens UTF-8 CSV as GBK mojibake.
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Excel widths count Latin characters; CJK and full-width characters take about two. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const displayWidth = (text: string) =>
  Array.from(text).reduce((width, char) => width + (WIDE_CHAR.test(char) ? 2 : 1), 0);
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 40;
const HEADER_FILL = 'FFDDEBF7';

async function toXlsx(cases: readonly ReturnCase[], labels: Labels, timeZone: string): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(labels.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  // The refund stays a number so the sheet can sum it.
  const rows = tableRows(cases, labels, timeZone).map((row) =>
    row.map((cell, index) => (index === REFUND_COLUMN ? Number(cell) / 100 : cell)),
  );
  sheet.columns = labels.headers.map((header, index) => {
    const widest = Math.max(displayWidth(header), ...rows.map((row) => displayWidth(String(row[index]))));
    return { header, width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2)) };
  });
  sheet.addRows(rows);
  sheet.getColumn(REFUND_COLUMN + 1).numFmt = '#,##0.00';
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function exportReturnDay(
  cases: readonly ReturnCase[],
  options: { day: string; format: ReturnExportFormat; language: Language; timeZone: string },
): Promise<ReturnDayFile> {
  const labels = LABELS[options.language];
  const bytes =
    options.format === 'xlsx'
      ? await toXlsx(cases, labels, options.timeZone)
      : toCsv(cases, labels, options.timeZone);
  const baseName = options.language === 'zh-CN' ? labels.title : 'returns';
  return {
    bytes,
    fileName: `${baseName}-${options.day}.${options.format}`,
    mimeType:
      options.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
  };
}
