import { describe, expect, it } from 'vitest';
import { orders } from '../../db/schema';
import { openTestDesk } from '../core/test-support/test-desk';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);

function serve() {
  const { core, database } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-invoices-api-' });
  database.db
    .insert(orders)
    .values({
      id: crypto.randomUUID(),
      shopId: core.settings.identity()!.shopId,
      createdAt: NOW,
      updatedAt: NOW,
      orderNo: '8000001',
      buyerNick: '大熊',
      status: 'completed',
      paidFen: 12_800,
    })
    .run();
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const refused = async (method: MethodName, input: unknown) => {
    const result = await dispatch(method, input);
    if (result.ok) throw new Error(`${method} was accepted`);
    return result.error;
  };
  return { call, refused };
}

describe('the invoices contract', () => {
  it('collects with defaults, steps, and answers the order view, summary and export', async () => {
    const { call } = serve();
    expect(await call('invoices.forOrder', { orderNo: '8000001' })).toMatchObject({
      orderId: expect.any(String),
      buyerNick: '大熊',
      paidFen: 12_800,
      remainingFen: 12_800,
      invoices: [],
    });
    const { invoice } = await call('invoices.collect', {
      orderNo: '8000001',
      titleKind: 'personal',
      title: '熊先生',
      kind: 'electronic',
      email: 'xiong＠QQ。com',
    });
    expect(invoice).toMatchObject({ source: 'panel', note: '', email: 'xiong@qq.com', amountFen: 12_800 });
    const issued = await call('invoices.step', {
      id: invoice.id,
      step: 'issue',
      invoiceNo: '26350000000000000099',
      issuedOn: '2026-11-24',
    });
    expect(issued.nextSteps).toEqual(['send', 'void']);
    expect((await call('invoices.summary', {})).issued).toMatchObject({ count: 1, amountFen: 12_800 });
    const file = await call('invoices.export', { format: 'csv', status: 'issued' });
    expect(file).toMatchObject({ fileName: '发票汇总.csv', mimeType: 'text/csv; charset=utf-8' });
    expect(Buffer.from(file.contentBase64, 'base64').toString('utf8')).toContain('26350000000000000099');
  });

  it('refuses malformed input with i18n keys naming the field', async () => {
    const { refused } = serve();
    expect(await refused('invoices.list', { from: '2026-11-25', to: '2026-11-24' })).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: ['to'], messageKey: 'validation.invoice.dayRange' }] },
    });
    expect(
      await refused('invoices.step', { id: crypto.randomUUID(), step: 'send', reason: 'x' }),
    ).toMatchObject({
      code: 'validation',
    });
    expect(await refused('invoices.export', { format: 'pdf' })).toMatchObject({
      details: { issues: [{ path: ['format'], messageKey: 'validation.invoice.exportFormat' }] },
    });
    expect(
      await refused('invoices.collect', {
        orderNo: '8000001',
        titleKind: 'company',
        title: '某某有限公司',
        taxNo: '1234',
        kind: 'electronic',
        email: 'a@b.cn',
        amountFen: 0,
      }),
    ).toMatchObject({
      code: 'validation',
      details: {
        issues: [
          { path: ['taxNo'], messageKey: 'validation.invoice.taxNumberLength', params: { length: 4 } },
          { path: ['amountFen'], messageKey: 'validation.invoice.notPositive' },
        ],
      },
    });
    expect(await refused('invoices.get', { id: crypto.randomUUID() })).toMatchObject({
      code: 'notFound',
      messageKey: 'errors.invoice.notFound',
    });
  });
});
