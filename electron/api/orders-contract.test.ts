import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
const FIXTURE = readFileSync(new URL('../core/orders/fixtures/taobao-orders-sample.csv', import.meta.url));
const FIXTURE_TEXT = iconv.decode(FIXTURE, 'gbk');
const gbk = (text: string) => iconv.encode(text, 'gbk');
const file = (bytes: Uint8Array | string, fileName = 'ExportOrderList.csv') => ({
  fileName,
  contentBase64: Buffer.from(bytes).toString('base64'),
});
/** Shanghai wall time → epoch ms. */
const shanghai = (y: number, m: number, d: number, h: number, mi: number, s = 0) =>
  Date.UTC(y, m - 1, d, h - 8, mi, s);

async function serve() {
  const database = openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'kefu-orders-')), 'kefu.sqlite') });
  opened.push(database);
  let now = NOW;
  const core = createCoreServices({
    database,
    clock: { now: () => now },
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  const dispatch = createDispatcher(createHandlers(core), () => undefined);
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await call('settings.save', SAMPLE_SETTINGS);
  const count = (table: string) => database.sqlite.prepare(`select count(*) from ${table}`).pluck().get();
  const byNo = async (orderNo: string) => {
    const found = await call('orders.list', { query: orderNo, limit: 1 });
    return call('orders.get', { id: found.orders[0]!.id });
  };
  return { core, dispatch, call, database, count, byNo, tick: (ms: number) => (now += ms) };
}

describe('order files sent in pieces', () => {
  it('previews and imports a file sent a piece at a time, then lets it go', async () => {
    const { call, dispatch, count } = await serve();
    const uploadId = '5d0c3f4e-8a2b-4c1d-9e7f-0a1b2c3d4e5f';
    const third = Math.ceil(FIXTURE.length / 3);
    for (let offset = 0; offset < FIXTURE.length; offset += third) {
      const contentBase64 = FIXTURE.subarray(offset, offset + third).toString('base64');
      const { received } = await call('orders.importUpload', { uploadId, offset, contentBase64 });
      expect(received).toBe(Math.min(offset + third, FIXTURE.length));
    }
    const input = { fileName: 'ExportOrderList.csv', uploadId };
    expect(await call('orders.importPreview', input)).toMatchObject({ added: 8, totalRows: 8, invalid: [] });
    expect(await call('orders.importApply', input)).toMatchObject({ added: 8 });
    expect(count('orders')).toBe(8);

    expect(await dispatch('orders.importApply', input)).toMatchObject({
      ok: false,
      error: { messageKey: 'validation.orderImport.uploadGone' },
    });
  });

  it('says an empty file sent as one empty piece is empty', async () => {
    const { call } = await serve();
    const uploadId = '6e1d4f5a-9b3c-4d2e-8f70-1b2c3d4e5f60';
    expect(await call('orders.importUpload', { uploadId, offset: 0, contentBase64: '' })).toEqual({
      received: 0,
    });
    const preview = await call('orders.importPreview', { fileName: 'ExportOrderList.csv', uploadId });
    expect(preview.invalid.map((p) => p.messageKey)).toEqual(['validation.orderImport.empty']);
  });

  it('refuses a piece over 1 MB, so no single call holds the host', async () => {
    const { dispatch } = await serve();
    const contentBase64 = Buffer.alloc((1 << 20) + 3).toString('base64');
    expect(
      await dispatch('orders.importUpload', {
        uploadId: '5d0c3f4e-8a2b-4c1d-9e7f-0a1b2c3d4e5f',
        offset: 0,
        contentBase64,
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('Taobao order import over the contract', () => {
  it('imports the fixture: 8 orders, clean numbers and phones, statuses, customers and the remark note', async () => {
    const { call, count, byNo } = await serve();
    const preview = await call('orders.importPreview', file(FIXTURE));
    expect(preview).toMatchObject({
      format: 'taobao',
      encoding: 'gbk',
      totalRows: 8,
      needsMapping: false,
      unchanged: 0,
      customersToCreate: 7,
      invalid: [],
      toUpdate: [],
    });
    expect(preview.toAdd).toHaveLength(8);
    expect(count('orders')).toBe(0);

    const applied = await call('orders.importApply', file(FIXTURE));
    expect(applied.toAdd.map((a) => [a.row, a.status])).toEqual([
      [2, 'unpaid'],
      [3, 'paid'],
      [4, 'shipped'],
      [5, 'shipped'],
      [6, 'completed'],
      [7, 'closed'],
      [8, 'paid'],
      [9, 'shipped'],
    ]);
    expect(count('orders')).toBe(8);
    expect(count('customers')).toBe(7);

    const first = await byNo('3321009876543210001');
    expect(first.order).toMatchObject({
      orderNo: '3321009876543210001',
      buyerNick: '小橘子爱喝茶',
      receiverPhone: '13800000001',
      status: 'unpaid',
      totalFen: 12800,
      orderedAt: shanghai(2026, 11, 20, 9, 12, 33),
      paidAt: null,
    });
    expect(first.items).toEqual([
      expect.objectContaining({ title: '翡翠平安扣吊坠 A货 送证书', quantity: 1, priceFen: 12800 }),
    ]);
    expect(first.customer).toMatchObject({
      nick: '小橘子爱喝茶',
      platform: 'taobao',
      phones: ['13800000001'],
      addresses: ['浙江省 杭州市 西湖区 文三路 100号 3幢 502室(310012)'],
    });
    const sameBuyer = await call('orders.list', { customerId: first.customer!.id });
    expect(sameBuyer.orders.map((o) => o.orderNo).sort()).toEqual([
      '3321009876543210001',
      '3321009876543210008',
    ]);

    const third = (await byNo('3321009876543210003')).order;
    expect(third).toMatchObject({
      totalFen: 6600,
      postageFen: 1000,
      paidFen: 6600,
      trackingNo: 'YT7000000000003',
      courier: '圆通速递',
    });
    expect((await byNo('3321009876543210006')).order).toMatchObject({ status: 'closed', paidFen: 0 });

    const flagged = await byNo('3321009876543210004');
    expect(flagged.order).toMatchObject({
      remark: '改地址 工号007 2026-11-18 15:00',
      remarkFlag: 'red',
      receiverAddress: '广东省 深圳市 南山区 科技园 "创新"大厦 12楼, 前台代收(518057)',
      receiverPhone: '13800000004',
    });
    expect(flagged.remarks).toEqual([
      expect.objectContaining({
        flag: 'red',
        agentCode: '007',
        reason: '改地址',
        remarkedAt: shanghai(2026, 11, 18, 15, 0),
      }),
    ]);
    expect((await byNo('3321009876543210007')).order.buyerMessage).toMatch(/^发EMS\r?\n周末不在家$/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const { call, database, tick } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const snapshot = () =>
      database.sqlite
        .prepare(
          `select (select group_concat(id || updated_at) from orders) o,
                  (select group_concat(id || updated_at) from customers) c,
                  (select count(*) from order_remarks) r, (select count(*) from order_items) i`,
        )
        .get();
    const before = snapshot();
    tick(3_600_000);
    const again = await call('orders.importApply', file(FIXTURE));
    expect(again).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 8, customersToCreate: 0, invalid: [] });
    expect(snapshot()).toEqual(before);
  });

  it('reports a broken row with its row number and reason, and writes nothing', async () => {
    const { call, dispatch, count } = await serve();
    const broken = FIXTURE_TEXT.replace('交易成功', '已退款').replace(',1580.00,', ',15八0,');
    const preview = await call('orders.importPreview', file(gbk(broken)));
    expect(preview.invalid).toEqual([
      {
        row: 5,
        column: '买家应付货款',
        messageKey: 'validation.orderImport.badMoney',
        params: { value: '15八0' },
      },
      {
        row: 6,
        column: '订单状态',
        messageKey: 'validation.orderImport.unknownStatus',
        params: { value: '已退款' },
      },
    ]);
    const refused = await dispatch('orders.importApply', file(gbk(broken)));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', messageKey: 'errors.import.hasInvalidRows', details: { count: 2 } },
    });
    expect(count('orders')).toBe(0);
    expect(count('customers')).toBe(0);
  });

  it('updates in place from a newer export: status forward, tracking added, never backward', async () => {
    const { call, byNo, core, tick } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const before = await byNo('3321009876543210002');
    const changed: string[][] = [];
    core.orders.onChange((ids) => changed.push(ids));
    tick(86_400_000);
    const newer = FIXTURE_TEXT.replace(
      "买家已付款，等待卖家发货,请用顺丰，谢谢,周一鸣,江苏省 南京市 鼓楼区 中山北路 8号(210009),快递,,'13800000002,2026-11-20 10:01:05,2026-11-20 10:03:41,貔貅手链 天然冰种,1,,,",
      "卖家已发货，等待买家确认,请用顺丰，谢谢,周一鸣,江苏省 南京市 鼓楼区 中山北路 8号(210009),快递,,'13800000002,2026-11-20 10:01:05,2026-11-20 10:03:41,貔貅手链 天然冰种,1,SF2000000000002,顺丰速运,",
    ).replace('交易成功', '卖家已发货，等待买家确认');
    const report = await call('orders.importApply', file(gbk(newer)));
    expect(report.toAdd).toEqual([]);
    expect(report.toUpdate).toEqual([
      { row: 3, orderNo: '3321009876543210002', changes: ['status', 'courier', 'trackingNo', 'shippedAt'] },
    ]);
    expect(report.unchanged).toBe(7);
    const after = await byNo('3321009876543210002');
    expect(after.order).toMatchObject({
      id: before.order.id,
      status: 'shipped',
      trackingNo: 'SF2000000000002',
      courier: '顺丰速运',
      shippedAt: shanghai(2026, 11, 20, 10, 3, 41),
    });
    expect((await byNo('3321009876543210005')).order.status).toBe('completed');
    expect(changed).toEqual([[before.order.id]]);
  });

  it('asks for a column mapping when the layout is not recognised, then imports with it', async () => {
    const { call } = await serve();
    const sheet = '单据,客户旺旺,进度,金额\r\nA-1001,阿花,已付款待发,12.5\r\nA-1002,阿草,paid,8\r\n'.replace(
      '已付款待发',
      '买家已付款,等待卖家发货',
    );
    const quoted = sheet.replace('买家已付款,等待卖家发货', '"买家已付款,等待卖家发货"');
    const preview = await call('orders.importPreview', file(quoted, 'orders.csv'));
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      needsMapping: true,
      headers: ['单据', '客户旺旺', '进度', '金额'],
      toAdd: [],
    });
    expect(preview.invalid.map((p) => p.params.field)).toEqual(['orderNo', 'status']);

    const mapping = { orderNo: '单据', buyerNick: '客户旺旺', status: '进度', total: '金额' };
    const mapped = await call('orders.importApply', { ...file(quoted, 'orders.csv'), mapping });
    expect(mapped.toAdd).toEqual([
      { row: 2, orderNo: 'A-1001', buyerNick: '阿花', status: 'paid' },
      { row: 3, orderNo: 'A-1002', buyerNick: '阿草', status: 'paid' },
    ]);
    const list = await call('orders.list', { sortBy: 'total', sortDir: 'desc' });
    expect(list.orders.map((o) => o.totalFen)).toEqual([1250, 800]);
  });
});

describe('orders by hand', () => {
  it('refuses closed → paid and walks paid → shipped, filling the ship time', async () => {
    const { call, dispatch, byNo, tick } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const closed = await byNo('3321009876543210006');
    expect(await dispatch('orders.setStatus', { id: closed.order.id, status: 'paid' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        messageKey: 'errors.order.badTransition',
        details: { from: 'closed', to: 'paid' },
      },
    });
    const paid = await byNo('3321009876543210007');
    tick(60_000);
    const shipped = await call('orders.setStatus', { id: paid.order.id, status: 'shipped' });
    expect(shipped).toMatchObject({ status: 'shipped', shippedAt: NOW + 60_000 });
    expect(await dispatch('orders.setStatus', { id: paid.order.id, status: 'unpaid' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.order.badTransition' },
    });
  });

  it('keeps every remark change with 工号, time and a required reason', async () => {
    const { call, dispatch, byNo, tick } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const { order } = await byNo('3321009876543210004');
    const noReason = await dispatch('orders.setRemark', {
      id: order.id,
      remark: '已改地址',
      flag: 'green',
      reason: ' ',
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [{ path: ['reason'], messageKey: 'validation.order.reasonRequired' }] },
      },
    });
    tick(120_000);
    const saved = await call('orders.setRemark', {
      id: order.id,
      remark: '已改地址',
      flag: 'green',
      reason: '买家确认新地址',
    });
    expect(saved).toMatchObject({ remark: '已改地址', remarkFlag: 'green' });
    const history = (await call('orders.get', { id: order.id })).remarks;
    expect(history.map((h) => [h.agentCode, h.flag, h.reason, h.remarkedAt])).toEqual([
      ['007', 'red', '改地址', shanghai(2026, 11, 18, 15, 0)],
      ['KF007', 'green', '买家确认新地址', NOW + 120_000],
    ]);
    // A re-import of the older export brings the platform's remark back, and says so in the history.
    const again = await call('orders.importApply', file(FIXTURE));
    expect(again.toUpdate).toEqual([
      { row: 5, orderNo: '3321009876543210004', changes: ['remark', 'remarkFlag'] },
    ]);
    expect((await call('orders.get', { id: order.id })).remarks).toHaveLength(3);
  });

  it('creates an order by hand, linked to its buyer, and refuses a second with the same number', async () => {
    const { call, dispatch } = await serve();
    const input = {
      orderNo: '4400000000000000001',
      buyerNick: '手工买家',
      totalFen: 9900,
      receiverPhone: '13900000000',
      items: [{ title: '手链', quantity: 2, priceFen: 4950 }],
    };
    const created = await call('orders.save', input);
    expect(created).toMatchObject({ status: 'unpaid', totalFen: 9900, buyerNick: '手工买家' });
    const detail = await call('orders.get', { id: created.id });
    expect(detail.items).toHaveLength(1);
    expect(detail.customer?.nick).toBe('手工买家');
    expect(await dispatch('orders.save', input)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.order.duplicateOrderNo' },
    });
    expect(await dispatch('orders.save', { ...input, orderNo: '12 34' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['orderNo'], messageKey: 'validation.order.orderNo' }] } },
    });
  });

  it('filters the list the way the SOP asks', async () => {
    const { call } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const nos = async (query: Record<string, unknown>) =>
      (await call('orders.list', query)).orders.map((o) => o.orderNo.slice(-1)).sort();
    expect(await nos({ unpaid: true })).toEqual(['1']);
    expect(await nos({ status: ['shipped', 'completed'] })).toEqual(['3', '4', '5', '8']);
    expect(await nos({ unverifiedAddress: true })).toEqual(['2', '7']);
    const two = (await call('orders.list', { query: '3321009876543210002' })).orders[0]!;
    const verified = await call('orders.verifyAddress', { id: two.id });
    expect(verified).toMatchObject({ addressVerifiedBy: 'KF007', addressVerifiedAt: NOW });
    expect(await nos({ unverifiedAddress: true })).toEqual(['7']);
    expect(await nos({ shippedDaysNotSigned: 3 })).toEqual(['3', '4', '8']);
    expect(await nos({ shippedDaysNotSigned: 7 })).toEqual(['3', '8']);
    expect(await nos({ flag: 'red' })).toEqual(['4']);

    const three = (await call('orders.list', { query: '3321009876543210003' })).orders[0]!;
    await call('orders.setLogistics', { id: three.id, logisticsState: 'exception' });
    expect(await nos({ logisticsException: true })).toEqual(['3']);
    await call('orders.setLogistics', { id: three.id, logisticsState: 'signed' });
    expect(await nos({ shippedDaysNotSigned: 3 })).toEqual(['4', '8']);
    const five = (await call('orders.list', { query: '3321009876543210005' })).orders[0]!;
    await call('orders.setReview', { id: five.id, reviewState: 'neutral' });
    expect(await nos({ badReview: true })).toEqual(['5']);

    expect(await nos({ query: '小橘子爱喝茶' })).toEqual(['1', '8']);
    // The receiver's name, whole or its start (the surname), as agents read it off a parcel.
    expect(await nos({ query: '周一鸣' })).toEqual(['2']);
    expect(await nos({ query: '林小' })).toEqual(['1', '8']);
    expect(await nos({ query: '00000004' })).toEqual(['4']);
    expect(await nos({ query: '%' })).toEqual([]);
    const page = await call('orders.list', { sortBy: 'total', sortDir: 'desc', limit: 3, offset: 1 });
    expect(page.total).toBe(8);
    expect(page.orders.map((o) => o.totalFen)).toEqual([37500, 29900, 12800]);
    const byPaid = await call('orders.list', { sortBy: 'paidAt', sortDir: 'asc' });
    // Never-paid orders sort as the earliest: first ascending, last descending.
    expect(byPaid.orders.map((o) => o.orderNo.slice(-1)).slice(2)).toEqual(['5', '3', '8', '4', '2', '7']);
    const byPaidDesc = await call('orders.list', { sortBy: 'paidAt', sortDir: 'desc' });
    expect(byPaidDesc.orders.map((o) => o.orderNo.slice(-1)).slice(0, 6)).toEqual([
      '7',
      '2',
      '4',
      '8',
      '3',
      '5',
    ]);
  });

  it('holds writes made during an import until it has committed, so none is lost with it', async () => {
    const { call, core } = await serve();
    await call('orders.importApply', file(FIXTURE));
    const [first] = (await call('orders.list', { unpaid: true })).orders;
    const finished: string[] = [];
    const running = call('orders.importApply', file(FIXTURE)).then(() => finished.push('import'));
    const write = call('orders.setStatus', { id: first!.id, status: 'paid' }).then((order) => {
      finished.push('write');
      return order;
    });
    await Promise.all([running, write]);
    expect(finished).toEqual(['import', 'write']);
    expect((await write).status).toBe('paid');
    expect(core.writeGate.busy()).toBe(false);
  });
});
