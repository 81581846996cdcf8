import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { orders } from '../../../db/schema';
import { AppError } from '../app-error';
import { openTestDesk } from '../test-support/test-desk';

const HOUR = 3_600_000;
/** 2026-11-24 14:05 in Shanghai (the sample shop's zone). */
const NOW = Date.UTC(2026, 10, 24, 6, 5);
/** The standard's worked example with its check character (GB 32100-2015). */
const TAX_NO = '91350100M000100Y43';

function desk() {
  const clock = { at: NOW, now: () => clock.at };
  const { core, database, count } = openTestDesk({ clock, prefix: 'kefu-invoices-' });
  const who = core.settings.identity()!;
  const addOrder = (orderNo: string, paidFen: number) =>
    database.db
      .insert(orders)
      .values({
        id: crypto.randomUUID(),
        shopId: who.shopId,
        createdAt: NOW - HOUR,
        updatedAt: NOW - HOUR,
        orderNo,
        buyerNick: '小林',
        status: 'completed',
        paidFen,
        totalFen: paidFen,
      })
      .run();
  return { core, clock, who, addOrder, count };
}

/** The AppError a call throws, for asserting on what the user is told. */
function refusal(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const personal = { titleKind: 'personal', title: '林小姐', kind: 'electronic', email: 'lin@qq.com' } as const;

describe('invoice requests (发票收集)', () => {
  it('defaults the amount to what the order paid and stamps the agent at this desk', () => {
    const { core, who, addOrder } = desk();
    addOrder('4000100', 29_900);
    const { invoice, warnings } = core.invoices.collect({
      ...personal,
      orderNo: '4000100',
      note: '',
      source: 'panel',
    });
    expect(warnings).toEqual([]);
    expect(invoice).toMatchObject({
      status: 'pending',
      amountFen: 29_900,
      buyerNick: '小林',
      requestedAt: NOW,
      requestedBy: who.agentId,
      source: 'panel',
      nextSteps: ['register', 'issue', 'void'],
    });
  });

  it('caps the amount at the paid amount less the order’s other live invoices', () => {
    const { core, addOrder } = desk();
    addOrder('4000101', 10_000);
    const over = refusal(() =>
      core.invoices.collect({
        ...personal,
        orderNo: '4000101',
        amountFen: 10_001,
        note: '',
        source: 'panel',
      }),
    );
    expect(over.details).toEqual({
      issues: [
        {
          path: ['amountFen'],
          messageKey: 'validation.invoice.exceedsPaid',
          params: { field: 'amountFen', paidFen: 10_000, paid: '100.00' },
        },
      ],
    });
    core.invoices.collect({ ...personal, orderNo: '4000101', amountFen: 6_000, note: '', source: 'panel' });
    expect(core.invoices.forOrder('4000101')).toMatchObject({ paidFen: 10_000, remainingFen: 4_000 });
    const second = core.invoices.collect({ ...personal, orderNo: '4000101', note: '', source: 'order_page' });
    expect(second.invoice.amountFen).toBe(4_000);
    const third = refusal(() =>
      core.invoices.collect({ ...personal, orderNo: '4000101', amountFen: 1, note: '', source: 'panel' }),
    );
    expect(third.details.issues).toMatchObject([{ messageKey: 'validation.invoice.exceedsPaid' }]);
    // 作废 gives the amount back.
    core.invoices.step({ id: second.invoice.id, step: 'void', reason: '买家取消' });
    expect(core.invoices.forOrder('4000101').remainingFen).toBe(4_000);
  });

  it('refuses a wrong 税号, naming the field and both check characters', () => {
    const { core, addOrder, count } = desk();
    addOrder('4000102', 50_000);
    const company = {
      titleKind: 'company',
      title: '福州某某科技有限公司',
      kind: 'electronic',
      email: 'fin@corp.cn',
    } as const;
    const wrong = refusal(() =>
      core.invoices.collect({
        ...company,
        taxNo: '91350100M000100Y44',
        orderNo: '4000102',
        note: '',
        source: 'panel',
      }),
    );
    expect(wrong.messageKey).toBe('errors.validation');
    expect(wrong.details.issues).toEqual([
      {
        path: ['taxNo'],
        messageKey: 'validation.invoice.taxNumberCheckCharacter',
        params: { field: 'taxNo', expected: '3', actual: '4' },
      },
    ]);
    expect(count('invoices')).toBe(0);
    const ok = core.invoices.collect({
      ...company,
      taxNo: '9135 0100-m000 100y43',
      orderNo: '4000102',
      note: '',
      source: 'cli',
    });
    expect(ok.invoice.taxNo).toBe(TAX_NO);
  });

  it('refuses an order the desk does not have', () => {
    const { core } = desk();
    expect(
      refusal(() => core.invoices.collect({ ...personal, orderNo: '999', note: '', source: 'panel' })),
    ).toMatchObject({
      messageKey: 'errors.invoice.orderNotFound',
      details: { orderNo: '999' },
    });
  });
});

describe('the invoice flow through the service', () => {
  it('registers, issues and sends an electronic invoice, stamping each step', () => {
    const { core, clock, who, addOrder } = desk();
    addOrder('4000200', 9_900);
    const { invoice } = core.invoices.collect({ ...personal, orderNo: '4000200', note: '', source: 'panel' });
    clock.at += HOUR;
    const registered = core.invoices.step({ id: invoice.id, step: 'register' });
    expect(registered).toMatchObject({
      status: 'pending',
      registeredAt: NOW + HOUR,
      registeredBy: who.agentId,
    });
    expect(refusal(() => core.invoices.step({ id: invoice.id, step: 'register' })).messageKey).toBe(
      'errors.invoice.alreadyRegistered',
    );
    clock.at += HOUR;
    const issued = core.invoices.step({
      id: invoice.id,
      step: 'issue',
      invoiceNo: ' 2635 0000 0000 1234 5678 ',
      issuedOn: '2026-11-24',
    });
    expect(issued).toMatchObject({
      status: 'issued',
      invoiceNo: '26350000000012345678',
      issuedOn: '2026-11-24',
      issuedAt: NOW + 2 * HOUR,
      issuedBy: who.agentId,
      nextSteps: ['send', 'void'],
    });
    const sent = core.invoices.step({ id: invoice.id, step: 'send' });
    expect(sent).toMatchObject({ status: 'sent', email: 'lin@qq.com', sentBy: who.agentId });
  });

  it('refuses steps the flow does not allow and leaves the row as it was', () => {
    const { core, addOrder } = desk();
    addOrder('4000201', 9_900);
    const paper = core.invoices.collect({
      titleKind: 'personal',
      title: '林小姐',
      kind: 'paper',
      postAddress: '福建省福州市鼓楼区五四路 1 号',
      orderNo: '4000201',
      note: '',
      source: 'panel',
    }).invoice;
    expect(
      refusal(() => core.invoices.step({ id: paper.id, step: 'send', trackingNo: 'SF1' })),
    ).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.invoice.badTransition',
      details: { from: 'pending', step: 'send' },
    });
    core.invoices.step({ id: paper.id, step: 'issue', invoiceNo: '12345678', issuedOn: '2026-11-24' });
    const noTracking = refusal(() => core.invoices.step({ id: paper.id, step: 'send' }));
    expect(noTracking.details.issues).toMatchObject([
      { path: ['trackingNo'], messageKey: 'validation.invoice.required' },
    ]);
    expect(core.invoices.get(paper.id).status).toBe('issued');
    expect(core.invoices.step({ id: paper.id, step: 'send', trackingNo: 'sf 1234 5678' })).toMatchObject({
      status: 'sent',
      trackingNo: 'SF12345678',
    });
    const voided = core.invoices.step({ id: paper.id, step: 'void', reason: '抬头写错，红冲重开' });
    expect(voided).toMatchObject({ status: 'void', voidReason: '抬头写错，红冲重开', nextSteps: [] });
    expect(
      refusal(() => core.invoices.step({ id: paper.id, step: 'void', reason: '再作废' })).messageKey,
    ).toBe('errors.invoice.badTransition');
    // An issued request is no longer an editable request.
    expect(
      refusal(() =>
        core.invoices.collect({ ...personal, id: paper.id, orderNo: '4000201', note: '', source: 'panel' }),
      ).messageKey,
    ).toBe('errors.invoice.notPending');
  });
});

