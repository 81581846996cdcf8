import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WhoAmI } from '../../../common/sync/protocol';
import { naturalIds } from '../natural-id';
import { openTestDesk } from '../test-support/test-desk';
import { bindToServer } from './sync-binding';

const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const FIXTURE = readFileSync(
  new URL('../../../../shared/fixtures/taobao-orders-sample.csv', import.meta.url),
);

const SERVER: WhoAmI = {
  shopId: '5d7a2b0e-1c3f-4e5a-8b6d-9f0e1a2b3c4d',
  shopName: '小鹿家居旗舰店',
  agentId: '8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3',
  agentCode: 'kf007',
  agentName: '小美',
  role: 'agent',
};

function desk(role: 'agent' | 'supervisor' = 'agent') {
  const clock = { at: MORNING, now: () => clock.at };
  const opened = openTestDesk({ clock, role, prefix: 'kefu-bind-' });
  return { ...opened, clock, sqlite: opened.database.sqlite };
}

const ids = (sqlite: ReturnType<typeof desk>['sqlite'], sql: string) =>
  (sqlite.prepare(sql).raw().all() as unknown[][]).map((row) => row.join(' '));

describe('natural ids', () => {
  it('give two installs importing the same Taobao export the same order, line, customer and task ids', async () => {
    const a = desk();
    const b = desk();
    for (const { core } of [a, b]) {
      await core.orders.importApply('taobao.csv', FIXTURE);
      core.tasks.tick();
    }
    const shopA = a.core.settings.identity()!.shopId;
    const shopB = b.core.settings.identity()!.shopId;
    // Before binding each shop is its own: re-keyed to the server's shop on bind (next test).
    bindToServer(a.sqlite, { serverUrl: 'http://server', token: 't', whoAmI: SERVER, now: MORNING });
    bindToServer(b.sqlite, { serverUrl: 'http://server', token: 't', whoAmI: SERVER, now: MORNING });
    expect(shopA).not.toBe(shopB);
    for (const sql of [
      'select id, order_no, customer_id from orders order by order_no',
      'select id, order_id from order_items order by id',
      'select id, nick from customers order by nick',
      `select id, order_id, kind from tasks where source = 'rule' order by id`,
      'select id, name from phrase_groups order by id',
      'select id, step_key, template_id from checklist_steps order by id',
    ]) {
      const fromA = ids(a.sqlite, sql);
      expect(fromA.length, sql).toBeGreaterThan(0);
      expect(ids(b.sqlite, sql), sql).toEqual(fromA);
    }
    const order = a.sqlite.prepare('select id, platform, order_no from orders limit 1').get() as {
      id: string;
      platform: string;
      order_no: string;
    };
    expect(order.id).toBe(naturalIds.order(SERVER.shopId, order.platform, order.order_no));
  });
});

describe('binding to a server', () => {
  it('adopts the server shop and agent ids, re-keys natural ids with their children, and rebuilds the outbox from 1', async () => {
    const { core, sqlite } = desk('supervisor');
    await core.orders.importApply('taobao.csv', FIXTURE);
    core.tasks.tick();
    core.checklist.today();
    const manual = core.tasks.save({
      kind: 'custom',
      title: '回访',
      priority: 'normal',
      dueAt: null,
      customerId: null,
      orderId: null,
      note: '',
    });
    const before = ids(sqlite, 'select id from orders');
    const supervisor = { ...SERVER, role: 'supervisor' as const };

    const result = bindToServer(sqlite, {
      serverUrl: 'http://server',
      token: 'secret',
      whoAmI: supervisor,
      now: MORNING + 1,
      newClientId: () => 'c0ffee00-0000-4000-8000-000000000001',
    });

    expect(core.settings.identity()).toMatchObject({
      shopId: SERVER.shopId,
      agentId: SERVER.agentId,
      agentCode: 'kf007',
    });
    expect(core.settings.get().shop?.name).toBe('小鹿家居旗舰店');
    for (const table of ['orders', 'customers', 'tasks', 'phrases', 'checklist_days', 'checklist_items']) {
      expect(ids(sqlite, `select distinct shop_id from ${table}`), table).toEqual([SERVER.shopId]);
    }
    expect(ids(sqlite, 'select distinct owner_id from checklist_days')).toEqual([SERVER.agentId]);
    const after = ids(sqlite, 'select id from orders');
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(
      ids(sqlite, 'select count(*) from order_items where order_id not in (select id from orders)'),
    ).toEqual(['0']);
    expect(
      ids(
        sqlite,
        'select count(*) from tasks where order_id is not null and order_id not in (select id from orders)',
      ),
    ).toEqual(['0']);
    expect(
      ids(
        sqlite,
        'select count(*) from orders where customer_id is not null and customer_id not in (select id from customers)',
      ),
    ).toEqual(['0']);
    expect(
      ids(sqlite, 'select count(*) from checklist_items where day_id not in (select id from checklist_days)'),
    ).toEqual(['0']);
    expect(
      ids(sqlite, 'select count(*) from phrases where group_id not in (select id from phrase_groups)'),
    ).toEqual(['0']);
    expect(sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
    // A hand-made task has no natural key: it keeps its id.
    expect(ids(sqlite, `select id from tasks where id = '${manual.id}'`)).toEqual([manual.id]);

    const outbox = sqlite
      .prepare('select mutation_id, client_id, name from sync_outbox order by mutation_id')
      .all() as {
      mutation_id: number;
      client_id: string;
      name: string;
    }[];
    expect(outbox[0]!.mutation_id).toBe(1);
    expect(outbox.at(-1)!.mutation_id).toBe(outbox.length);
    expect(result.enqueued).toBe(outbox.length);
    expect(new Set(outbox.map((e) => e.client_id))).toEqual(new Set([result.clientId]));
    expect(outbox.filter((e) => e.name === 'orders.put').length).toBe(after.length);
    // A supervisor pushes the library too.
    expect(outbox.some((e) => e.name === 'phrases.put')).toBe(true);
  });

  it('does not push the library for an agent, who receives the team’s', () => {
    const { sqlite } = desk('agent');
    bindToServer(sqlite, { serverUrl: 'http://server', token: 't', whoAmI: SERVER, now: MORNING });
    const names = ids(sqlite, 'select distinct name from sync_outbox');
    for (const library of [
      'phrases.put',
      'phrase_groups.put',
      'lint_rules.put',
      'checklist_templates.put',
      'checklist_steps.put',
    ])
      expect(names).not.toContain(library);
  });
});
