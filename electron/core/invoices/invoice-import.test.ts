import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { naturalIds } from '../natural-id';
import { openTestDesk } from '../test-support/test-desk';
import { TAOBAO_FIXTURE } from '../test-support/taobao-orders';

const NOW = Date.UTC(2026, 10, 24, 6, 5);
const PAID_ORDER = '3321009876543210002';
const COMPLETED_ORDER = '3321009876543210005';
const CLOSED_ORDER = '3321009876543210006';

/** The sample export with 发票抬头 filled in for three orders, one of them 交易关闭. */
function exportWithTitles(): Buffer {
  const [header, ...rows] = iconv.decode(TAOBAO_FIXTURE, 'gbk').split(/\r?\n/);
  const column = header!.split(',').indexOf('发票抬头');
  const titles: Record<string, string> = {
    [PAID_ORDER]: '周一鸣',
    [COMPLETED_ORDER]: '杭州某某茶业有限公司',
    [CLOSED_ORDER]: '王五',
  };
  const filled = rows.map((line) => {
    const cells = line.split(',');
    const orderNo = /\d{19}/.exec(cells[0] ?? '')?.[0];
    if (orderNo && titles[orderNo]) cells[column] = titles[orderNo];
    return cells.join(',');
  });
  return iconv.encode([header, ...filled].join('\r\n'), 'gbk');
}

function desk() {
  const clock = { at: NOW, now: () => clock.at };
  const opened = openTestDesk({ clock, prefix: 'kefu-invoice-import-' });
  return { ...opened, clock, who: opened.core.settings.identity()! };
}

describe('发票抬头 in the Taobao export', () => {
  it('makes one 待开 request per order with a title, in the import, and none for a closed order', async () => {
    const { core, who, count } = desk();
    const file = exportWithTitles();
    const preview = await core.orders.importPreview('orders.csv', file);
    expect(preview.invoicesToCreate).toBe(2);
    expect(count('invoices')).toBe(0);

    const applied = await core.orders.importApply('orders.csv', file);
    expect(applied.invoicesToCreate).toBe(2);
    const { invoices } = core.invoices.list({ query: '', limit: 200, offset: 0 });
    expect(invoices.map((i) => i.orderNo).sort()).toEqual([PAID_ORDER, COMPLETED_ORDER]);
    const company = invoices.find((i) => i.orderNo === COMPLETED_ORDER)!;
    expect(company).toMatchObject({
      id: naturalIds.importedInvoice(who.shopId, COMPLETED_ORDER),
      status: 'pending',
      source: 'import',
      titleKind: 'company',
      title: '杭州某某茶业有限公司',
      // No 税号 in the export: the company title waits for it.
      taxNo: null,
      amountFen: 8_800,
      buyerNick: expect.any(String),
      requestedAt: NOW,
      requestedBy: who.agentId,
    });
    expect(company.orderId).toBe(core.invoices.forOrder(COMPLETED_ORDER).orderId);
    expect(invoices.find((i) => i.orderNo === PAID_ORDER)).toMatchObject({
      titleKind: 'personal',
      amountFen: 29_900,
    });
  });

  it('adds nothing on a second import and never resets a request someone moved on', async () => {
    const { core, clock, count } = desk();
    const file = exportWithTitles();
    await core.orders.importApply('orders.csv', file);
    const pending = core.invoices.list({ query: COMPLETED_ORDER, limit: 200, offset: 0 }).invoices[0]!;
    clock.at += 3_600_000;
    core.invoices.step({
      id: pending.id,
      step: 'issue',
      invoiceNo: '26350000000000000001',
      issuedOn: '2026-11-24',
    });

    clock.at += 3_600_000;
    const again = await core.orders.importApply('orders.csv', file);
    expect(again.invoicesToCreate).toBe(0);
    expect(count('invoices')).toBe(2);
    expect(core.invoices.get(pending.id)).toMatchObject({
      status: 'issued',
      invoiceNo: '26350000000000000001',
      updatedAt: NOW + 3_600_000,
    });
  });

  it('completes an imported company request with its 税号 through collect', async () => {
    const { core } = desk();
    await core.orders.importApply('orders.csv', exportWithTitles());
    const pending = core.invoices.list({ query: COMPLETED_ORDER, limit: 200, offset: 0 }).invoices[0]!;
    const { invoice } = core.invoices.collect({
      id: pending.id,
      orderNo: COMPLETED_ORDER,
      titleKind: 'company',
      title: pending.title,
      taxNo: '91350100M000100Y43',
      kind: 'electronic',
      email: 'caiwu@example.cn',
      note: '',
      source: 'panel',
    });
    expect(invoice).toMatchObject({
      id: pending.id,
      source: 'import',
      taxNo: '91350100M000100Y43',
      amountFen: 8_800,
    });
  });
});
