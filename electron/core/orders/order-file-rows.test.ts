import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { manyTaobaoOrders, TAOBAO_FIXTURE } from '../test-support/taobao-orders';
import { readOrderFile } from './order-file-rows';

const gbkText = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'gbk');
const read = (text: string) =>
  readOrderFile({
    fileName: 'ExportOrderList.csv',
    bytes: iconv.encode(text, 'gbk'),
    timeZone: 'Asia/Shanghai',
  });
const problemsOf = (parsed: Awaited<ReturnType<typeof read>>) =>
  parsed.base.invalid.map(({ row, messageKey }) => ({ row, messageKey }));

describe('reading an order file piece by piece', () => {
  it('finds the header under a title line and keeps Excel row numbers past blank lines', async () => {
    const [header, ...lines] = gbkText(TAOBAO_FIXTURE).split(/\r?\n/).filter(Boolean);
    const parsed = await read(
      ['已卖出的宝贝 导出', '', header, lines[0], '', ',,,', ...lines.slice(1)].join('\r\n'),
    );

    expect(parsed.base).toMatchObject({ format: 'taobao', totalRows: 8, invalid: [] });
    expect(parsed.rows.map((r) => r.row)).toEqual([4, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('skips a row repeating an earlier one word for word and counts it (two exports joined)', async () => {
    const [header, ...lines] = gbkText(TAOBAO_FIXTURE).split(/\r?\n/).filter(Boolean);
    // The second export's copy of an order lost Excel's ="…" quoting: the same order, as read.
    const copy = lines[2]!.replace('="3321009876543210003"', '3321009876543210003');
    const parsed = await read([header, ...lines, lines[0], copy].join('\r\n'));

    expect(parsed.base).toMatchObject({ totalRows: 10, invalid: [], duplicateRows: 2 });
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses one order number with other content, naming both rows', async () => {
    const [header, ...lines] = gbkText(TAOBAO_FIXTURE).split(/\r?\n/).filter(Boolean);
    const changed = lines[0]!.replace('等待买家付款', '交易关闭');
    const parsed = await read([header, ...lines, changed].join('\r\n'));

    expect(parsed.base.duplicateRows).toBe(0);
    expect(parsed.base.invalid).toEqual([
      {
        row: 10,
        column: '订单编号',
        messageKey: 'validation.orderImport.duplicateOrderNo',
        params: { value: '3321009876543210001', firstRow: 2 },
      },
    ]);
  });

  it('imports nothing from a file whose quote is never closed far down, and names the row', async () => {
    // Past the first pieces read, so rows before it were already read when the break is found.
    const text = `${gbkText(manyTaobaoOrders(4500))}\r\n"3321000000000099999,broken`;
    const parsed = await read(text);

    expect(problemsOf(parsed)).toEqual([{ row: 4502, messageKey: 'validation.orderImport.unreadable' }]);
    expect(parsed.rows).toEqual([]);
  });

  it('calls a file with a header and nothing under it empty, and so an empty one', async () => {
    const [header] = gbkText(TAOBAO_FIXTURE).split(/\r?\n/);
    expect(problemsOf(await read(`${header}\r\n\r\n`))).toEqual([
      { row: 0, messageKey: 'validation.orderImport.empty' },
    ]);
    expect(problemsOf(await read(''))).toEqual([{ row: 0, messageKey: 'validation.orderImport.empty' }]);
  });

  it('calls a file broken right under its header unreadable, not also empty', async () => {
    const [header] = gbkText(TAOBAO_FIXTURE).split(/\r?\n/);
    expect(problemsOf(await read(`${header}\r\n"3321009876543210001,broken`))).toEqual([
      { row: 2, messageKey: 'validation.orderImport.unreadable' },
    ]);
  });

  it('calls a file broken from its first line unreadable at row 1', async () => {
    expect(problemsOf(await read('"订单编号,买家会员名\r\n1,2\r\n'))).toEqual([
      { row: 1, messageKey: 'validation.orderImport.unreadable' },
    ]);
  });
});
