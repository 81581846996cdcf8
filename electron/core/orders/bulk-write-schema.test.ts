import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../customers/customer-schema';
import { createSyncStateStore } from '../sync/sync-state-store';
import { manyTaobaoOrders } from '../test-support/taobao-orders';
import { openTestDesk } from '../test-support/test-desk';

const NOW = Date.UTC(2026, 10, 24, 6, 5);
/** Past the size from which an import sets indexes and idle outbox triggers aside. */
const BIG = 6000;

function desk() {
  const opened = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-bulk-schema-' });
  const { sqlite } = opened.database;
  const schemaObjects = () =>
    sqlite
      .prepare(
        `select type, name, tbl_name, sql from sqlite_schema where type in ('index', 'trigger') order by type, name`,
      )
      .all();
  const outboxByName = () =>
    Object.fromEntries(
      (
        sqlite.prepare('select name, count(*) as n from sync_outbox group by name order by name').all() as {
          name: string;
          n: number;
        }[]
      ).map(({ name, n }) => [name, n]),
    );
  const bind = () =>
    createSyncStateStore(sqlite, () => NOW).set('clientId', '0b7c0c4e-3a3e-4d4a-9d7e-2f1b3c4d5e6f');
  return { ...opened, sqlite, schemaObjects, outboxByName, bind };
}

describe('a big import sets schema aside only inside its transaction', () => {
  it('puts back every index and outbox trigger on an unbound desk, and they work afterwards', async () => {
    const { core, sqlite, schemaObjects, outboxByName, bind } = desk();
    const before = schemaObjects();
    expect(before.filter((o) => (o as { name: string }).name.startsWith('sync_outbox_orders'))).toHaveLength(
      3,
    );

    const report = await core.orders.importApply('ExportOrderList.csv', manyTaobaoOrders(BIG));

    expect(report.added).toBe(BIG);
    expect(schemaObjects()).toEqual(before);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(outboxByName()).toEqual({});
    // The list indexes answer again: a status filter is a search of orders_list_status.
    const plan = sqlite
      .prepare(
        `explain query plan select id from orders where shop_id = ? and status = 'paid' and deleted_at is null`,
      )
      .all('shop') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX orders_list_status/);
    // And the triggers fire once the desk is bound.
    bind();
    core.customers.save(customerInputSchema.parse({ nick: 'tb_小鹿' }));
    expect(outboxByName()).toEqual({ 'customers.put': 1 });
  });

  it('keeps the outbox triggers of a bound desk: every row of the import goes to the server', async () => {
    const { core, schemaObjects, outboxByName, bind } = desk();
    bind();
    const before = schemaObjects();

    await core.orders.importApply('ExportOrderList.csv', manyTaobaoOrders(BIG));

    expect(schemaObjects()).toEqual(before);
    // One buyer (the fixture's first row repeated), each order with its line; the rule tasks
    // that follow the import come on their own.
    expect(outboxByName()).toMatchObject({ 'customers.put': 1, 'order_items.put': BIG, 'orders.put': BIG });
  });
});
