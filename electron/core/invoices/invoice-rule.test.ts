import { describe, expect, it } from 'vitest';
import { orders } from '../../../db/schema';
import { openTestDesk } from '../test-support/test-desk';

const DAY = 86_400_000;
/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);

function desk(status: 'completed' | 'shipped' = 'completed') {
  const clock = { at: NOW, now: () => clock.at };
  const { core, database } = openTestDesk({ clock, prefix: 'kefu-invoice-rule-' });
  const who = core.settings.identity()!;
  const orderId = crypto.randomUUID();
  database.db
    .insert(orders)
    .values({
      id: orderId,
      shopId: who.shopId,
      createdAt: NOW - 5 * DAY,
      updatedAt: NOW - 5 * DAY,
      orderNo: '6000001',
      buyerNick: '阿青',
      status,
      paidFen: 19_900,
      paidAt: NOW - 5 * DAY,
      shippedAt: NOW - 4 * DAY,
      signedAt: status === 'completed' ? NOW - DAY : null,
    })
    .run();
  const invoiceTasks = () =>
    database.sqlite
      .prepare(
        `select status, due_at as dueAt, note, title from tasks where kind = 'invoice' and order_id = ?`,
      )
      .all(orderId);
  const collect = () =>
    core.invoices.collect({
      titleKind: 'personal',
      title: '阿青',
      kind: 'electronic',
      email: 'aqing@163.com',
      orderNo: '6000001',
      note: '',
      source: 'panel',
    }).invoice;
  return { core, clock, invoiceTasks, collect };
}

describe('the 开票 rule', () => {
  it('opens a task once a 交易成功 order’s invoice has been 待开 for more than 2 days', () => {
    const { core, clock, invoiceTasks, collect } = desk();
    collect();
    clock.at = NOW + 2 * DAY;
    core.tasks.tick(clock.at); // the first tick: every rule over every order
    expect(invoiceTasks()).toEqual([]);
    clock.at = NOW + 2 * DAY + 1;
    core.tasks.tick(clock.at); // later ticks: the orders that crossed a time threshold
    expect(invoiceTasks()).toEqual([
      { status: 'open', dueAt: NOW + 2 * DAY, note: '', title: 'tasks.ruleTitle.invoice' },
    ]);
    core.tasks.tick(clock.at + 60_000);
    expect(invoiceTasks()).toHaveLength(1);
  });

  it('is made by the full pass too, and closes itself when the invoice is issued', () => {
    const { core, clock, invoiceTasks, collect } = desk();
    const invoice = collect();
    clock.at = NOW + 3 * DAY;
    core.tasks.tick(clock.at);
    expect(invoiceTasks()).toMatchObject([{ status: 'open', dueAt: NOW + 2 * DAY }]);
    core.invoices.step({
      id: invoice.id,
      step: 'issue',
      invoiceNo: '26350000000000000007',
      issuedOn: '2026-11-27',
    });
    expect(invoiceTasks()).toMatchObject([{ status: 'cancelled' }]);
    expect(invoiceTasks()[0]).toHaveProperty(
      'note',
      expect.stringContaining('tasks.autoClose.invoiceHandled'),
    );
    core.tasks.tick(clock.at + 60_000);
    expect(invoiceTasks()).toMatchObject([{ status: 'cancelled' }]);
  });

  it('closes when the request is voided, and never comes for an order not yet 交易成功', () => {
    const done = desk();
    const invoice = done.collect();
    done.clock.at = NOW + 3 * DAY;
    done.core.tasks.tick(done.clock.at);
    done.core.invoices.step({ id: invoice.id, step: 'void', reason: '买家不要了' });
    expect(done.invoiceTasks()).toMatchObject([{ status: 'cancelled' }]);

    const shipped = desk('shipped');
    shipped.collect();
    shipped.clock.at = NOW + 10 * DAY;
    shipped.core.tasks.tick(shipped.clock.at);
    expect(shipped.invoiceTasks()).toEqual([]);
  });
});
