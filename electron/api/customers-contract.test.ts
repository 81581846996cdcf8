import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { orders, phraseUsages, tasks } from '../../db/schema';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_SHELL } from '../core/platform/headless-shell';
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

/** 2026-11-25 00:30 in Shanghai, still 11-24 in UTC. */
const NOW = Date.UTC(2026, 10, 24, 16, 30);
const HOUR = 3_600_000;

async function serve() {
  const database = openDatabase({
    file: join(mkdtempSync(join(tmpdir(), 'kefu-customers-')), 'kefu.sqlite'),
  });
  opened.push(database);
  let now = NOW;
  const core = createCoreServices({
    database,
    clock: { now: () => now },
    shell: HEADLESS_SHELL,
    injector: {
      paste: async () => ({ status: 'pasted' }),
      copy: async () => undefined,
    },
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await call('settings.save', SAMPLE_SETTINGS);
  const who = core.settings.identity()!;
  let orderCount = 0;
  /** Orders arrive through the import; here they are written the way it writes them. */
  const insertOrder = (
    orderNo: string,
    customerId: string | null,
    fields: Partial<typeof orders.$inferInsert> = {},
  ) => {
    const id = `00000000-0000-4000-8000-${String(++orderCount).padStart(12, '0')}`;
    database.db
      .insert(orders)
      .values({
        id,
        shopId: who.shopId,
        orderNo,
        customerId,
        status: 'paid',
        totalFen: 12800,
        orderedAt: now - HOUR * orderCount,
        createdAt: now,
        updatedAt: now,
        ...fields,
      })
      .run();
    return id;
  };
  return { dispatch, call, core, database, who, insertOrder, tick: (ms: number) => (now += ms) };
}

const customer = (nick: string, extra: Record<string, unknown> = {}) => ({ nick, ...extra });

describe('customers over the contract', () => {
  it('finds a buyer by part of the nick, any part of a phone, or an order number', async () => {
    const { call, insertOrder } = await serve();
    const tea = await call('customers.save', customer('小橘子爱喝茶', { phones: ['138-0000 0001'] }));
    const other = await call('customers.save', customer('TB_Rain2026', { phones: ['+86 139 1234 5678'] }));
    insertOrder('3321009876543210001', tea.id);
    insertOrder('3321009876543210002', tea.id);

    expect(tea.phones).toEqual(['13800000001']);
    const nicks = async (query: string) =>
      (await call('customers.search', { query })).map((hit) => hit.customer.nick);
    expect(await nicks('橘子')).toEqual(['小橘子爱喝茶']);
    expect(await nicks('rain')).toEqual(['TB_Rain2026']);
    expect(await nicks('1234 56')).toEqual(['TB_Rain2026']);
    expect(await nicks('00000001')).toEqual(['小橘子爱喝茶']);
    expect(await nicks('3321009876543210002')).toEqual(['小橘子爱喝茶']);
    expect(await nicks('543210002')).toEqual(['小橘子爱喝茶']);
    // Five trailing digits are too few to stand for an order.
    expect(await nicks('10002')).toEqual([]);
    expect(await nicks('nobody')).toEqual([]);

    const [hit] = await call('customers.search', { query: '小橘子' });
    expect(hit).toMatchObject({ orderCount: 2, lastOrderAt: NOW - 3_600_000 });
    expect((await call('customers.search', { query: '' })).map((h) => h.customer.id).sort()).toEqual(
      [tea.id, other.id].sort(),
    );
  });

  it('refuses a second customer with the same nick on the same platform', async () => {
    const { call, dispatch } = await serve();
    const first = await call('customers.save', customer('tb_88213'));
    expect(await dispatch('customers.save', customer('tb_88213'))).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.customer.duplicateNick', details: { nick: 'tb_88213' } },
    });
    const second = await call('customers.save', customer('someone_else'));
    expect(await dispatch('customers.save', { ...customer('tb_88213'), id: second.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.customer.duplicateNick' },
    });
    // Another platform's buyer may carry the same nick.
    await call('customers.save', customer('tb_88213', { platform: 'jd' }));
    expect((await call('customers.get', { id: first.id })).customer.nick).toBe('tb_88213');
  });

  it('validates phones, lists and enums with i18n keys', async () => {
    const { dispatch } = await serve();
    const result = await dispatch('customers.save', {
      nick: ' ',
      phones: ['13800000001', '12'],
      addresses: ['a', 'b', 'c', 'd', 'e', 'f'],
      customerType: 'rich',
      concerns: ['credit', 'weather'],
    });
    if (result.ok) throw new Error('accepted a bad customer');
    expect(result.error.details.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['nick'], messageKey: 'validation.customer.nickRequired' }),
        expect.objectContaining({ path: ['phones', 1], messageKey: 'validation.customer.phone' }),
        expect.objectContaining({ path: ['addresses'], messageKey: 'validation.customer.tooManyAddresses' }),
        expect.objectContaining({ path: ['customerType'] }),
        expect.objectContaining({ path: ['concerns', 1] }),
      ]),
    );
  });

  it('shows orders, inquiries, tasks and phrases sent on the customer page', async () => {
    const { call, core, database, who, insertOrder, tick } = await serve();
    const buyer = await call('customers.save', {
      nick: '小橘子爱喝茶',
      name: '林小满',
      phones: ['13800000001'],
      addresses: ['浙江省 杭州市 西湖区 文三路 100号'],
      customerType: 'bargainer',
      concerns: ['credit', 'returnPostage'],
      tags: ['老客'],
      notes: '喜欢顺丰',
    });
    const orderId = insertOrder('3321009876543210001', buyer.id, { remarkFlag: 'red' });
    insertOrder('3321009876543210009', null);
    const at = NOW;
    database.db
      .insert(tasks)
      .values([
        {
          id: crypto.randomUUID(),
          shopId: who.shopId,
          kind: 'verifyAddress',
          title: '核对收件信息',
          orderId,
          source: 'rule',
          dueAt: at,
          createdAt: at,
          updatedAt: at,
        },
        {
          id: crypto.randomUUID(),
          shopId: who.shopId,
          kind: 'callback',
          title: '回访',
          customerId: buyer.id,
          createdAt: at,
          updatedAt: at,
        },
      ])
      .run();
    const phrase = (await call('phrases.library')).phrases[0]!;
    database.db
      .insert(phraseUsages)
      .values({
        id: crypto.randomUUID(),
        shopId: who.shopId,
        ownerId: who.agentId,
        scope: 'personal',
        phraseId: phrase.id,
        customerId: buyer.id,
        action: 'paste',
        usedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    tick(60_000);
    await call('inquiries.log', {
      customerId: buyer.id,
      product: '平安扣',
      outcome: 'converted',
      orderNo: '3321009876543210001',
    });
    core.customers.touch(buyer.id, NOW - HOUR);

    const detail = await call('customers.get', { id: buyer.id });
    expect(detail.customer).toMatchObject({
      customerType: 'bargainer',
      concerns: ['credit', 'returnPostage'],
      lastContactAt: NOW + 60_000,
    });
    expect(detail.orders).toEqual([
      {
        id: orderId,
        orderNo: '3321009876543210001',
        status: 'paid',
        totalFen: 12800,
        orderedAt: NOW - HOUR,
        remarkFlag: 'red',
      },
    ]);
    expect(detail.inquiries).toMatchObject([
      {
        product: '平安扣',
        outcome: 'converted',
        customerNick: '小橘子爱喝茶',
        orderNo: '3321009876543210001',
      },
    ]);
    expect(detail.tasks.map((t) => t.kind).sort()).toEqual(['callback', 'verifyAddress']);
    expect(detail.phraseUses).toEqual([
      expect.objectContaining({
        phraseId: phrase.id,
        phraseTitle: phrase.title,
        action: 'paste',
        usedAt: at,
      }),
    ]);

    core.customers.touch(buyer.id, NOW + HOUR);
    expect((await call('customers.get', { id: buyer.id })).customer.lastContactAt).toBe(NOW + HOUR);
  });
  it('puts the buyer whose nick was typed in full first, then the latest contact', async () => {
    const { call, tick } = await serve();
    await call('customers.save', customer('tb_a', { phones: ['138****0001'] }));
    await call('inquiries.log', { buyerNick: 'tb_abc' });
    tick(60_000);
    await call('inquiries.log', { buyerNick: 'tb_ab' });
    const nicks = async (query: string) =>
      (await call('customers.search', { query })).map((hit) => hit.customer.nick);
    expect(await nicks('TB_A')).toEqual(['tb_a', 'tb_ab', 'tb_abc']);
    // A platform-masked phone still matches on its visible digits.
    expect(await nicks('0001')).toEqual(['tb_a']);
  });
});

