import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChecklistToday } from '../core/checklist/checklist-schema';
import { inquiryLogInputSchema } from '../core/customers/inquiry-schema';
import type { DailyReport } from '../core/reports/daily-log-schema';
import { zonedDay } from '../../common/time/zoned-time';
import { kefu, openSetUpShop } from './cli-test-harness';

/** A set-up shop (Shanghai clock) where the agent logged two inquiries just now, one converted. */
function shopWithInquiries(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-report-cli-'));
  const { database, core } = openSetUpShop(dataDir, () => Date.now());
  core.inquiries.log(inquiryLogInputSchema.parse({ buyerNick: 'tb_88213', outcome: 'converted' }));
  core.inquiries.log(
    inquiryLogInputSchema.parse({ buyerNick: '雨后彩虹_', outcome: 'lost', lossReason: 'price' }),
  );
  database.close();
  return dataDir;
}

const today = () => zonedDay(Date.now(), 'Asia/Shanghai');

describe('kefu checklist today', () => {
  it('creates the day once and prints it as JSON and as text in the agent’s language', () => {
    const dir = shopWithInquiries();
    const first = kefu(dir, 'checklist', 'today', '--json');
    expect(first.code).toBe(0);
    const day = JSON.parse(first.out) as ChecklistToday;
    expect(day.day).toBe(today());
    expect(day.items.map((i) => i.step.titleZh).slice(0, 3)).toEqual([
      '开工准备',
      '整理昨日未完成',
      '在线接待',
    ]);
    const again = JSON.parse(kefu(dir, 'checklist', 'today', '--json').out) as ChecklistToday;
    expect(again.dayId).toBe(day.dayId);
    const text = kefu(dir, 'checklist', 'today');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`${today()} 每日清单：已完成 0/12`);
    expect(text.out).toContain('  [ ] 催付 (0 项)');
  });
});

describe('kefu report daily', () => {
  it('writes the day’s log as XLSX, CSV and JSON files', async () => {
    const dir = shopWithInquiries();
    const xlsxFile = join(dir, 'day.xlsx');
    const xlsx = kefu(dir, 'report', 'daily', '--date', today(), '--format', 'xlsx', '--out', xlsxFile);
    expect(xlsx.code).toBe(0);
    expect(xlsx.out).toContain(`日报已写入 ${xlsxFile}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(xlsxFile)).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '清单',
      '询单',
      '任务',
      '退换货',
      '短语使用',
    ]);

    const jsonFile = join(dir, 'day.json');
    expect(kefu(dir, 'report', 'daily', '--date', today(), '--format', 'json', '--out', jsonFile).code).toBe(
      0,
    );
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as DailyReport;
    expect(report.logs[0]!.inquiries).toMatchObject({ total: 2, converted: 1, conversionRate: 0.5 });
    expect(report.logs[0]!.agent.agentCode).toBe('KF007');

    const csvFile = join(dir, 'day.csv');
    expect(kefu(dir, 'report', 'daily', '--date', today(), '--format', 'csv', '--out', csvFile).code).toBe(0);
    expect([...readFileSync(csvFile).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('refuses a bad format or date, and another agent’s log for an agent', () => {
    const dir = shopWithInquiries();
    const out = join(dir, 'x');
    const format = kefu(dir, 'report', 'daily', '--date', today(), '--format', 'pdf', '--out', out);
    expect(format).toMatchObject({ code: 1 });
    expect(format.err).toContain('--format 只能是 xlsx、csv 或 json（收到 pdf）');
    const date = kefu(dir, 'report', 'daily', '--date', '24/11/2026', '--format', 'json', '--out', out);
    expect(date.code).toBe(1);
    expect(date.err).toContain('24/11/2026');
    const other = kefu(
      dir,
      'report',
      'daily',
      '--date',
      today(),
      '--agent',
      'KF008',
      '--format',
      'json',
      '--out',
      out,
    );
    expect(other.code).toBe(1);
    expect(other.err).toContain('客服只能查看自己的日报');
  });
});
