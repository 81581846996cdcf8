import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orders } from '../../db/schema';
import { kefu, openSetUpShop } from './cli-test-harness';

const NOW = Date.UTC(2026, 10, 24, 6, 5);

/** A set-up shop with one 交易成功 order of ¥299.00. */
function shopWithOrder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-invoices-'));
  const { core, database } = openSetUpShop(dir, () => NOW);
  database.db
    .insert(orders)
    .values({
      id: crypto.randomUUID(),
      shopId: core.settings.identity()!.shopId,
      createdAt: NOW,
      updatedAt: NOW,
      orderNo: '7000001',
      buyerNick: '小周',
      status: 'completed',
      paidFen: 29_900,
      totalFen: 29_900,
    })
    .run();
  database.close();
  return dir;
}

describe('kefu invoices', () => {
  it('adds a request, lists it by status and exports XLSX and CSV', async () => {
    const dir = shopWithOrder();
    const added = kefu(
      dir,
      'invoices',
      'add',
      '--order',
      '7000001',
      '--title',
      '福州某某科技有限公司',
      '--tax-no',
      '91350100M000100Y43',
      '--kind',
      'electronic',
      '--email',
      'fin@example.cn',
    );
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toContain('已记下发票申请（待开）：订单 7000001，抬头 福州某某科技有限公司，¥299.00');

    const pending = kefu(dir, 'invoices', 'list', '--status', 'pending');
    expect(pending.code).toBe(0);
    expect(pending.out).toContain('1 张发票（共 1 张）');
    expect(pending.out).toContain('91350100M000100Y43');
    expect(pending.out).toContain('待开');
    const issued = JSON.parse(kefu(dir, 'invoices', 'list', '--status', 'issued', '--json').out);
    expect(issued).toEqual({ invoices: [], total: 0 });
    const all = JSON.parse(kefu(dir, 'invoices', 'list', '--json').out);
    expect(all.invoices).toMatchObject([
      { orderNo: '7000001', amountFen: 29_900, source: 'cli', titleKind: 'company' },
    ]);

    const xlsxFile = join(dir, 'invoices.xlsx');
    expect(kefu(dir, 'invoices', 'export', '--format', 'xlsx', '--out', xlsxFile).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('发票抬头');
    expect(sheet.getRow(2).getCell(5).value).toBe('福州某某科技有限公司');
    expect(sheet.getRow(2).getCell(8).value).toBe(299);

    const csvFile = join(dir, 'invoices.csv');
    expect(kefu(dir, 'invoices', 'export', '--format', 'csv', '--out', csvFile).code).toBe(0);
    const csv = readFileSync(csvFile);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1).split('\r\n')[0]).toMatch(
      /^申请时间,订单号,买家,抬头类型,发票抬头,税号,/,
    );
    // Four child processes, each opening the database: slow on a busy machine, not a hang.
  }, 60_000);

  it('refuses a wrong 税号 and an amount above what the order paid, exit 1, nothing written', () => {
    const dir = shopWithOrder();
    const base = [
      'invoices',
      'add',
      '--order',
      '7000001',
      '--title',
      '福州某某科技有限公司',
      '--kind',
      'electronic',
    ];
    const wrongTaxNo = kefu(dir, ...base, '--tax-no', '91350100M000100Y44', '--email', 'fin@example.cn');
    expect(wrongTaxNo.code).toBe(1);
    expect(wrongTaxNo.err).toContain('taxNo: 税号校验位不对：第 18 位应为 3，填的是 4');

    const tooMuch = kefu(
      dir,
      ...base,
      '--tax-no',
      '91350100M000100Y43',
      '--email',
      'fin@example.cn',
      '--amount',
      '299.01',
    );
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.err).toContain('¥299.00');

    const badKind = kefu(dir, ...base.slice(0, -1), 'vat');
    expect(badKind.code).toBe(1);
    expect(badKind.err).toContain('--kind 只能是 electronic | paper | special（收到 vat）');
    expect(JSON.parse(kefu(dir, 'invoices', 'list', '--json').out).total).toBe(0);
  }, 60_000);
});
