import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../test-support/test-desk';
import { orderListQuerySchema } from './order-schema';

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
/** Shanghai wall time → epoch ms. */
const shanghai = (y: number, m: number, d: number, h: number, mi: number, s = 0) =>
  Date.UTC(y, m - 1, d, h - 8, mi, s);

const setUp = () => openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-xlsx-orders-' });

/** Headers as a hand-made sheet has them: Chinese, some with trailing spaces. */
const HEADERS = ['订单号 ', '买家昵称', '订单状态 ', '实付金额 ', '手机号 ', '下单时间 ', '商品名称'];

/** A sheet saved by Excel: typed cells, not text — numbers, real dates, text kept as text. */
async function workbookBytes(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订单');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  // A real Excel date: a serial number shown through a date format.
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd hh:mm:ss';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel's serial dates carry no zone: the wall time written is the shop's wall time. */
const excelWallTime = (y: number, m: number, d: number, h: number, mi: number, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, mi, s));

describe('XLSX order import', () => {
  it('reads numbers, text, real dates and spaced headers, previews, then stores the orders', async () => {
    const { core, count } = setUp();
    const bytes = await workbookBytes([
      // The shop's own order number, typed as a number.
      [
        202611240001,
        '小橘子爱喝茶',
        '等待买家付款',
        128,
        '13800000001',
        excelWallTime(2026, 11, 20, 9, 12, 33),
        '翡翠平安扣吊坠',
      ],
      // A Taobao order number kept as text, so Excel does not round it.
      [
        '3321009876543210002',
        '海边的风',
        '买家已付款，等待卖家发货',
        // An amount a formula worked out, with binary floating-point's tail.
        { formula: '19.9*3', result: 59.699999999999996 },
        '13800000002',
        excelWallTime(2026, 11, 21, 23, 59),
        '青花瓷茶杯',
      ],
    ]);

    const preview = await core.orders.importPreview('订单.xlsx', bytes);
    expect(preview).toMatchObject({
      format: 'xlsx',
      totalRows: 2,
      headers: ['订单号', '买家昵称', '订单状态', '实付金额', '手机号', '下单时间', '商品名称'],
      needsMapping: false,
      invalid: [],
      customersToCreate: 2,
    });
    expect(preview.toAdd).toEqual([
      { row: 2, orderNo: '202611240001', buyerNick: '小橘子爱喝茶', status: 'unpaid' },
      { row: 3, orderNo: '3321009876543210002', buyerNick: '海边的风', status: 'paid' },
    ]);
    expect(count('orders')).toBe(0);

    const applied = await core.orders.importApply('订单.xlsx', bytes);
    expect(applied.toAdd).toHaveLength(2);
    expect(count('orders')).toBe(2);

    const stored = core.orders.list(orderListQuerySchema.parse({ sortDir: 'asc' })).orders;
    expect(
      stored.map((o) => [o.orderNo, o.buyerNick, o.status, o.paidFen, o.receiverPhone, o.orderedAt]),
    ).toEqual([
      ['202611240001', '小橘子爱喝茶', 'unpaid', 12800, '13800000001', shanghai(2026, 11, 20, 9, 12, 33)],
      ['3321009876543210002', '海边的风', 'paid', 5970, '13800000002', shanghai(2026, 11, 21, 23, 59)],
    ]);
    const detail = core.orders.get(stored[1]!.id);
    expect(detail.items).toEqual([expect.objectContaining({ title: '青花瓷茶杯', quantity: 1 })]);
    expect(detail.customer).toMatchObject({ nick: '海边的风', phones: ['13800000002'] });

    // The same workbook again changes nothing.
    const again = await core.orders.importApply('订单.xlsx', bytes);
    expect(again).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 2 });
    expect(count('orders')).toBe(2);
  });

  it('reports a broken row by its Excel row number and writes nothing', async () => {
    const { core, count } = setUp();
    const bytes = await workbookBytes([
      [
        202611240001,
        '小橘子爱喝茶',
        '等待买家付款',
        128,
        '13800000001',
        excelWallTime(2026, 11, 20, 9, 12),
        '吊坠',
      ],
      [
        202611240002,
        '海边的风',
        '买家已付款，等待卖家发货',
        '六十六',
        '13800000002',
        excelWallTime(2026, 11, 21, 10, 0),
        '茶杯',
      ],
      [202611240003, '山里的云', '交易成功', 88, '13800000003', excelWallTime(2026, 11, 22, 11, 30), '茶盘'],
    ]);

    const preview = await core.orders.importPreview('订单.xlsx', bytes);
    expect(preview.invalid).toEqual([
      {
        row: 3,
        column: '实付金额',
        messageKey: 'validation.orderImport.badMoney',
        params: { value: '六十六' },
      },
    ]);

    await expect(core.orders.importApply('订单.xlsx', bytes)).rejects.toMatchObject({
      messageKey: 'errors.import.hasInvalidRows',
    });
    expect(count('orders')).toBe(0);
    expect(count('customers')).toBe(0);
  });

  it('refuses a 19-digit order number Excel stored as a number instead of storing it rounded', async () => {
    const { core, count } = setUp();
    // Typed without a leading ', Excel keeps 15 digits: 3321009876543210001 becomes …210000.
    const bytes = await workbookBytes([
      [Number('3321009876543210001'), '小橘子爱喝茶', '等待买家付款', 128, '13800000001', null, '吊坠'],
    ]);

    const preview = await core.orders.importPreview('订单.xlsx', bytes);
    expect(preview.toAdd).toEqual([]);
    expect(preview.invalid).toEqual([
      {
        row: 2,
        column: '订单号',
        messageKey: 'validation.orderImport.badOrderNo',
        params: { value: '3.32100987654321e+18' },
      },
    ]);
    await expect(core.orders.importApply('订单.xlsx', bytes)).rejects.toMatchObject({
      messageKey: 'errors.import.hasInvalidRows',
    });
    expect(count('orders')).toBe(0);
  });
});
