/**
 * The team daily report as XLSX: one 团队日报 sheet, one row per agent, a bold header on a fill
 * frozen at the top; counts, shares and yuan amounts are real numbers (and times real Excel
 * dates on the shop's clock) so a supervisor can sort and sum them.
 */
import ExcelJS from 'exceljs';
import type { TeamFigures, TeamReport } from './team-report';
import { wallClockDate } from '../../common/time/zoned-time';

export const TEAM_SHEET = '团队日报';
const HEADER_FILL = 'FFDDEBF7';
const PERCENT = '0.00%';
const MONEY = '#,##0.00';
const SECONDS = '0.0';
const MINUTES = '0.0';
const TIME = 'hh:mm';

type Column = {
  header: string;
  width: number;
  format?: string;
  value: (figures: TeamFigures, timeZone: string) => ExcelJS.CellValue;
};

const count = (header: string, pick: (figures: TeamFigures) => number): Column => ({
  header,
  width: Math.max(10, header.length * 2 + 2),
  value: pick,
});
const yuan = (header: string, pick: (figures: TeamFigures) => number | null): Column => ({
  header,
  width: 14,
  format: MONEY,
  value: (figures) => {
    const fen = pick(figures);
    return fen === null ? null : fen / 100;
  },
});
const time = (header: string, pick: (figures: TeamFigures) => number | null): Column => ({
  header,
  width: 12,
  format: TIME,
  value: (figures, timeZone) => {
    const at = pick(figures);
    return at === null ? null : wallClockDate(at, timeZone);
  },
});

export const TEAM_COLUMNS: readonly Column[] = [
  count('清单完成', (f) => f.checklistChecked),
  count('清单步骤', (f) => f.checklistTotal),
  count('询单', (f) => f.inquiries),
  count('成交', (f) => f.converted),
  count('流失', (f) => f.lost),
  { header: '询单转化率', width: 12, format: PERCENT, value: (f) => f.conversionRate },
  count('成交订单', (f) => f.convertedOrders),
  yuan('成交金额', (f) => f.convertedPaidFen),
  yuan('客单价', (f) => f.averageOrderValueFen),
  count('修改备注', (f) => f.remarks),
  count('核对收件信息', (f) => f.addressVerifications),
  count('发货通知', (f) => f.shipNotices),
  count('新建任务', (f) => f.tasksCreated),
  count('完成任务', (f) => f.tasksDone),
  count('逾期任务', (f) => f.tasksOverdue),
  count('退换货登记', (f) => f.returnsRegistered),
  yuan('退款金额', (f) => f.refundFen),
  count('中差评处理', (f) => f.badReviewsHandled),
  count('投诉新建', (f) => f.complaintsOpened),
  count('投诉完成', (f) => f.complaintsDone),
  count('短语使用', (f) => f.phraseUses),
  count('计时买家问题', (f) => f.timedQuestions),
  { header: '平均响应用时（秒）', width: 18, format: SECONDS, value: (f) => f.averageResponseSeconds },
  { header: '15秒内回复占比', width: 16, format: PERCENT, value: (f) => f.answeredWithin15sRate },
  count('采用推荐话术', (f) => f.suggestionsPicked),
  count('发票收集', (f) => f.invoicesCollected),
  count('发票开具', (f) => f.invoicesIssued),
  count('待开发票', (f) => f.invoicesPending),
  count('发起升级', (f) => f.escalationsOpened),
  count('答复升级', (f) => f.escalationsAnswered),
  count('关闭升级', (f) => f.escalationsClosed),
  {
    header: '首次答复用时中位数（分钟）',
    width: 24,
    format: MINUTES,
    value: (f) => f.medianFirstAnswerMinutes,
  },
  {
    header: '早会已读',
    width: 10,
    // 是 / 否 for the day's briefing; blank when there was none.
    value: (f) => (f.briefingHeld ? (f.briefingReadAt === null ? '否' : '是') : null),
  },
  time('早会已读时间', (f) => f.briefingReadAt),
  time('首次活动', (f) => f.firstActivityAt),
  time('最后活动', (f) => f.lastActivityAt),
];

export const TEAM_HEADERS = ['工号', '姓名', '日期', ...TEAM_COLUMNS.map((column) => column.header)];

export async function teamReportXlsx(report: TeamReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEAM_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '工号', width: 10 },
    { header: '姓名', width: 14 },
    { header: '日期', width: 12 },
    ...TEAM_COLUMNS.map(({ header, width }) => ({ header, width })),
  ];
  for (const agent of report.agents) {
    const { figures, timeZone } = agent;
    const row = sheet.addRow([
      agent.agentCode,
      agent.name,
      report.date,
      ...TEAM_COLUMNS.map((column) => (figures ? column.value(figures, timeZone ?? 'UTC') : null)),
    ]);
    TEAM_COLUMNS.forEach((column, index) => {
      if (column.format) row.getCell(index + 4).numFmt = column.format;
    });
  }
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
