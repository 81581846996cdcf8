import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { manyTaobaoOrders as manyOrders, TAOBAO_FIXTURE as FIXTURE } from '../test-support/taobao-orders';
import { openTestDesk } from '../test-support/test-desk';
import { orderInputSchema } from './order-schema';

const NOW = Date.UTC(2026, 10, 24, 6, 5);

const setUp = () => openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-import-thread-' });

/** True while another connection holds the write lock: BEGIN IMMEDIATE fails at once. */
function writeLocked(file: string): boolean {
  const probe = new Database(file);
  probe.pragma('busy_timeout = 0');
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

describe('order import on its own thread', () => {
  it('stays all or nothing when the import thread dies mid-write, and the next import works', async () => {
    const { core, database, count } = setUp();
    const bytes = manyOrders(20_000);
    const applying = core.orders.importApply('ExportOrderList.csv', bytes);
    const failed = applying.then(
      () => 'committed',
      (error: Error) => error.message,
    );
    while (!writeLocked(database.file)) await new Promise((resolve) => setTimeout(resolve, 5));
    await core.orders.stopImports();

    expect(await failed).toMatch(/nothing was imported/);
    expect(count('orders')).toBe(0);
    expect(count('customers')).toBe(0);
    expect(core.writeGate.busy()).toBe(false);

    const again = await core.orders.importApply('ExportOrderList.csv', FIXTURE);
    expect(again.toAdd).toHaveLength(8);
    expect(count('orders')).toBe(8);
  });

  it('answers a dry run asked for during a write with its own report, after the write', async () => {
    const { core, count } = setUp();
    const [applied, previewed] = await Promise.all([
      core.orders.importApply('ExportOrderList.csv', manyOrders(2000)),
      core.orders.importPreview('ExportOrderList.csv', FIXTURE),
    ]);
    expect(applied.added).toBe(2000);
    // A big file reports counts and lists its first rows, not all 2,000.
    expect(applied.toAdd).toHaveLength(500);
    expect(applied.toAdd.at(-1)).toMatchObject({ row: 501 });
    expect(previewed.toAdd).toHaveLength(8);
    expect(previewed.toAdd[0]).toMatchObject({ orderNo: '3321009876543210001' });
    expect(count('orders')).toBe(2000);
  });

  it('writes nothing when the file has a broken row, and says which', async () => {
    const { core, count } = setUp();
    const text = iconv.decode(FIXTURE, 'gbk').replace('128.00,0.00,0,128.00', '12x.00,0.00,0,128.00');
    const preview = await core.orders.importPreview('ExportOrderList.csv', iconv.encode(text, 'gbk'));
    expect(preview.invalid).toMatchObject([{ row: 2 }]);
    await expect(
      core.orders.importApply('ExportOrderList.csv', iconv.encode(text, 'gbk')),
    ).rejects.toMatchObject({
      messageKey: 'errors.import.hasInvalidRows',
    });
    expect(count('orders')).toBe(0);
  });
});

describe('the dry run’s plan, kept for the write', () => {
  it('is written with the write’s time, not the dry run’s', async () => {
    const clock = { at: NOW, now: () => clock.at };
    const { core, database } = openTestDesk({ clock, prefix: 'kefu-import-kept-' });
    await core.orders.importPreview('ExportOrderList.csv', FIXTURE);
    clock.at = NOW + 90_000;
    const applied = await core.orders.importApply('ExportOrderList.csv', FIXTURE);

    expect(applied.added).toBe(8);
    const times = database.sqlite
      .prepare(
        `select min(created_at) as created, max(updated_at) as updated, min(imported_at) as imported,
           (select min(created_at) from order_items) as items, (select min(created_at) from customers) as customers
         from orders`,
      )
      .get();
    const at = NOW + 90_000;
    expect(times).toEqual({ created: at, updated: at, imported: at, items: at, customers: at });
  });

  it('is planned again when the store changed between the dry run and the write', async () => {
    const { core, count } = setUp();
    const preview = await core.orders.importPreview('ExportOrderList.csv', FIXTURE);
    expect(preview).toMatchObject({ added: 8, updated: 0 });
    // Meanwhile an agent types in the file's first order by hand.
    core.orders.save(
      orderInputSchema.parse({ orderNo: '3321009876543210001', buyerNick: 'tb_小鹿', totalFen: 12800 }),
    );

    const applied = await core.orders.importApply('ExportOrderList.csv', FIXTURE);

    expect(applied).toMatchObject({ added: 7, updated: 1 });
    expect(count('orders')).toBe(8);
  });
});