describe('inquiries over the contract', () => {
  it('logs from the panel by nick alone, creating the buyer once', async () => {
    const { call, who } = await serve();
    const first = await call('inquiries.log', { buyerNick: 'tb_新买家', product: '貔貅手链' });
    expect(first).toMatchObject({
      customerNick: 'tb_新买家',
      outcome: 'pending',
      inquiredAt: NOW,
      ownerId: who.agentId,
    });
    const second = await call('inquiries.log', {
      buyerNick: 'tb_新买家',
      outcome: 'lost',
      lossReason: 'price',
    });
    expect(second.customerId).toBe(first.customerId);

    const [hit, ...rest] = await call('customers.search', { query: 'tb_新买家' });
    expect(rest).toEqual([]);
    expect(hit?.customer).toMatchObject({ platform: 'taobao', lastContactAt: NOW });
  });

  it('refuses 未成交 without a reason, a log without a buyer and an unknown order', async () => {
    const { call, dispatch } = await serve();
    expect(await dispatch('inquiries.log', { buyerNick: 'tb_a', outcome: 'lost' })).toMatchObject({
      ok: false,
      error: {
        details: { issues: [{ path: ['lossReason'], messageKey: 'validation.inquiry.lossReasonRequired' }] },
      },
    });
    expect(await dispatch('inquiries.log', { product: 'x' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ messageKey: 'validation.inquiry.customerRequired' }] } },
    });
    expect(await dispatch('inquiries.log', { buyerNick: 'tb_a', orderNo: '999' })).toMatchObject({
      ok: false,
      error: { code: 'notFound', messageKey: 'errors.inquiry.orderNotFound' },
    });
    // Nothing of the refused log was written, not even the buyer.
    expect(await call('customers.search', { query: 'tb_a' })).toEqual([]);

    const logged = await call('inquiries.log', { buyerNick: 'tb_a' });
    expect(await dispatch('inquiries.update', { id: logged.id, outcome: 'lost' })).toMatchObject({
      ok: false,
    });
    const lost = await call('inquiries.update', {
      id: logged.id,
      outcome: 'lost',
      lossReason: 'outOfStock',
      note: '要 M 码',
    });
    expect(lost).toMatchObject({ outcome: 'lost', lossReason: 'outOfStock', note: '要 M 码' });
    // Converted later: the stale loss reason does not linger.
    expect(
      await call('inquiries.update', { id: logged.id, outcome: 'converted', lossReason: 'price' }),
    ).toMatchObject({
      outcome: 'converted',
      lossReason: null,
    });
  });

  it('lets an agent change only their own inquiries', async () => {
    const { call, dispatch, database } = await serve();
    const logged = await call('inquiries.log', { buyerNick: 'tb_b' });
    database.sqlite
      .prepare('update inquiries set owner_id = ? where id = ?')
      .run(crypto.randomUUID(), logged.id);
    expect(await dispatch('inquiries.update', { id: logged.id, outcome: 'converted' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.inquiry.notYours' },
    });
  });

  it('counts a day on the shop’s clock: 00:30 Shanghai belongs to 11-25, not 11-24', async () => {
    const { call, tick } = await serve();
    await call('inquiries.log', { buyerNick: 'tb_a', outcome: 'converted' });
    tick(HOUR);
    await call('inquiries.log', { buyerNick: 'tb_b', outcome: 'lost', lossReason: 'price' });
    await call('inquiries.log', { buyerNick: 'tb_c', outcome: 'lost', lossReason: 'price' });
    await call('inquiries.log', { buyerNick: 'tb_d' });
    tick(24 * HOUR);
    await call('inquiries.log', { buyerNick: 'tb_e' });

    expect((await call('inquiries.list', { day: '2026-11-24' })).inquiries).toEqual([]);
    const day = await call('inquiries.list', { day: '2026-11-25' });
    expect(day.inquiries.map((i) => i.customerNick)).toEqual(['tb_a', 'tb_b', 'tb_c', 'tb_d']);
    expect(day.counts).toEqual({
      total: 4,
      converted: 1,
      lost: 2,
      pending: 1,
      conversionRate: 0.25,
      lossReasons: { price: 2, service: 0, outOfStock: 0, other: 0 },
    });
    expect((await call('inquiries.list', { day: '2026-11-26' })).counts.total).toBe(1);
  });
});

