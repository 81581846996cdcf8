import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../customers/customer-schema';
import { orderInputSchema } from '../orders/order-schema';
import { openTestDesk } from '../test-support/test-desk';
import { inSyncTransaction } from './apply-guard';
import { createSyncStateStore } from './sync-state-store';

const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const CLIENT = '0b7c0c4e-3a3e-4d4a-9d7e-2f1b3c4d5e6f';

function desk() {
  const clock = { at: MORNING, now: () => clock.at };
  const opened = openTestDesk({ clock, prefix: 'kefu-outbox-' });
  const { sqlite } = opened.database;
  const outbox = () =>
    (
      sqlite
        .prepare(
          'select mutation_id, client_id, name, args, created_at from sync_outbox order by mutation_id',
        )
        .all() as {
        mutation_id: number;
        client_id: string;
        name: string;
        args: string;
        created_at: number;
      }[]
    ).map((entry) => ({ ...entry, args: JSON.parse(entry.args) as Record<string, unknown> }));
  const bind = () => createSyncStateStore(sqlite, clock.now).set('clientId', CLIENT);
  return { ...opened, clock, sqlite, outbox, bind };
}

describe('outbox triggers', () => {
  it('write nothing while the install is not bound to a server', () => {
    const { core, outbox } = desk();
    core.customers.save(customerInputSchema.parse({ nick: 'tb_小鹿' }));
    expect(outbox()).toEqual([]);
  });

  it('record a put with the whole row, in the same transaction as the insert', () => {
    const { core, outbox, bind, clock } = desk();
    bind();
    clock.at += 1000;
    const customer = core.customers.save(
      customerInputSchema.parse({
        nick: 'tb_小鹿',
        phones: ['13800000000'],
        addresses: [],
        concerns: [],
        tags: [],
      }),
    );
    const [entry, ...rest] = outbox();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      mutation_id: 1,
      client_id: CLIENT,
      name: 'customers.put',
      created_at: MORNING + 1000,
    });
    expect(entry!.args).toMatchObject({
      id: customer.id,
      nick: 'tb_小鹿',
      phones: '["13800000000"]',
      deleted_at: null,
    });
    expect(entry!.args).not.toHaveProperty('shop_id');
    expect(entry!.args).not.toHaveProperty('version');
  });

  it('record a patch of only the columns that changed, and nothing when only the version or updated_at moved', () => {
    const { core, sqlite, outbox, bind, clock } = desk();
    const customer = core.customers.save(
      customerInputSchema.parse({
        nick: 'tb_小鹿',
        phones: [],
        addresses: [],
        concerns: [],
        tags: [],
      }),
    );
    bind();
    clock.at += 1000;
    core.customers.save(
      customerInputSchema.parse({
        id: customer.id,
        nick: 'tb_小鹿',
        notes: '要发顺丰',
        phones: [],
        addresses: [],
        concerns: [],
        tags: [],
      }),
    );
    sqlite.prepare('update customers set version = 7 where id = ?').run(customer.id);
    sqlite.prepare('update customers set updated_at = updated_at + 1 where id = ?').run(customer.id);
    expect(outbox().map((e) => [e.name, e.args])).toEqual([
      ['customers.patch', { id: customer.id, fields: { notes: '要发顺丰', updated_at: MORNING + 1000 } }],
    ]);
  });

  it('record a delete when deleted_at is set, and a patch with deleted_at null when a row comes back', () => {
    const { core, sqlite, outbox, bind } = desk();
    const customer = core.customers.save(
      customerInputSchema.parse({
        nick: 'tb_小鹿',
        phones: [],
        addresses: [],
        concerns: [],
        tags: [],
      }),
    );
    bind();
    sqlite.prepare('update customers set deleted_at = 5, updated_at = 5 where id = ?').run(customer.id);
    sqlite.prepare('update customers set deleted_at = null, updated_at = 6 where id = ?').run(customer.id);
    expect(outbox().map((e) => [e.name, e.args])).toEqual([
      ['customers.delete', { id: customer.id, deletedAt: 5 }],
      ['customers.patch', { id: customer.id, fields: { deleted_at: null, updated_at: 6 } }],
    ]);
  });

  it('leave no entry when the write is rolled back', () => {
    const { core, sqlite, outbox, bind } = desk();
    bind();
    const shopId = core.settings.identity()!.shopId;
    expect(() =>
      sqlite.transaction(() => {
        sqlite
          .prepare(
            `insert into customers (id, shop_id, created_at, updated_at, nick) values ('c1', ?, 1, 1, 'tb_a')`,
          )
          .run(shopId);
        throw new Error('the rest of the change failed');
      })(),
    ).toThrow('the rest of the change failed');
    expect(outbox()).toEqual([]);
    expect(sqlite.prepare(`select count(*) from customers where id = 'c1'`).pluck().get()).toBe(0);
  });

  it('stay quiet while the sync engine applies server rows under the guard', () => {
    const { core, sqlite, outbox, bind } = desk();
    bind();
    const shopId = core.settings.identity()!.shopId;
    inSyncTransaction(sqlite, () => {
      sqlite
        .prepare(
          `insert into customers (id, shop_id, created_at, updated_at, nick) values ('c1', ?, 1, 1, 'tb_a')`,
        )
        .run(shopId);
      sqlite.prepare(`update customers set notes = 'x' where id = 'c1'`).run();
    });
    expect(outbox()).toEqual([]);
    expect(sqlite.prepare('select count(*) from sync_apply_guard').pluck().get()).toBe(0);
    sqlite.prepare(`update customers set notes = 'y' where id = 'c1'`).run();
    expect(outbox().map((e) => e.name)).toEqual(['customers.patch']);
  });

  it('let the periodic passes run again over unchanged data without writing an entry', () => {
    const { core, outbox, bind, clock } = desk();
    bind();
    const order = core.orders.save(
      orderInputSchema.parse({
        orderNo: '100001',
        buyerNick: 'tb_小鹿',
        status: 'unpaid',
        totalFen: 100,
      }),
    );
    core.tasks.tick();
    core.reports.daily({ from: '2026-11-24', to: '2026-11-24' });
    const names = outbox().map((e) => e.name);
    expect(names).toContain('orders.put');
    expect(names).toContain('tasks.put');
    expect(names).toContain('daily_logs.put');
    const before = outbox().length;
    clock.at += 60_000;
    core.tasks.runRulesFor([order.id]);
    core.tasks.tick();
    core.reports.daily({ from: '2026-11-24', to: '2026-11-24' });
    core.orders.save(
      orderInputSchema.parse({ id: order.id, orderNo: '100001', buyerNick: 'tb_小鹿', totalFen: 100 }),
    );
    expect(outbox().slice(before)).toEqual([]);
  });
});
