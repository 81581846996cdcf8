/**
 * Issue 17's tables on the desk: binding re-keys an import-created invoice, the day's briefing
 * and its 已读 to the server's shop and agent (children and the briefing's phrase list follow),
 * rewrites actor stamps to the server's agent id, queues only the desk's own escalations, and
 * takes the server's position (岗位). The outbox triggers record the new tables once bound.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WhoAmI } from '../../../common/sync/protocol';
import { naturalIds } from '../natural-id';
import { openTestDesk } from '../test-support/test-desk';
import { bindToServer } from './sync-binding';

const MORNING = Date.UTC(2026, 11, 8, 1, 0);

const SERVER: WhoAmI = {
  shopId: '5d7a2b0e-1c3f-4e5a-8b6d-9f0e1a2b3c4d',
  shopName: '小鹿家居旗舰店',
  agentId: '8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3',
  agentCode: 'kf007',
  agentName: '小美',
  role: 'supervisor',
  position: 'aftersale',
};

function desk(role: 'agent' | 'supervisor') {
  const clock = { at: MORNING, now: () => clock.at };
  const opened = openTestDesk({ clock, role, prefix: 'kefu-duties-' });
  const who = opened.core.settings.identity()!;
  return { ...opened, who, sqlite: opened.database.sqlite };
}

const sync = (shopId: string, ownerId: string | null) => ({
  shop_id: shopId,
  owner_id: ownerId,
  created_at: MORNING,
  updated_at: MORNING,
});

function insert(sqlite: Database.Database, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  sqlite
    .prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
    )
    .run(row);
}

const one = (sqlite: Database.Database, sql: string) => sqlite.prepare(sql).get() as Record<string, unknown>;

describe('binding with invoices, escalations and the briefing', () => {
  it('re-keys natural ids, follows references, rewrites actor stamps and takes the server position', () => {
    const { sqlite, who, core } = desk('supervisor');
    core.settings.setPosition('presale');
    const phrase = one(
      sqlite,
      'select p.id, p.title, g.name as group_name from phrases p join phrase_groups g on g.id = p.group_id limit 1',
    ) as { id: string; title: string; group_name: string };
    const orderId = naturalIds.order(who.shopId, 'taobao', '4012345678901234567');
    insert(sqlite, 'orders', {
      id: orderId,
      ...sync(who.shopId, null),
      order_no: '4012345678901234567',
      status: 'completed',
    });
    const invoiceId = naturalIds.importedInvoice(who.shopId, '4012345678901234567');
    insert(sqlite, 'invoices', {
      id: invoiceId,
      ...sync(who.shopId, who.agentId),
      order_id: orderId,
      order_no: '4012345678901234567',
      title: '杭州某某科技有限公司',
      source: 'import',
      requested_by: who.agentId,
      requested_at: MORNING,
    });
    // A request made by hand keeps its random id.
    insert(sqlite, 'invoices', {
      id: 'hand-made-invoice',
      ...sync(who.shopId, who.agentId),
      order_no: '4012345678901234567',
      title: '个人',
      source: 'panel',
      issued_by: who.agentId,
    });
    insert(sqlite, 'escalations', {
      id: 'my-escalation',
      ...sync(who.shopId, who.agentId),
      source_kind: 'order',
      source_id: orderId,
      reason: '买家要求赔偿',
      escalated_at: MORNING,
      answered_by: who.agentId,
    });
    insert(sqlite, 'escalations', {
      id: 'colleagues-escalation',
      ...sync(who.shopId, 'another-agent'),
      source_kind: 'order',
      source_id: orderId,
      reason: '别人的',
      escalated_at: MORNING,
    });
    const briefingId = naturalIds.briefing(who.shopId, '2026-12-08');
    insert(sqlite, 'briefings', {
      id: briefingId,
      ...sync(who.shopId, who.agentId),
      day: '2026-12-08',
      phrase_ids: JSON.stringify([phrase.id, 'not-a-seeded-phrase']),
      published_by: who.agentId,
      published_at: MORNING,
    });
    insert(sqlite, 'briefing_reads', {
      id: naturalIds.briefingRead(who.shopId, who.agentId, briefingId),
      ...sync(who.shopId, who.agentId),
      briefing_id: briefingId,
      read_at: MORNING,
    });

    bindToServer(sqlite, { serverUrl: 'http://server', token: 't', whoAmI: SERVER, now: MORNING + 1 });

    const newOrder = naturalIds.order(SERVER.shopId, 'taobao', '4012345678901234567');
    const newBriefing = naturalIds.briefing(SERVER.shopId, '2026-12-08');
    expect(one(sqlite, `select id, order_id, requested_by from invoices where source = 'import'`)).toEqual({
      id: naturalIds.importedInvoice(SERVER.shopId, '4012345678901234567'),
      order_id: newOrder,
      requested_by: SERVER.agentId,
    });
    expect(one(sqlite, `select issued_by from invoices where id = 'hand-made-invoice'`)).toEqual({
      issued_by: SERVER.agentId,
    });
    expect(one(sqlite, `select source_id, answered_by from escalations where id = 'my-escalation'`)).toEqual({
      source_id: newOrder,
      answered_by: SERVER.agentId,
    });
    const newPhrase = sqlite
      .prepare(
        'select p.id from phrases p join phrase_groups g on g.id = p.group_id where p.title = ? and g.name = ?',
      )
      .pluck()
      .get(phrase.title, phrase.group_name) as string;
    const briefing = one(sqlite, 'select id, phrase_ids, published_by from briefings') as {
      id: string;
      phrase_ids: string;
      published_by: string;
    };
    expect(briefing.id).toBe(newBriefing);
    expect(briefing.published_by).toBe(SERVER.agentId);
    expect(JSON.parse(briefing.phrase_ids)).toEqual([newPhrase, 'not-a-seeded-phrase']);
    expect(newPhrase).not.toBe(phrase.id);
    expect(one(sqlite, 'select id, briefing_id, owner_id from briefing_reads')).toEqual({
      id: naturalIds.briefingRead(SERVER.shopId, SERVER.agentId, newBriefing),
      briefing_id: newBriefing,
      owner_id: SERVER.agentId,
    });

    const queued = (
      sqlite.prepare(`select name, json_extract(args, '$.id') as id from sync_outbox`).all() as {
        name: string;
        id: string;
      }[]
    ).map((entry) => `${entry.name} ${entry.id}`);
    expect(queued).toContain('escalations.put my-escalation');
    expect(queued).not.toContain('escalations.put colleagues-escalation');
    expect(queued).toContain(`briefings.put ${newBriefing}`);
    expect(queued.filter((entry) => entry.startsWith('invoices.put'))).toHaveLength(2);
    expect(queued.filter((entry) => entry.startsWith('briefing_reads.put'))).toHaveLength(1);

    expect(core.settings.position()).toBe('aftersale');
  });

  it('an agent does not push the briefing; a server without a position leaves the desk’s', () => {
    const { sqlite, who, core } = desk('agent');
    core.settings.setPosition('orderDesk');
    insert(sqlite, 'briefings', {
      id: naturalIds.briefing(who.shopId, '2026-12-08'),
      ...sync(who.shopId, null),
      day: '2026-12-08',
    });
    bindToServer(sqlite, {
      serverUrl: 'http://server',
      token: 't',
      whoAmI: { ...SERVER, role: 'agent', position: null },
      now: MORNING,
    });
    const names = sqlite.prepare('select distinct name from sync_outbox').pluck().all();
    expect(names).not.toContain('briefings.put');
    expect(core.settings.position()).toBe('orderDesk');
  });

  it('once bound, the outbox records invoice steps as patches of only what changed', () => {
    const { sqlite } = desk('agent');
    bindToServer(sqlite, {
      serverUrl: 'http://server',
      token: 't',
      whoAmI: { ...SERVER, role: 'agent' },
      now: MORNING,
    });
    sqlite.exec('delete from sync_outbox');
    insert(sqlite, 'invoices', {
      id: 'inv-1',
      ...sync(SERVER.shopId, SERVER.agentId),
      title: '个人',
      requested_by: SERVER.agentId,
    });
    sqlite
      .prepare(
        `update invoices set status = 'issued', issued_by = ?, issued_at = 5, updated_at = 6 where id = 'inv-1'`,
      )
      .run(SERVER.agentId);
    const entries = sqlite.prepare('select name, args from sync_outbox order by mutation_id').all() as {
      name: string;
      args: string;
    }[];
    expect(entries.map((entry) => entry.name)).toEqual(['invoices.put', 'invoices.patch']);
    expect(JSON.parse(entries[1]!.args)).toEqual({
      id: 'inv-1',
      fields: { status: 'issued', issued_by: SERVER.agentId, issued_at: 5, updated_at: 6 },
    });
  });
});

describe('position setting', () => {
  it('is none until set, and reads an unknown stored value as none', () => {
    const { sqlite, core } = desk('agent');
    expect(core.settings.position()).toBeNull();
    expect(core.settings.setPosition('presale')).toBe('presale');
    expect(core.settings.setPosition(null)).toBeNull();
    sqlite.prepare(`insert into settings (key, value, updated_at) values ('position', '"boss"', 1)`).run();
    expect(core.settings.position()).toBeNull();
  });
});
