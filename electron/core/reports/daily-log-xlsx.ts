/**
 * The daily log as an XLSX workbook, one sheet per section: bold header row on a fill, frozen
 * under the header, columns wide enough for their Chinese text; times are real Excel dates on
 * the shop's wall clock, shares are numbers with a % format and amounts are yuan numbers, so a
 * supervisor can sort and sum them.
 */
import type ExcelJS from 'exceljs';
import { wallClockDate } from '../../../common/time/zoned-time';
import type { Cell, Section } from './daily-log-sections';
import { displayWidth } from './display-width';

const HEADER_FILL = 'FFDDEBF7';
const MIN_WIDTH = 8;
const MAX_WIDTH = 48;
export const TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DAY_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.00%';
export const MONEY_FORMAT = '#,##0.00';
export const SECONDS_FORMAT = '0.0';
export const MINUTES_FORMAT = '0.0';

function cellValue(cell: Cell, timeZone: string): ExcelJS.CellValue {
  switch (cell.type) {
    case 'text':
    case 'code':
      return cell.value;
    case 'count':
      return cell.value;
    case 'percent':
      return cell.value;
    case 'money':
      return cell.fen === null ? null : cell.fen / 100;
    case 'seconds':
    case 'minutes':
      return cell.value;
    case 'time':
      return cell.at === null ? null : wallClockDate(cell.at, timeZone);
    case 'day':
      return new Date(`${cell.value}T00:00:00Z`);
  }
}

const FORMATS: Partial<Record<Cell['type'], string>> = {
  percent: PERCENT_FORMAT,
  money: MONEY_FORMAT,
  seconds: SECONDS_FORMAT,
  minutes: MINUTES_FORMAT,
  time: TIME_FORMAT,
  day: DAY_FORMAT,
};

/** What a cell shows, for sizing its column. */
function shownWidth(cell: Cell): number {
  if (cell.type === 'text' || cell.type === 'code') return displayWidth(cell.value);
  if (cell.type === 'time') return TIME_FORMAT.length;
  if (cell.type === 'day') return DAY_FORMAT.length;
  return 10;
}

export async function dailyLogXlsx(sections: readonly Section[], timeZone: string): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = section.headers.map((header, index) => {
      const widest = Math.max(
        displayWidth(header),
        ...section.rows.map((row) => (row[index] ? shownWidth(row[index]) : 0)),
      );
      return { header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
    });
    for (const cells of section.rows) {
      const row = sheet.addRow(cells.map((cell) => cellValue(cell, timeZone)));
      cells.forEach((cell, index) => {
        const format = FORMATS[cell.type];
        if (format) row.getCell(index + 1).numFmt = format;
      });
    }
    sheet.getRow(1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: 'middle' };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
