import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../../../common/sync/protocol';
import { SERVER_COLUMNS } from '../../../common/sync/row-schema';
import { SYNC_COLUMNS } from '../../../common/sync/sync-columns.generated';
import type { SyncTable } from '../../../common/sync/sync-tables';
import { openTestDesk } from '../test-support/test-desk';
import { inSyncTransaction } from './apply-guard';
import { createRowApply } from './row-apply';

const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const SHOP = 'shop-1';

function desk() {
  const { sqlite } = openTestDesk({ clock: { now: () => MORNING }, prefix: 'kefu-row-apply-' }).database;
  const rows = createRowApply(sqlite);
  const all = (table: SyncTable) => sqlite.prepare(`select * from "${table}" order by id`).all();
  return { sqlite, rows, all };
}

let lastId = 0;

/** A whole row of `table` as a pull carries it: defaults for every client column, then `values`. */
const serverRow = (table: SyncTable, values: Record<string, unknown>, version = 1): SyncRow => {
  const data: Record<string, unknown> = { id: `row-${++lastId}`, created_at: MORNING, updated_at: MORNING };
  for (const [name, spec] of Object.entries(SYNC_COLUMNS[table]) as [
    string,
    { type: string; notNull: boolean; enum?: readonly string[] },
  ][]) {
    if ((SERVER_COLUMNS as readonly string[]).includes(name) || name in data) continue;
    data[name] = !spec.notNull ? null : (spec.enum?.[0] ?? (spec.type === 'integer' ? 0 : ''));
  }
  Object.assign(data, values);
  return { table, id: data.id as string, version, deletedAt: (data.deleted_at as number) ?? null, data };
};

describe('server rows copied in by one statement per table', () => {
  it('store exactly what copying them one by one stores: text, integers, nulls, flags, lists, tombstones, updates', () => {
    const orders = [
      serverRow('orders', { order_no: '1001', buyer_nick: '小鹿', total_fen: 12_900, remark: '周末送\n到' }),
      serverRow('orders', { order_no: '1002', buyer_message: '"引号" 和 \\ 反斜杠', paid_at: null }),
      serverRow('orders', { order_no: '1003', deleted_at: MORNING }, 2),
    ];
    const customers = [serverRow('customers', { nick: 'tb_客户', phones: '["13900000000"]' })];
    const [byPage, oneByOne] = [desk(), desk()];
    // A row already there is replaced as a whole.
    for (const target of [byPage, oneByOne])
      inSyncTransaction(target.sqlite, () =>
        target.rows.upsertServerRow(SHOP, serverRow('orders', { id: orders[0]!.id, remark: 'old' })),
      );

    inSyncTransaction(byPage.sqlite, () => {
      byPage.rows.upsertServerRows(SHOP, 'orders', orders);
      byPage.rows.upsertServerRows(SHOP, 'customers', customers);
    });
    inSyncTransaction(oneByOne.sqlite, () => {
      for (const row of [...orders, ...customers]) oneByOne.rows.upsertServerRow(SHOP, row);
    });

    for (const table of ['orders', 'customers'] as const) {
      expect(byPage.all(table)).toEqual(oneByOne.all(table));
      expect(byPage.all(table)).toHaveLength(table === 'orders' ? 3 : 1);
    }
    expect(
      byPage.sqlite.prepare('select remark, deleted_at from orders order by order_no').raw().all(),
    ).toEqual([
      ['周末送\n到', null],
      ['', null],
      ['', MORNING],
    ]);
  });

  it('a unique key held by a local row under another id: the page goes row by row and the local row merges', () => {
    const { sqlite, rows, all } = desk();
    const localId = '11111111-2222-4333-8444-555555555555';
    sqlite
      .prepare(
        `insert into customers (id, shop_id, created_at, updated_at, platform, nick, phones)
         values (?, ?, 1, 1, 'taobao', 'tb_同名买家', '[]')`,
      )
      .run(localId, SHOP);
    const page = [
      serverRow('customers', { nick: 'tb_别人' }),
      serverRow('customers', { nick: 'tb_同名买家', platform: 'taobao' }),
    ];

    inSyncTransaction(sqlite, () => rows.upsertServerRows(SHOP, 'customers', page));

    const ids = (all('customers') as { id: string }[]).map((row) => row.id).sort();
    expect(ids).toEqual(page.map((row) => row.id).sort());
  });
});