describe('returns over the contract', () => {
  async function registered() {
    const served = await serve();
    const buyer = await served.call('customers.save', customer('小橘子爱喝茶'));
    served.insertOrder('3321009876543210001', buyer.id);
    // An order whose buyer is not linked yet still names them.
    served.insertOrder('3321009876543210002', null, { buyerNick: 'tb_88213' });
    const save = (fields: Record<string, unknown>) =>
      served.call('returns.save', {
        orderNo: '3321009876543210001',
        kind: 'return',
        reason: '尺码不合适',
        returnTrackingNo: 'yt1234567890',
        freightInsurance: true,
        ...fields,
      });
    return { ...served, buyer, save };
  }

  it('registers a case against an order and its buyer, with 工号 and time', async () => {
    const { save, buyer, call, dispatch } = await registered();
    const saved = await save({ note: '吊牌完好' });
    expect(saved).toMatchObject({
      orderNo: '3321009876543210001',
      customerId: buyer.id,
      buyerNick: '小橘子爱喝茶',
      kind: 'return',
      status: 'registered',
      returnTrackingNo: 'YT1234567890',
      refundFen: 0,
      freightInsurance: true,
      registeredBy: 'KF007',
      registeredAt: NOW,
      nextStatuses: ['awaitingReturn', 'closed'],
    });
    const unlinked = await save({ orderNo: '3321009876543210002', kind: 'refundOnly', refundFen: 2990 });
    expect(unlinked).toMatchObject({ buyerNick: 'tb_88213', customerId: null });

    expect(await dispatch('returns.save', { orderNo: '1', kind: 'return', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'notFound', messageKey: 'errors.return.orderNotFound', details: { orderNo: '1' } },
    });
    expect(
      await dispatch('returns.save', {
        orderNo: '3321009876543210001',
        kind: 'return',
        reason: ' ',
        refundFen: -1,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        details: {
          issues: [
            { path: ['reason'], messageKey: 'validation.return.reasonRequired' },
            { path: ['refundFen'], messageKey: 'validation.return.refundRange' },
          ],
        },
      },
    });
    expect((await call('returns.list', { day: '2026-11-25' })).cases.map((c) => c.kind)).toEqual([
      'return',
      'refundOnly',
    ]);
  });

  it('follows the status flow and names a refused move', async () => {
    const { save, call, dispatch } = await registered();
    const { id } = await save({});
    expect(await dispatch('returns.setStatus', { id, status: 'refunded' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        messageKey: 'errors.return.badTransition',
        details: { from: 'registered', to: 'refunded' },
      },
    });
    await call('returns.setStatus', { id, status: 'awaitingReturn' });
    // The kind of a case under way stays.
    expect(
      await dispatch('returns.save', { id, orderNo: '3321009876543210001', kind: 'refundOnly', reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.return.kindLocked' },
    });
    await call('returns.setStatus', { id, status: 'received' });
    expect(await dispatch('returns.setStatus', { id, status: 'refunded' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.return.refundAmountRequired' },
    });
    const refunded = await call('returns.setStatus', { id, status: 'refunded', refundFen: 12800 });
    expect(refunded).toMatchObject({ status: 'refunded', refundFen: 12800, nextStatuses: ['closed'] });
    await call('returns.setStatus', { id, status: 'closed' });
    expect(await dispatch('returns.setStatus', { id, status: 'registered' })).toMatchObject({
      ok: false,
      error: { details: { from: 'closed', to: 'registered' } },
    });

    const refundOnly = await save({ kind: 'refundOnly', refundFen: 500 });
    expect(await call('returns.setStatus', { id: refundOnly.id, status: 'refunded' })).toMatchObject({
      status: 'refunded',
    });
  });

  it('lists the cases of one Shanghai day and exports them as the paper form', async () => {
    const { save, call, tick } = await registered();
    await save({ reason: '颜色与图片不符, 要换"米白"' });
    tick(HOUR);
    await save({ kind: 'exchange', reason: '换大一码', freightInsurance: false, returnTrackingNo: '' });
    tick(24 * HOUR);
    await save({ reason: '第二天的' });

    expect((await call('returns.list', { day: '2026-11-24' })).cases).toEqual([]);
    expect((await call('returns.list', { day: '2026-11-25' })).cases).toHaveLength(2);

    const xlsx = await call('returns.export', { day: '2026-11-25', format: 'xlsx' });
    expect(xlsx).toMatchObject({
      fileName: '退换货登记-2026-11-25.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(xlsx.contentBase64, 'base64')).buffer);
    const sheet = workbook.getWorksheet('退换货登记')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
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
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '2026-11-25 00:30',
      '3321009876543210001',
      '小橘子爱喝茶',
      '退货',
      '颜色与图片不符, 要换"米白"',
      'YT1234567890',
      '已登记',
      0,
      '有',
      'KF007',
    ]);
    expect(sheet.getRow(3).getCell(4).value).toBe('换货');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(10).width!);

    const csv = await call('returns.export', { day: '2026-11-25', format: 'csv' });
    const bytes = Buffer.from(csv.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('登记时间,订单号,买家,类型,原因,退回单号,状态,退款金额,运费险,登记人');
    expect(lines[1]).toBe(
      '2026-11-25 00:30,"=""3321009876543210001""",小橘子爱喝茶,退货,"颜色与图片不符, 要换""米白""","=""YT1234567890""",已登记,0.00,有,KF007',
    );
    expect(lines[2]).toBe(
      '2026-11-25 01:30,"=""3321009876543210001""",小橘子爱喝茶,换货,换大一码,,已登记,0.00,无,KF007',
    );
  });

  it('writes the form in English when the UI is in English', async () => {
    const { save, call } = await registered();
    await save({});
    await call('settings.save', { ...SAMPLE_SETTINGS, language: 'en-US' });
    const csv = await call('returns.export', { day: '2026-11-25', format: 'csv' });
    expect(csv.fileName).toBe('returns-2026-11-25.csv');
    const [header, row] = Buffer.from(csv.contentBase64, 'base64').toString('utf8').slice(1).split('\r\n');
    expect(header).toBe(
      'Registered at,Order no.,Buyer,Kind,Reason,Return tracking no.,Status,Refund (CNY),Freight insurance,Registered by',
    );
    expect(row).toContain(',Return,尺码不合适,');
    expect(row).toContain(',Registered,0.00,Yes,KF007');
  });
});
