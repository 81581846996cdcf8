/**
 * One agent's 日报 over a range as XLSX: 日报汇总 (one row per day with the team report's
 * columns, then the range's total), 清单, 询单 and 退换货 sheets; bold header on a fill, frozen
 * top row, times as Excel dates on the shop's clock, amounts in yuan.
 */
import ExcelJS from 'exceljs';
import type { DailyLog } from '../../../common/reports/daily-log-schema';
import { wallClockDate } from '../../../common/time/zoned-time';
import { TEAM_COLUMNS } from '../../reports/team-report-xlsx';
import { toFigures } from '../../reports/team-report';
import type { DailyLogResponse } from '../console-api';

const HEADER_FILL = 'FFDDEBF7';
const TIME = 'yyyy-mm-dd hh:mm';
const MONEY = '#,##0.00';
const OUTCOME: Record<DailyLog['inquiryRows'][number]['outcome'], string> = {
  pending: '跟进中',
  converted: '成交',
  lost: '未成交',
};
const LOSS: Record<string, string> = { price: '价格', service: '服务', outOfStock: '缺货', other: '其他' };
const RETURN_KIND: Record<string, string> = { return: '退货', exchange: '换货', refundOnly: '仅退款' };

function sheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[]) {
  const added = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  added.columns = columns;
  added.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  return added;
}

const at = (value: number | null, zone: string) => (value === null ? null : wallClockDate(value, zone));

export async function agentDailyLogsXlsx(report: DailyLogResponse): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const summary = sheet(workbook, '日报汇总', [
    { header: '工号', width: 10 },
    { header: '姓名', width: 14 },
    { header: '日期', width: 12 },
    ...TEAM_COLUMNS.map(({ header, width }) => ({ header, width })),
  ]);
  const addFigures = (label: string, figures: Parameters<typeof toFigures>[0], zone: string) => {
    const row = summary.addRow([
      report.agent.code,
      report.agent.name,
      label,
      ...TEAM_COLUMNS.map((column) => column.value(toFigures(figures), zone)),
    ]);
    TEAM_COLUMNS.forEach((column, index) => {
      if (column.format) row.getCell(index + 4).numFmt = column.format;
    });
  };
  for (const log of report.logs) addFigures(log.day, log, log.timeZone);
  const zone = report.logs[0]?.timeZone ?? 'UTC';
  addFigures(
    `${report.summary.from}–${report.summary.to}`,
    // A range has no one briefing: its 早会 columns stay blank (the page shows days read).
    { ...report.summary, timeZone: zone, computedAt: 0, briefing: null },
    zone,
  );

  const checklist = sheet(workbook, '清单', [
    { header: '日期', width: 12 },
    { header: '步骤', width: 20 },
    { header: '完成时间', width: 18 },
    { header: '备注', width: 40 },
    { header: '自哪天转来', width: 12 },
  ]);
  const inquiries = sheet(workbook, '询单', [
    { header: '日期', width: 12 },
    { header: '时间', width: 18 },
    { header: '买家', width: 16 },
    { header: '商品', width: 24 },
    { header: '结果', width: 10 },
    { header: '流失原因', width: 10 },
    { header: '订单号', width: 22 },
    { header: '实付金额', width: 12 },
    { header: '备注', width: 40 },
  ]);
  const returns = sheet(workbook, '退换货', [
    { header: '日期', width: 12 },
    { header: '登记时间', width: 18 },
    { header: '类型', width: 10 },
    { header: '原因', width: 24 },
    { header: '状态', width: 12 },
    { header: '退款金额', width: 12 },
    { header: '订单号', width: 22 },
  ]);
  for (const log of report.logs) {
    for (const item of log.checklistItems)
      checklist
        .addRow([log.day, item.titleZh, at(item.checkedAt, log.timeZone), item.note, item.carriedFromDay])
        .getCell(3).numFmt = TIME;
    for (const row of log.inquiryRows) {
      const added = inquiries.addRow([
        log.day,
        at(row.inquiredAt, log.timeZone),
        row.buyerNick,
        row.product,
        OUTCOME[row.outcome],
        row.lossReason ? LOSS[row.lossReason] : null,
        row.orderNo,
        row.paidFen === null ? null : row.paidFen / 100,
        row.note,
      ]);
      added.getCell(2).numFmt = TIME;
      added.getCell(8).numFmt = MONEY;
    }
    for (const row of log.returnRows) {
      const added = returns.addRow([
        log.day,
        at(row.registeredAt, log.timeZone),
        RETURN_KIND[row.kind],
        row.reason,
        row.status,
        row.refundFen / 100,
        row.orderNo,
      ]);
      added.getCell(2).numFmt = TIME;
      added.getCell(6).numFmt = MONEY;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