describe('the 发票 register', () => {
  function registerWithThree() {
    const d = desk();
    d.addOrder('5000001', 10_000);
    d.addOrder('5000002', 20_000);
    d.addOrder('5000003', 30_000);
    const a = d.core.invoices.collect({ ...personal, orderNo: '5000001', note: '', source: 'panel' }).invoice;
    d.clock.at += 24 * HOUR; // 2026-11-25 in Shanghai
    const b = d.core.invoices.collect({
      ...personal,
      title: '王先生',
      orderNo: '5000002',
      note: '',
      source: 'panel',
    }).invoice;
    d.core.invoices.step({ id: b.id, step: 'issue', invoiceNo: '8888', issuedOn: '2026-11-25' });
    d.clock.at += 24 * HOUR; // 2026-11-26
    const c = d.core.invoices.collect({
      titleKind: 'company',
      title: '福州某某科技有限公司',
      taxNo: TAX_NO,
      kind: 'electronic',
      email: 'fin@corp.cn',
      orderNo: '5000003',
      note: '',
      source: 'panel',
    }).invoice;
    return { ...d, a, b, c };
  }

  it('filters by status, shop day and search, newest first', () => {
    const { core, a, b, c } = registerWithThree();
    const list = (q: object) =>
      core.invoices.list({ query: '', limit: 200, offset: 0, ...q }).invoices.map((i) => i.id);
    expect(list({})).toEqual([c.id, b.id, a.id]);
    expect(list({ status: 'pending' })).toEqual([c.id, a.id]);
    expect(list({ from: '2026-11-25', to: '2026-11-25' })).toEqual([b.id]);
    expect(list({ query: '500000' })).toEqual([c.id, b.id, a.id]);
    expect(list({ query: '科技' })).toEqual([c.id]);
    expect(core.invoices.list({ query: '', limit: 1, offset: 0 })).toMatchObject({ total: 3 });
  });

  it('summarises a day and a week for finance', () => {
    const { core } = registerWithThree();
    const day = core.invoices.summary({ unit: 'day', day: '2026-11-25' });
    expect(day.collected).toEqual({ count: 1, amountFen: 20_000 });
    expect(day.issued.count).toBe(1);
    const week = core.invoices.summary({ unit: 'week' });
    expect(week.period).toMatchObject({ firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(week.collected).toEqual({ count: 3, amountFen: 60_000 });
    expect(week.byStatus.pending).toEqual({ count: 2, amountFen: 40_000 });
    // The first request has waited exactly two days: not yet "more than 2 days".
    expect(week.stalePending.count).toBe(0);
  });

  it('exports an XLSX finance can read and a CSV Excel opens as UTF-8', async () => {
    const { core } = registerWithThree();
    const xlsx = await core.invoices.exportFile({ format: 'xlsx', query: '' });
    expect(xlsx.fileName).toBe('发票汇总.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('发票汇总')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('订单号');
    expect(sheet.getRow(1).getCell(6).value).toBe('税号');
    expect(sheet.getRow(1).getCell(8).value).toBe('开票金额（元）');
    expect(sheet.getRow(2).getCell(2).value).toBe('5000003');
    expect(sheet.getRow(2).getCell(6).value).toBe(TAX_NO);
    expect(sheet.getRow(2).getCell(8).value).toBe(300);
    expect(sheet.getRow(3).getCell(9).value).toBe('已开');
    expect(sheet.rowCount).toBe(4);

    const csv = await core.invoices.exportFile({ format: 'csv', status: 'pending', query: '' });
    // TextDecoder drops the BOM; the bytes show it is there.
    const text = new TextDecoder().decode(csv.bytes);
    expect(Array.from(csv.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 9)).toEqual([
      '申请时间',
      '订单号',
      '买家',
      '抬头类型',
      '发票抬头',
      '税号',
      '发票类型',
      '开票金额（元）',
      '状态',
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1]!.split(',').slice(0, 9)).toEqual([
      '2026-11-26 14:05',
      // `="…"` keeps the digits text in Excel; CSV doubles its quotes.
      '"=""5000003"""',
      '小林',
      '企业',
      '福州某某科技有限公司',
      `"=""${TAX_NO}"""`,
      '电子普票',
      '300.00',
      '待开',
    ]);
  });
});
