/**
 * The daily log as one CSV (UTF-8 with BOM, so Chinese Excel opens it as UTF-8). Every line's
 * first field names its section (the XLSX sheet name); each section starts with its header line
 * (the section name, then the column names), followed by its rows, in the XLSX sheet order. Times
 * are `YYYY-MM-DD HH:mm` on the shop's clock, shares `66.67%`, amounts yuan `123.45`, seconds and minutes `8.4`,
 * order numbers `="…"` so Excel keeps all their digits.
 */
import { formatFenAsYuan } from '../../../common/yuan';
import { localDateTime } from '../customers/local-day';
import type { Cell, Section } from './daily-log-sections';

function cellText(cell: Cell, timeZone: string): string {
  switch (cell.type) {
    case 'text':
      return cell.value;
    case 'code':
      // `="…"` keeps it text in Excel, as the platforms' own exports (and our order import) do.
      return cell.value === '' ? '' : `="${cell.value}"`;
    case 'count':
      return String(cell.value);
    case 'percent':
      return cell.value === null ? '' : `${(cell.value * 100).toFixed(2)}%`;
    case 'money':
      return cell.fen === null ? '' : formatFenAsYuan(cell.fen);
    case 'seconds':
    case 'minutes':
      return cell.value === null ? '' : cell.value.toFixed(1);
    case 'time':
      return cell.at === null ? '' : localDateTime(cell.at, timeZone);
    case 'day':
      return cell.value;
  }
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function dailyLogCsv(sections: readonly Section[], timeZone: string): Uint8Array {
  const lines = sections.flatMap((section) => [
    [section.name, ...section.headers],
    ...section.rows.map((row) => [section.name, ...row.map((cell) => cellText(cell, timeZone))]),
  ]);
  const body = lines.map((fields) => fields.map(csvField).join(',')).join('\r\n');
  return new TextEncoder().encode(`\uFEFF${body}\r\n`);
}
